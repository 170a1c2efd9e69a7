import PolicyModel

/// Walks the selected region of a `MarkupTree` and cuts it into raw blocks: block-level elements
/// and `<br>` end a block, inline markup never does; table rows of data become one block with cells.
struct MarkupBlockBuilder {
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "legend",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
        "ul", "caption", "#root", "br", "hgroup", "dir", "listing", "xmp", "plaintext", "noframes", "menu", "body",
    ]
    static let emphasisElements: Set<String> = ["b", "strong", "u"]
    static let containerElements: Set<String> = [
        "p", "div", "ul", "ol", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dl", "section",
    ]

    let tree: MarkupTree
    /// For each node of the tree, whether the content selector dropped it (menus, footers, banners).
    let dropped: [Bool]

    private var blocks: [RawBlock] = []
    private var current = TextAccumulator()
    /// Kind and level of the innermost open block-level element that gives its text a kind.
    private var kindStack: [(node: Int, kind: Block.Kind, level: Int)] = []
    private var emphasisDepth = 0
    /// Set while inside a table row that holds data (not a layout table).
    private var row: (node: Int, cells: [String], cell: TextAccumulator, line: Int)?

    init(tree: MarkupTree, dropped: [Bool]) {
        self.tree = tree
        self.dropped = dropped
    }

    mutating func build(region: Int) -> [RawBlock] {
        var stack: [(node: Int, exiting: Bool)] = [(region, false)]
        while let (index, exiting) = stack.popLast() {
            let node = tree[index]
            if node.kind == .text {
                if row != nil {
                    row!.cell.append(Substring(node.name), line: Int(node.line), emphasized: false)
                } else {
                    current.append(Substring(node.name), line: Int(node.line), emphasized: emphasisDepth > 0)
                }
                continue
            }
            if exiting {
                leave(index)
                continue
            }
            if dropped[index] { continue }
            enter(index)
            stack.append((index, true))
            // Children pushed in reverse so they pop in document order.
            var children: [Int] = []
            for child in tree.children(of: index) { children.append(child) }
            for child in children.reversed() { stack.append((child, false)) }
        }
        flush()
        return blocks
    }

    private mutating func enter(_ index: Int) {
        let name = tree[index].name
        if Self.emphasisElements.contains(name) { emphasisDepth += 1 }
        if row != nil {
            if name == "li" {
                row!.cell.endItem()
            } else if name == "td" || name == "th" || name == "br" || name == "p" || name == "div" {
                row!.cell.breakWord()
            }
            return
        }
        guard Self.blockElements.contains(name) else { return }
        flush()
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            kindStack.append((index, .heading, Int(String(name.dropFirst()))!))
        case "li":
            kindStack.append((index, .listItem, 0))
        case "dt", "dd":
            kindStack.append((index, .definition, 0))
        case "tr" where isDataRow(index):
            row = (index, [], TextAccumulator(), Int(tree[index].line))
        case "p", "div", "blockquote", "section", "td", "th", "pre", "address", "figcaption", "caption":
            kindStack.append((index, .paragraph, 0))
        default:
            break
        }
    }

    private mutating func leave(_ index: Int) {
        let name = tree[index].name
        if Self.emphasisElements.contains(name) { emphasisDepth -= 1 }
        if var open = row {
            if name == "td" || name == "th" {
                if !open.cell.isEmpty { open.cells.append(open.cell.text) }
                if open.cells.count == 1 { open.line = open.cell.firstLine }
                open.cell.reset()
                row = open
            }
            if index == open.node {
                row = nil
                emitRow(open)
            }
            return
        }
        guard Self.blockElements.contains(name) else { return }
        flush()
        if kindStack.last?.node == index { kindStack.removeLast() }
    }

    private mutating func emitRow(_ open: (node: Int, cells: [String], cell: TextAccumulator, line: Int)) {
        var cells = open.cells
        if !open.cell.isEmpty { cells.append(open.cell.text) }
        guard !cells.isEmpty else { return }
        var text = TextAccumulator()
        text.append(Substring(cells.joined(separator: " | ")), line: open.line, emphasized: false)
        blocks.append(RawBlock(kind: .tableRow, text: text, cells: cells))
    }

    private mutating func flush() {
        guard !current.isEmpty else { return }
        let top = kindStack.last
        blocks.append(RawBlock(kind: top?.kind ?? .paragraph, level: top?.level ?? 0, text: current))
        current.reset()
    }

    /// A row of a data table: two or more cells, no nested table, no long text (layout tables put
    /// the whole page in one cell, and that must stay paragraphs).
    private func isDataRow(_ index: Int) -> Bool {
        var cells = 0
        for child in tree.children(of: index) where tree[child].name == "td" || tree[child].name == "th" { cells += 1 }
        guard cells >= 1 else { return false }
        let end = tree.subtreeEnd(index)
        var words = 0
        for inner in (index + 1)..<end {
            let node = tree[inner]
            if node.kind == .element, node.name == "table" || node.name == "tr" { return false }
            if node.kind == .text { words += ContentSelector.wordCount(node.name) }
            if words > 250 { return false }
        }
        return true
    }
}
