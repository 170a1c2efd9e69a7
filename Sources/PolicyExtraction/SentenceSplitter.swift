import PolicyModel

/// Splits a block's text into sentences.
///
/// A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets) followed by a space and
/// a capital letter, a digit or an opening quote or bracket, except after a known abbreviation
/// ("e.g.", "Inc.", "U.S.", also as the last part of "EU-U.S.") or a single initial. An abbreviation
/// that ends a name ("Inc.", "U.S.") ends the sentence when the next word opens one ("We", "If").
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
            if byte == UInt8(ascii: "."), isAbbreviation(bytes, before: i), !(endsName(bytes, before: i) && opensWithFunctionWord(bytes, next)) {
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
        let word = lastWord(bytes, before: dot, boundaries: wordBoundaries)
        if word.isEmpty { return false }
        if abbreviations.contains(word) { return true }
        // A single initial ("J. Smith") or a dotted acronym ("U.S.", "a.k.a.").
        if word.count == 1, word.first!.isLetter { return true }
        if isDottedAcronym(word) { return true }
        // The last part of a compound: "the EU-U.S. Data Privacy Framework". (Not an initial:
        // "your device/s. For example" ends.)
        guard word.utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }) else { return false }
        let part = lastWord(bytes, before: dot, boundaries: partBoundaries)
        return abbreviations.contains(part) || isDottedAcronym(part)
    }

    /// The lower-cased word before `dot`, back to the first of `boundaries`.
    private static func lastWord(_ bytes: [UInt8], before dot: Int, boundaries: [UInt8]) -> String {
        var begin = dot
        while begin > 0, !boundaries.contains(bytes[begin - 1]) { begin -= 1 }
        return String(decoding: bytes[begin..<dot], as: UTF8.self).lowercased()
    }

    // (Arrays, not sets: a handful of bytes is found as fast by a scan, and a Set of a type used
    // nowhere else costs every process a search of the runtime's conformance tables.)
    private static let wordBoundaries: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: "(")]
    private static let partBoundaries: [UInt8] = wordBoundaries + [UInt8(ascii: "-"), UInt8(ascii: "/")]

    private static func isDottedAcronym(_ word: String) -> Bool {
        word.contains(Character(".")) && word.split(separator: ".").allSatisfy { $0.count == 1 }
    }

    /// An abbreviation that can end a sentence because it ends a name: a company form ("Acme
    /// Inc.") or a country ("in the U.S."). "e.g." and "Dr." always have more to come.
    private static func endsName(_ bytes: [UInt8], before dot: Int) -> Bool {
        let word = lastWord(bytes, before: dot, boundaries: partBoundaries)
        // (A section number, "2.1. We use ...", keeps its sentence.)
        return nameEndings.contains(word)
            || (isDottedAcronym(word) && word.count >= 3 && word.allSatisfy { $0 == "." || $0.isLetter } && !abbreviations.contains(word))
    }

    private static let nameEndings: Set<String> = [
        "inc", "ltd", "co", "corp", "llc", "l.l.c", "plc", "gmbh", "s.a", "n.v", "b.v", "u.s", "u.s.a", "u.k", "e.u",
    ]

    /// The next sentence opens with a word that does not continue a name: "... in the U.S. We
    /// store ...", "... Acme Inc. If you ...", unlike "the U.S. Department of Commerce".
    private static func opensWithFunctionWord(_ bytes: [UInt8], _ i: Int) -> Bool {
        var end = i
        while end < bytes.count, end - i < 12,
            (bytes[end] >= UInt8(ascii: "A") && bytes[end] <= UInt8(ascii: "Z"))
                || (bytes[end] >= UInt8(ascii: "a") && bytes[end] <= UInt8(ascii: "z"))
        {
            end += 1
        }
        guard end > i, end == bytes.count || !(bytes[end] >= UInt8(ascii: "a") && bytes[end] <= UInt8(ascii: "z")) else { return false }
        return sentenceOpeners.contains(String(decoding: bytes[i..<end], as: UTF8.self))
    }

    private static let sentenceOpeners: Set<String> = [
        "We", "You", "Our", "Your", "This", "These", "That", "Those", "The", "It", "Its", "They", "Their", "If", "When",
        "Where", "Please", "Any", "All", "Such", "Each", "However", "Unless", "Some", "In", "For", "As", "To",
    ]
}
