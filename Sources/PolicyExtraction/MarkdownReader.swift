import PolicyModel

/// Reads Markdown as policies are recorded (Open Terms Archive and hand-written notes): ATX and
/// setext headings, bulleted and numbered lists, pipe tables, block quotes and paragraphs.
/// Inline markup (emphasis, links, code spans, HTML tags) is stripped, keeping the words.
enum MarkdownReader {
    static func blocks(_ text: String) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var paragraph: RawBlock?
        var paragraphLines: [String] = []
        var inFence = false

        func flush() {
            if let block = paragraph, !block.text.isEmpty { blocks.append(block) }
            paragraph = nil
            paragraphLines = []
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
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
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
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
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

    static func tableCells(_ line: Substring) -> [String] {
        var body = line.dropFirst()
        if body.last == "|" { body = body.dropLast() }
        return body.split(separator: "|", omittingEmptySubsequences: false).map {
            String($0.trimmingSpaces())
        }
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        self.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed().reduce(into: Substring()) {
            $0.append($1)
        }
    }
}

/// Strips Markdown inline markup from one line, keeping the words people read.
enum InlineMarkdown {
    static func strip(_ line: Substring) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var chars = Array(line)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\" where i + 1 < chars.count && chars[i + 1].isPunctuation || (i + 1 < chars.count && chars[i + 1].isSymbol):
                out.append(chars[i + 1])
                i += 2
            case "!" where i + 1 < chars.count && chars[i + 1] == "[":
                // Images: keep the alt text only.
                i += 1
            case "[":
                // [text](url) or [text][ref]: keep text, drop the target.
                if let close = matching(chars, from: i, open: "[", close: "]") {
                    let inner = String(chars[(i + 1)..<close])
                    out += strip(Substring(inner))
                    var next = close + 1
                    if next < chars.count, chars[next] == "(", let end = matching(chars, from: next, open: "(", close: ")") {
                        next = end + 1
                    } else if next < chars.count, chars[next] == "[", let end = matching(chars, from: next, open: "[", close: "]") {
                        next = end + 1
                    }
                    i = next
                } else {
                    out.append(c)
                    i += 1
                }
            case "<":
                // HTML tags and autolinks: keep an autolink's address, drop tags.
                if let end = chars[i...].firstIndex(of: ">") {
                    let inner = String(chars[(i + 1)..<end])
                    if inner.contains("://") || inner.contains("@") && !inner.contains(" ") { out += inner }
                    else if !(inner.first?.isLetter == true || inner.first == "/" || inner.first == "!") { out.append(c); i += 1; continue }
                    i = end + 1
                } else {
                    out.append(c)
                    i += 1
                }
            case "*", "`":
                i += 1
            case "_":
                // Emphasis underscores sit at word edges; snake_case keeps its underscores.
                let before = i > 0 ? chars[i - 1] : " "
                let after = i + 1 < chars.count ? chars[i + 1] : " "
                if (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber) { out.append(c) }
                i += 1
            case "&":
                if let (decoded, length) = entity(chars, at: i) {
                    out += decoded
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
        chars.removeAll()
        return out
    }

    private static func matching(_ chars: [Character], from start: Int, open: Character, close: Character) -> Int? {
        var depth = 0
        var i = start
        while i < chars.count {
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

    private static func entity(_ chars: [Character], at i: Int) -> (String, Int)? {
        guard let semicolon = chars[i..<min(chars.count, i + 12)].firstIndex(of: ";") else { return nil }
        let name = String(chars[(i + 1)..<semicolon])
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
