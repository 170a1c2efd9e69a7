/// Collects the text of one block from many text nodes: collapses whitespace, removes invisible
/// characters and remembers which input line each stretch of output came from.
///
/// Works on UTF-8 bytes: it sees every character of every page, and Character-level String
/// operations cost an order of magnitude more.
struct TextAccumulator {
    private(set) var bytes: [UInt8] = []
    /// (UTF-8 offset in `text`, input line from there on), ascending.
    private(set) var lineMarks: [(offset: Int, line: Int)] = []
    /// Non-space bytes appended while inside bold or underlined markup.
    private(set) var emphasizedCount = 0
    private(set) var visibleCount = 0
    private var pendingSpace = false

    var text: String { String(decoding: bytes, as: UTF8.self) }
    var isEmpty: Bool { bytes.isEmpty }
    var firstLine: Int { lineMarks.first?.line ?? 1 }

    /// Appends raw text that starts on input line `line`.
    mutating func append(_ raw: Substring, line startLine: Int, emphasized: Bool) {
        var copy = raw
        copy.withUTF8 { append(bytes: $0, line: startLine, emphasized: emphasized) }
    }

    mutating func append(bytes raw: UnsafeBufferPointer<UInt8>, line startLine: Int, emphasized: Bool) {
        var line = startLine
        var markedLine = lineMarks.last?.line ?? -1
        var i = 0
        let n = raw.count
        while i < n {
            let byte = raw[i]
            // A run of visible ASCII (most of a page) is copied at once.
            if byte > 0x20, byte < 0x7F {
                var end = i + 1
                while end < n, raw[end] > 0x20, raw[end] < 0x7F { end += 1 }
                if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                if markedLine != line {
                    lineMarks.append((bytes.count, line))
                    markedLine = line
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: raw[i..<end]))
                visibleCount += end - i
                if emphasized { emphasizedCount += end - i }
                i = end
                continue
            }
            var length = 1
            var space = false
            var invisible = false
            if byte < 0x80 {
                switch byte {
                case 0x0A:
                    line += 1
                    space = true
                case 0x09, 0x0B, 0x0C, 0x0D, 0x20: space = true
                case 0x00...0x1F, 0x7F: invisible = true
                default: break
                }
            } else {
                length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                if i + length > n { length = n - i }
                let b1: UInt8 = length > 1 ? raw[i + 1] : 0
                let b2: UInt8 = length > 2 ? raw[i + 2] : 0
                switch (byte, b1, b2) {
                case (0xC2, 0xA0, _), (0xE1, 0x9A, 0x80), (0xE2, 0x80, 0x80...0x8A), (0xE2, 0x80, 0xA8), (0xE2, 0x80, 0xA9),
                    (0xE2, 0x80, 0xAF), (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80):
                    space = true
                case (0xC2, 0xAD, _), (0xE2, 0x80, 0x8B...0x8D), (0xE2, 0x81, 0xA0), (0xEF, 0xBB, 0xBF):
                    invisible = true
                default: break
                }
            }
            if space {
                pendingSpace = true
            } else if !invisible {
                if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                if markedLine != line {
                    lineMarks.append((bytes.count, line))
                    markedLine = line
                }
                for k in 0..<length { bytes.append(raw[i + k]) }
                visibleCount += 1
                if emphasized { emphasizedCount += 1 }
            }
            i += length
        }
    }

    /// Separates what follows from what came before by a space (an inline boundary like a cell edge).
    mutating func breakWord() { pendingSpace = true }

    /// Ends an item of a list inside a table cell with a period when it has no punctuation of its
    /// own, so that the row reads "name. mobile phone number" and a denial inside one item ("we
    /// never store your full card number") does not run on into the next. An introduction's colon
    /// stays as it is.
    mutating func endItem() {
        if let last = bytes.last, Self.endsWithoutPunctuation(last) {
            bytes.append(UInt8(ascii: "."))
            visibleCount += 1
        }
        pendingSpace = true
    }

    /// The input line of the character at UTF-8 `offset`.
    func line(at offset: Int) -> Int {
        var low = 0
        var high = lineMarks.count
        while low < high {
            let mid = (low + high) / 2
            if lineMarks[mid].offset <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? (lineMarks.first?.line ?? 1) : lineMarks[low - 1].line
    }

    mutating func reset() { self = TextAccumulator() }

    /// Whether a UTF-8 byte belongs to a word: an ASCII letter or digit, or any byte of a
    /// multi-byte character.
    static func isWordByte(_ b: UInt8) -> Bool {
        b >= 0x80 || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    /// Whether text ending in `byte` (a letter, a digit or a closing parenthesis) has no
    /// punctuation of its own to end a list item.
    static func endsWithoutPunctuation(_ byte: UInt8) -> Bool {
        isWordByte(byte) || byte == UInt8(ascii: ")")
    }
}
