/// A policy as the analyzer reads it: ordered blocks of text with their structure and source lines.
///
/// Produced by the readers in `PolicyExtraction` from HTML, XML, Markdown or plain text; every later
/// stage (rules, analysis, reports) sees only this value, never the input bytes.
public struct Document: Sendable, Hashable {
    /// The policy's title: the page `<title>`, else the first top-level heading; nil when neither exists.
    public var title: String?
    /// The format the document was read as.
    public var format: InputFormat
    /// The blocks in reading order.
    public var blocks: [Block]

    /// Creates a document from already extracted blocks.
    public init(title: String?, format: InputFormat, blocks: [Block]) {
        self.title = title
        self.format = format
        self.blocks = blocks
    }

    /// The number of words in all blocks; a document with none is not a policy.
    public var wordCount: Int {
        blocks.reduce(0) { $0 + Document.wordCount($1.text) }
    }

    /// Whether the blocks hold at least `minimum` words; stops counting there.
    public func hasWords(atLeast minimum: Int) -> Bool {
        var count = 0
        for block in blocks {
            count += Document.wordCount(block.text)
            if count >= minimum { return true }
        }
        return count >= minimum
    }

    /// The letters of `text`'s first `limit` bytes in Latin script, and in scripts that are
    /// neither Latin nor punctuation (Chinese, Japanese, Korean, Cyrillic, Greek, Arabic, Hebrew
    /// ...), counted by UTF-8 lead byte: 0xCE to 0xDF or 0xE3 to 0xEF (0xE2 leads punctuation
    /// such as curly quotes).
    public static func scriptLetters(_ text: String, limit: Int = .max) -> (latin: Int, other: Int) {
        var text = text
        return text.withUTF8 { bytes in
            var latin = 0
            var other = 0
            for byte in bytes.prefix(limit) {
                if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) {
                    latin += 1
                } else if (byte >= 0xCE && byte <= 0xDF) || (byte >= 0xE3 && byte <= 0xEF) {
                    other += 1
                }
            }
            return (latin, other)
        }
    }

    /// Letters counted by `scriptLetters` are mostly of another script: at least `minimum` of them,
    /// and more than a third of the Latin ones (a CJK character stands for a word's worth of Latin
    /// letters). The minimum depends on the unit judged: a block, or a whole page.
    public static func isMostlyOtherScript(_ letters: (latin: Int, other: Int), atLeast minimum: Int) -> Bool {
        letters.other >= minimum && letters.other * 3 > letters.latin
    }

    /// Whether a short line only dates the policy: "Last updated: April 25, 2025", "Effective
    /// Date: 1 July 2024", "This policy was last revised 05-11-23". A word of dating comes first
    /// (after fillers such as "last" or "date of"), then a number or a month. Such a line heads no
    /// section and its change between two versions is no change of the policy.
    public static func isDateLine(_ text: String) -> Bool {
        guard text.utf8.count < 160 else { return false }
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
        guard words.count >= 2, words.count <= 14 else { return false }
        guard let first = words.prefix(6).first(where: { !dateLineFillers.contains(String($0)) }),
            dateLineStarts.contains(String(first))
        else { return false }
        return words.contains { $0.contains(where: \.isNumber) || months.contains(String($0)) }
    }

    /// Month names that date a line without a number ("Effective June 2024" has one anyway; "may"
    /// is left out as the verb it usually is).
    static let months: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The word that makes a line a date line, once the fillers before it are skipped.
    static let dateLineStarts: Set<String> = ["updated", "modified", "revised", "amended", "effective", "dated", "revision", "update"]

    /// Words that may come before the dating word: "Date of last revision", "This policy was last
    /// updated on". "Privacy" is none: a title such as "Privacy Policy (updated 2024)" names the
    /// document, not only its date.
    static let dateLineFillers: Set<String> = ["last", "date", "of", "this", "policy", "was", "version"]

    /// The number of words (runs of letters and digits) in `text`, counted on its UTF-8 bytes.
    public static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var previous: UInt8 = 0
            for byte in bytes {
                // A no-break space (C2 A0) separates words like a space.
                let isWordByte =
                    (byte >= 0x80 && !(byte == 0xA0 && previous == 0xC2) && byte != 0xC2)
                    || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                if isWordByte, !inWord { count += 1 }
                inWord = isWordByte
                previous = byte
            }
            return count
        }
    }
}

/// The formats policyscan reads.
public enum InputFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// HTML as browsers read it (tag soup allowed).
    case html
    /// XHTML or any other XML.
    case xml
    /// Markdown (CommonMark-like, as Open Terms Archive records policies).
    case markdown
    /// Plain text, paragraphs separated by blank lines.
    case text
}
