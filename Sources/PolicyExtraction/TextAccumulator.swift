/// Collects the text of one block from many text nodes: collapses whitespace, removes invisible
/// characters and remembers which input line each stretch of output came from.
struct TextAccumulator {
    private(set) var text = ""
    /// (UTF-8 offset in `text`, input line from there on), ascending.
    private(set) var lineMarks: [(offset: Int, line: Int)] = []
    /// Non-space characters appended while inside bold or underlined markup.
    private(set) var emphasizedCount = 0
    private(set) var visibleCount = 0
    private var pendingSpace = false

    var isEmpty: Bool { text.isEmpty }
    var firstLine: Int { lineMarks.first?.line ?? 1 }

    /// Appends raw text that starts on input line `line`.
    mutating func append(_ raw: Substring, line startLine: Int, emphasized: Bool) {
        var line = startLine
        var markedLine = lineMarks.last?.line ?? -1
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                line += 1
                pendingSpace = true
            case 0x09, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                pendingSpace = true
            case 0x00...0x08, 0x0E...0x1F, 0x7F, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF:
                continue
            default:
                if pendingSpace, !text.isEmpty { text.unicodeScalars.append(" ") }
                pendingSpace = false
                if markedLine != line {
                    lineMarks.append((text.utf8.count, line))
                    markedLine = line
                }
                text.unicodeScalars.append(scalar)
                visibleCount += 1
                if emphasized { emphasizedCount += 1 }
            }
        }
    }

    /// Separates what follows from what came before by a space (an inline boundary like a cell edge).
    mutating func breakWord() { pendingSpace = true }

    /// The input line of the character at UTF-8 `offset`.
    func line(at offset: Int) -> Int {
        var result = lineMarks.first?.line ?? 1
        for mark in lineMarks {
            if mark.offset > offset { break }
            result = mark.line
        }
        return result
    }

    mutating func reset() { self = TextAccumulator() }
}
