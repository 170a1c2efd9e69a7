/// An HTML or XML document as flat Swift values: the output of `LibXMLReader`, input of extraction.
///
/// Nodes live in one array and point at each other by index, so building, walking and freeing
/// the tree never recurses: 100,000 nested elements cost memory, not stack.
struct MarkupTree {
    enum Kind: UInt8 { case element, text }

    struct Node {
        var kind: Kind
        /// Lower-cased local name for elements; the text for text nodes.
        var name: String
        /// The attributes the extractor looks at (id, class, role, style, hidden, aria-hidden ...).
        var attributes: [(String, String)]
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// 1-based input line where the node starts.
        var line: Int32

        func attribute(_ key: String) -> String? {
            attributes.first { $0.0 == key }?.1
        }
    }

    private(set) var nodes: [Node] = []
    /// The text of `<title>`, collected while reading.
    var title: String = ""

    init() {
        nodes.append(Node(kind: .element, name: "#root", attributes: [], parent: -1, line: 1))
    }

    static let root = 0

    @discardableResult
    mutating func append(_ kind: Kind, name: String, attributes: [(String, String)] = [], parent: Int, line: Int) -> Int {
        let index = nodes.count
        nodes.append(Node(kind: kind, name: name, attributes: attributes, parent: Int32(parent), line: Int32(line)))
        let last = Int(nodes[parent].lastChild)
        if last >= 0 { nodes[last].nextSibling = Int32(index) } else { nodes[parent].firstChild = Int32(index) }
        nodes[parent].lastChild = Int32(index)
        return index
    }

    /// Appends text to `parent`, merging with a text node just before it (libxml2 delivers text in chunks).
    mutating func appendText(_ text: String, parent: Int, line: Int) {
        let last = Int(nodes[parent].lastChild)
        if last >= 0, nodes[last].kind == .text {
            nodes[last].name += text
        } else {
            append(.text, name: text, parent: parent, line: line)
        }
    }

    subscript(index: Int) -> Node { nodes[index] }

    /// The children of `index`, in order.
    func children(of index: Int) -> ChildSequence { ChildSequence(tree: self, first: Int(nodes[index].firstChild)) }

    struct ChildSequence: Sequence, IteratorProtocol {
        let tree: MarkupTree
        var cursor: Int
        init(tree: MarkupTree, first: Int) {
            self.tree = tree
            self.cursor = first
        }
        mutating func next() -> Int? {
            guard cursor >= 0 else { return nil }
            defer { cursor = Int(tree.nodes[cursor].nextSibling) }
            return cursor
        }
    }

    /// Nodes of the subtree under `index` (itself included) in document order: a node's
    /// descendants are exactly the indices from it up to `subtreeEnd(index)`, because nodes are
    /// appended in document order.
    func subtreeEnd(_ index: Int) -> Int {
        var node = index
        while true {
            let last = Int(nodes[node].lastChild)
            if last < 0 { return node + 1 }
            node = last
        }
    }
}
