import PolicyModel

/// Reads Markdown as policies are recorded (Open Terms Archive and hand-written notes): ATX and
/// setext headings, bulleted and numbered lists, pipe tables, block quotes and paragraphs.
/// Inline markup (emphasis, links, code spans, HTML tags) is stripped, keeping the words.
enum MarkdownReader {
    static func blocks(_ text: String) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var paragraph: RawBlock?
        var inFence = false

        func flush() {
            if let block = paragraph, !block.text.isEmpty { blocks.append(block) }
            paragraph = nil
        }
        func start(_ kind: Block.Kind, level: Int = 0, mayBeHeading: Bool = true) {
            flush()
            paragraph = RawBlock(kind: kind, level: level, text: TextAccumulator(), mayBeHeading: mayBeHeading)
        }
        func add(_ raw: Substring, line: Int, emphasized: Bool = false) {
            if paragraph == nil { paragraph = RawBlock(kind: .paragraph, text: TextAccumulator()) }
            if !paragraph!.text.isEmpty { paragraph!.text.breakWord() }
            paragraph!.text.append(Substring(InlineMarkdown.strip(raw)), line: line, emphasized: emphasized)
        }

        var lineNumber = 0
        for rawBytes in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let rawLine = Substring(rawBytes)
            lineNumber += 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                inFence.toggle()
                continue
            }
            if inFence {
                add(trimmed, line: lineNumber)
                continue
            }
            if trimmed.isEmpty {
                flush()
                continue
            }
            var content = trimmed
            while content.first == ">" { content = content.dropFirst().drop { $0 == " " } }
            if content.isEmpty {
                flush()
                continue
            }
            // Setext underline: the paragraph above is a heading.
            if let block = paragraph, block.kind == .paragraph, !block.text.isEmpty,
                content.allSatisfy({ $0 == "=" }) || (content.allSatisfy({ $0 == "-" }) && content.count >= 2)
            {
                paragraph!.kind = .heading
                paragraph!.level = content.first == "=" ? 1 : 2
                flush()
                continue
            }
            if isRule(content) {
                flush()
                continue
            }
            if content.first == "#" {
                let hashes = content.prefix { $0 == "#" }.count
                let rest = content.dropFirst(hashes)
                if hashes <= 6, rest.isEmpty || rest.first == " " {
                    start(.heading, level: hashes)
                    var title = rest.drop { $0 == " " }
                    while title.last == "#" || title.last == " " { title = title.dropLast() }
                    add(title, line: lineNumber)
                    flush()
                    continue
                }
            }
            if content.first == "|" {
                flush()
                let cells = tableCells(content)
                if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-: ".contains($0) } }) { continue }
                let stripped = cells.map { InlineMarkdown.strip(Substring($0)) }.filter { !$0.isEmpty }
                guard !stripped.isEmpty else { continue }
                var accumulator = TextAccumulator()
                accumulator.append(Substring(stripped.joined(separator: " | ")), line: lineNumber, emphasized: false)
                blocks.append(RawBlock(kind: .tableRow, text: accumulator, cells: stripped.map { DocumentAssembler.collapse($0) }))
                continue
            }
            if let body = listItemBody(content) {
                // "* [About Cookies](#about-cookies)": a table of contents, which names sections.
                if isAnchorLink(body) {
                    flush()
                    continue
                }
                start(.listItem, mayBeHeading: false)
                add(body, line: lineNumber)
                continue
            }
            let emphasized = (content.hasPrefix("**") && content.hasSuffix("**")) || (content.hasPrefix("__") && content.hasSuffix("__"))
            if paragraph != nil, emphasized, paragraph!.kind == .paragraph { flush() }
            add(content, line: lineNumber, emphasized: emphasized)
            if emphasized { flush() }
        }
        flush()
        return blocks
    }

    static func isRule(_ line: Substring) -> Bool {
        guard let first = line.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_")
        else { return false }
        var marks = 0
        for byte in line.utf8 {
            if byte == first { marks += 1 } else if byte != 0x20 { return false }
        }
        return marks >= 3
    }

    /// The text after a list marker ("- ", "* ", "+ ", "1. ", "1) "), or nil.
    static func listItemBody(_ line: Substring) -> Substring? {
        if let first = line.first, "-*+•".contains(first) {
            let rest = line.dropFirst()
            if rest.first == " " || rest.first == "\t" { return rest.drop { $0 == " " || $0 == "\t" } }
            return nil
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
        let after = rest.dropFirst()
        guard after.first == " " else { return nil }
        return after.drop { $0 == " " }
    }

    /// The whole line is one link to a place in the same page: `[Title](#title)`.
    static func isAnchorLink(_ body: Substring) -> Bool {
        let text = body.trimmingSpaces()
        guard text.hasPrefix("["), text.hasSuffix(")"), let middle = text.range(of: "](#") else { return false }
        return !text[middle.upperBound...].contains("(") && !text[..<middle.lowerBound].contains("](")
    }

    static func tableCells(_ line: Substring) -> [String] {
        var body = line.dropFirst()
        if body.last == "|" { body = body.dropLast() }
        return body.split(separator: "|", omittingEmptySubsequences: false).map {
            String($0.trimmingSpaces())
        }
    }
}

extension Substring {
    /// The substring without leading and trailing spaces and tabs (a view, no copy).
    func trimmingSpaces() -> Substring {
        var start = startIndex
        var end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        while end > start, self[index(before: end)] == " " || self[index(before: end)] == "\t" { end = index(before: end) }
        return self[start..<end]
    }
}

/// Strips Markdown inline markup from one line, keeping the words people read.
///
/// Works on UTF-8 bytes: every marker it looks for is ASCII, so multi-byte characters pass through.
enum InlineMarkdown {
    static func strip(_ line: Substring) -> String {
        var copy = line
        return copy.withUTF8 { String(decoding: strip(bytes: $0), as: UTF8.self) }
    }

    static func strip(bytes chars: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(chars.count)
        strip(chars, 0..<chars.count, into: &out)
        return out
    }

    private static func strip(_ chars: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = chars[i]
            switch c {
            case UInt8(ascii: "\\") where i + 1 < end && chars[i + 1] < 0x80 && !TextAccumulator.isWordByte(chars[i + 1]) && chars[i + 1] > 0x20:
                out.append(chars[i + 1])
                i += 2
            case UInt8(ascii: "!") where i + 1 < end && chars[i + 1] == UInt8(ascii: "["):
                i += 1
            case UInt8(ascii: "["):
                guard let close = matching(chars, from: i, end: end, open: UInt8(ascii: "["), close: UInt8(ascii: "]")) else {
                    out.append(c)
                    i += 1
                    continue
                }
                strip(chars, (i + 1)..<close, into: &out)
                var next = close + 1
                if next < end, chars[next] == UInt8(ascii: "("),
                    let target = matching(chars, from: next, end: end, open: UInt8(ascii: "("), close: UInt8(ascii: ")"))
                {
                    next = target + 1
                } else if next < end, chars[next] == UInt8(ascii: "["),
                    let target = matching(chars, from: next, end: end, open: UInt8(ascii: "["), close: UInt8(ascii: "]"))
                {
                    next = target + 1
                }
                i = next
            case UInt8(ascii: "<"):
                // HTML tags go; an autolink keeps its address.
                var close = i + 1
                let limit = min(end, i + 300)
                while close < limit, chars[close] != UInt8(ascii: ">") { close += 1 }
                let first = i + 1 < end ? chars[i + 1] : 0
                let tagLike = (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A || first == UInt8(ascii: "/") || first == UInt8(ascii: "!")
                guard close < limit, tagLike else {
                    out.append(c)
                    i += 1
                    continue
                }
                let inner = UnsafeBufferPointer(rebasing: chars[(i + 1)..<close])
                let hasSpace = inner.contains(0x20)
                if inner.starts(with: Array("http".utf8)) || (!hasSpace && inner.contains(UInt8(ascii: "@"))) {
                    out.append(contentsOf: inner)
                } else if breaksText(inner), let last = out.last, last != 0x20 {
                    // "name.<br><br>Account data" in a table cell: two lines, not "name.Account".
                    // "name<br>*   mobile phone number": a list inside a cell, whose items end
                    // as the HTML reader ends them (TextAccumulator.endItem).
                    if TextAccumulator.endsWithoutPunctuation(last), opensListItem(chars, at: close + 1, end: end) { out.append(UInt8(ascii: ".")) }
                    out.append(0x20)
                }
                i = close + 1
            case UInt8(ascii: "*"), UInt8(ascii: "`"):
                i += 1
            case UInt8(ascii: "_"):
                // Emphasis underscores sit at word edges; snake_case keeps its underscores.
                let before = i > range.lowerBound ? chars[i - 1] : 0x20
                let after = i + 1 < end ? chars[i + 1] : 0x20
                if TextAccumulator.isWordByte(before) && TextAccumulator.isWordByte(after) { out.append(c) }
                i += 1
            case UInt8(ascii: "&"):
                if let (decoded, length) = entity(chars, at: i, end: end) {
                    out.append(contentsOf: decoded.utf8)
                    i += length
                } else {
                    out.append(c)
                    i += 1
                }
            default:
                out.append(c)
                i += 1
            }
        }
    }

    /// Whether a list item's marker ("* ", "- ", "+ ", "• ", "1. ") comes at `start`, after
    /// spaces and further line breaks (`<br>`): the block reader's `listItemBody` decides.
    private static func opensListItem(_ chars: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Bool {
        var i = start
        while i < end {
            if chars[i] == 0x20 {
                i += 1
            } else if chars[i] == UInt8(ascii: "<"), i + 3 < end, chars[i + 1] | 0x20 == UInt8(ascii: "b"), chars[i + 2] | 0x20 == UInt8(ascii: "r"),
                let close = (i + 3..<min(end, i + 8)).first(where: { chars[$0] == UInt8(ascii: ">") })
            {
                i = close + 1
            } else {
                break
            }
        }
        guard i + 1 < end else { return false }
        // A marker is at most three digits and ". ", or "• " (four bytes in UTF-8).
        let head = String(decoding: UnsafeBufferPointer(rebasing: chars[i..<min(end, i + 6)]), as: UTF8.self)
        return MarkdownReader.listItemBody(Substring(head)) != nil
    }

    /// Tags that end a line or a block (`<br>`, `</p>`, `<li>`): the text on either side is
    /// separate words.
    private static func breaksText(_ inner: UnsafeBufferPointer<UInt8>) -> Bool {
        var name: [UInt8] = []
        for b in inner.drop(while: { $0 == UInt8(ascii: "/") }) {
            guard (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0x30 && b <= 0x39) else { break }
            name.append(b | 0x20)
        }
        return blockTags.contains(name)
    }

    private static let blockTags: Set<[UInt8]> = Set(
        ["br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "blockquote"]
            .map { Array($0.utf8) })

    private static func matching(_ chars: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, open: UInt8, close: UInt8) -> Int? {
        var depth = 0
        var i = start
        let limit = min(end, start + 2000)
        while i < limit {
            if chars[i] == open { depth += 1 }
            if chars[i] == close {
                depth -= 1
                if depth == 0 { return i }
            }
            i += 1
        }
        return nil
    }

    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}", "lsquo": "\u{2018}",
        "rdquo": "\u{201D}", "ldquo": "\u{201C}", "mdash": "\u{2014}", "ndash": "\u{2013}", "copy": "©", "reg": "®",
        "hellip": "\u{2026}", "eacute": "é",
    ]

    private static func entity(_ chars: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (String, Int)? {
        var semicolon = i + 1
        while semicolon < min(end, i + 12), chars[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
        guard semicolon < end, chars[semicolon] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: chars[(i + 1)..<semicolon]), as: UTF8.self)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), semicolon - i + 1)
        }
        guard let decoded = namedEntities[name] else { return nil }
        return (decoded, semicolon - i + 1)
    }
}
