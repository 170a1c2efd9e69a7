/// A word or clause mark of a sentence, lower-cased, as rules see it.
public struct Token: Sendable, Hashable {
    /// Lower-cased word ("ip", "don't"), or a single clause mark: `,` `;` `:` `(` `)` `.`.
    public var text: String
    /// True for words; false for clause marks.
    public var isWord: Bool
}

/// Cuts a sentence into tokens: runs of letters and digits (with inner apostrophes, so "don't" is
/// one token) and clause marks. Hyphens and slashes separate words: "e-mail" is "e", "mail".
public enum Tokenizer {
    /// The tokens of `text`.
    public static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(text.utf8.count / 5)
        var word: [UInt8] = []
        func finish() {
            if !word.isEmpty {
                while word.last == UInt8(ascii: "'") { word.removeLast() }
                if !word.isEmpty { result.append(Token(text: String(decoding: word, as: UTF8.self), isWord: true)) }
                word.removeAll(keepingCapacity: true)
            }
        }
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) {
                word.append(b)
            } else if b >= 0x41 && b <= 0x5A {
                word.append(b | 0x20)
            } else if b == UInt8(ascii: "'") {
                if !word.isEmpty { word.append(b) }
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98 {
                // ’ inside a word is an apostrophe.
                if !word.isEmpty { word.append(UInt8(ascii: "'")) }
                i += 2
            } else if b >= 0x80 {
                // Other non-ASCII: letters join the word (lower-cased), anything else separates.
                var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                length = min(length, bytes.count - i)
                let scalarText = String(decoding: bytes[i..<(i + length)], as: UTF8.self)
                if let scalar = scalarText.unicodeScalars.first, scalar.properties.isAlphabetic {
                    word.append(contentsOf: scalarText.lowercased().utf8)
                } else {
                    finish()
                }
                i += length
                continue
            } else {
                finish()
                switch b {
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"),
                    UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                    result.append(Token(text: String(UnicodeScalar(b)), isWord: false))
                default:
                    break
                }
            }
            i += 1
        }
        finish()
        return result
    }
}
