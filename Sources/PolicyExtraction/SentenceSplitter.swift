import PolicyModel

/// Splits a block's text into sentences.
///
/// A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets) followed by a space and
/// a capital letter, a digit or an opening quote or bracket, except after a known abbreviation
/// ("e.g.", "Inc.", "U.S.") or a single initial.
public enum SentenceSplitter {
    /// Words that end with a period without ending a sentence (`Block.abbreviations`).
    static let abbreviations = Block.abbreviations

    /// The UTF-8 ranges of the sentences of `text`.
    public static func split(_ text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else {
                i += 1
                continue
            }
            var end = i + 1
            while end < bytes.count, closing(bytes, end) { end += closingLength(bytes, end) }
            guard end < bytes.count, bytes[end] == UInt8(ascii: " ") else {
                i = end
                continue
            }
            let next = end + 1
            guard next < bytes.count, opensSentence(bytes, next) else {
                i = end
                continue
            }
            if byte == UInt8(ascii: "."), isAbbreviation(bytes, before: i) {
                i = end
                continue
            }
            result.append(start..<end)
            start = next
            i = next
        }
        if start < bytes.count { result.append(start..<bytes.count) }
        return result
    }

    private static func closing(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") { return true }
        // ’ and ” (E2 80 99 / E2 80 9D)
        return b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x99 || bytes[i + 2] == 0x9D)
    }

    private static func closingLength(_ bytes: [UInt8], _ i: Int) -> Int { bytes[i] == 0xE2 ? 3 : 1 }

    private static func opensSentence(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { return true }
        if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { return true }
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "'") { return true }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x98 { return true }
        // A capital letter outside ASCII (É, Ü ...): decode one scalar.
        if b >= 0xC0 {
            let scalarBytes = bytes[i..<min(bytes.count, i + 4)]
            if let scalar = String(decoding: scalarBytes, as: UTF8.self).unicodeScalars.first {
                return scalar.properties.isUppercase
            }
        }
        return false
    }

    private static func isAbbreviation(_ bytes: [UInt8], before dot: Int) -> Bool {
        var begin = dot
        while begin > 0, bytes[begin - 1] != UInt8(ascii: " "), bytes[begin - 1] != UInt8(ascii: "(") { begin -= 1 }
        let word = String(decoding: bytes[begin..<dot], as: UTF8.self).lowercased()
        if word.isEmpty { return false }
        if abbreviations.contains(word) { return true }
        // A single initial ("J. Smith") or a dotted acronym ("U.S.", "a.k.a.").
        if word.count == 1, word.first!.isLetter { return true }
        return word.contains(Character(".")) && word.split(separator: ".").allSatisfy { $0.count == 1 }
    }
}
