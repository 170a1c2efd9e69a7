import PolicyModel

/// Reads plain text: blank lines separate paragraphs; lines starting with a bullet or a number are
/// list items; a short single line without closing punctuation is a heading.
enum PlainTextReader {
    static func blocks(_ text: String) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var current: RawBlock?
        var lines = 0

        func flush() {
            if var block = current, !block.text.isEmpty {
                if block.kind == .paragraph, lines == 1, looksLikeTitle(block.text.text) {
                    block.kind = .heading
                    block.level = 7
                }
                blocks.append(block)
            }
            current = nil
            lines = 0
        }

        var lineNumber = 0
        for rawBytes in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let rawLine = Substring(rawBytes)
            lineNumber += 1
            let line = rawLine.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            if line.allSatisfy({ $0.isWhitespace }) {
                flush()
                continue
            }
            if let body = MarkdownReader.listItemBody(line) {
                flush()
                current = RawBlock(kind: .listItem, text: TextAccumulator(), mayBeHeading: false)
                current!.text.append(body, line: lineNumber, emphasized: false)
                lines = 1
                continue
            }
            if current == nil { current = RawBlock(kind: .paragraph, text: TextAccumulator()) }
            current!.text.breakWord()
            current!.text.append(line, line: lineNumber, emphasized: false)
            lines += 1
        }
        flush()
        return blocks
    }

    static func looksLikeTitle(_ text: String) -> Bool {
        guard let last = text.last, !".,;:!?\"')".contains(last), let first = text.first, first.isUppercase || first.isNumber
        else { return false }
        return text.split(separator: " ").count <= 10
    }
}
