/// A word or clause mark of a sentence, lower-cased, as rules see it.
public struct Token: Sendable, Hashable {
    /// Lower-cased word ("ip", "don't"), or a single clause mark: `,` `;` `:` `(` `)` `.`, or the
    /// `|` that joins a table row's cells.
    public var text: String
    /// True for words; false for clause marks.
    public var isWord: Bool
    /// Word classes the statement classifier looks up, computed once per token (`StatementClassifier.annotate`).
    public var classes: WordClass = []

    /// Creates a token.
    public init(text: String, isWord: Bool) {
        self.text = text
        self.isWord = isWord
    }
}

/// The classes of a word that matter for reading a statement: looked up once per token instead of
/// once per mention and cue.
public struct WordClass: OptionSet, Sendable, Hashable {
    /// The raw bits.
    public let rawValue: UInt32
    /// Creates a class set.
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// Set on every annotated token, so unannotated input can be detected.
    public static let annotated = WordClass(rawValue: 1 << 0)
    /// A verb or noun of collection ("collect", "receives", "logs").
    public static let collect = WordClass(rawValue: 1 << 1)
    /// A verb that is collection when the user is its subject ("provide", "submit").
    public static let userGiving = WordClass(rawValue: 1 << 2)
    /// "information", "data", "details".
    public static let dataNoun = WordClass(rawValue: 1 << 3)
    /// "includes", "contains", "consists", "comprises".
    public static let include = WordClass(rawValue: 1 << 4)
    /// Sharing, selling, disclosing.
    public static let otherPractice = WordClass(rawValue: 1 << 5)
    /// A negation word.
    public static let negation = WordClass(rawValue: 1 << 6)
    /// "may", "might", "could".
    public static let hedge = WordClass(rawValue: 1 << 7)
    /// "we", "us".
    public static let firstParty = WordClass(rawValue: 1 << 8)
    /// "partners", "advertisers", "they".
    public static let thirdParty = WordClass(rawValue: 1 << 9)
    /// "but", "however", "unless".
    public static let clauseBreak = WordClass(rawValue: 1 << 10)
    /// "means", "refers", "defined".
    public static let definition = WordClass(rawValue: 1 << 11)
    /// "the", "these", "such".
    public static let determiner = WordClass(rawValue: 1 << 12)
    /// The first word of a hedging phrase: "from" (time to time), "where" (applicable).
    public static let hedgeStart = WordClass(rawValue: 1 << 13)
    /// "protect", "encrypted", "redact", "remove": a safeguard, whose "use" governs no data and
    /// whose "such as" lists what is protected or stripped out, not what is collected.
    public static let securing = WordClass(rawValue: 1 << 14)
    /// The vendor's own name, from the title ("Waze" in Waze's policy): what the user shares
    /// with it reaches us. (Only that: as a subject the name may stand for a product or a
    /// contract party, which the reader does not take as "we".)
    public static let ownName = WordClass(rawValue: 1 << 15)
    /// "mean", "refer", "referring": how the vendor says what a term stands for ("by X we mean").
    public static let meaning = WordClass(rawValue: 1 << 16)
    /// A word of another data mention of the sentence, set while one mention is read: "internet
    /// service provider" in a list of collected data names data, though "provider" names a party.
    public static let otherMention = WordClass(rawValue: 1 << 17)
}

/// Cuts a sentence into tokens: runs of letters and digits (with inner apostrophes, so "don't" is
/// one token) and clause marks. Hyphens and slashes separate words: "e-mail" is "e", "mail"; an
/// en or em dash is a comma.
public enum Tokenizer {
    /// The tokens of `text`.
    public static func tokens(_ text: String) -> [Token] {
        var spans: [Range<Int>]? = nil
        return tokens(text, spans: &spans)
    }

    /// The tokens of `text`; when `spans` is not nil, it receives for each token the UTF-8 offsets
    /// of `text` it was read from (both halves of "you've" share the word's), so that a report
    /// can find a mention in the sentence it quotes.
    public static func tokens(_ text: String, spans: inout [Range<Int>]?) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(text.utf8.count / 5)
        var word: [UInt8] = []
        var wordStart = 0
        func finish(at end: Int) {
            if !word.isEmpty {
                while word.last == UInt8(ascii: "'") { word.removeLast() }
                if !word.isEmpty {
                    let text = String(decoding: word, as: UTF8.self)
                    if word.contains(UInt8(ascii: "'")), let (pronoun, verb) = Self.pronounContractions[text] {
                        // "you've shared" is "you have shared": the subject stays a word of its own.
                        result.append(Token(text: pronoun, isWord: true))
                        result.append(Token(text: verb, isWord: true))
                        spans?.append(wordStart..<end)
                    } else {
                        result.append(Token(text: text, isWord: true))
                    }
                    spans?.append(wordStart..<end)
                }
                word.removeAll(keepingCapacity: true)
            }
        }
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if word.isEmpty, b == UInt8(ascii: "h") || b == UInt8(ascii: "H") || b == UInt8(ascii: "w") || b == UInt8(ascii: "W"),
                let end = urlEnd(bytes, from: i)
            {
                // A web address is one token that names no data: "see www.example.com/cookies.htm"
                // mentions no cookies, and "http://x.com/privacy/ip-address" no IP address.
                result.append(Token(text: Self.urlToken, isWord: true))
                spans?.append(i..<end)
                i = end
                continue
            }
            if (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) {
                if word.isEmpty { wordStart = i }
                word.append(b)
            } else if b >= 0x41 && b <= 0x5A {
                if word.isEmpty { wordStart = i }
                word.append(b | 0x20)
            } else if b == UInt8(ascii: "'") {
                if !word.isEmpty { word.append(b) }
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98 {
                // ’ inside a word is an apostrophe.
                if !word.isEmpty { word.append(UInt8(ascii: "'")) }
                i += 2
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 {
                // An en or em dash sets off an aside like a comma: "our service provider – not
                // Example – collects your financial information".
                finish(at: i)
                result.append(Token(text: ",", isWord: false))
                spans?.append(i..<i + 3)
                i += 3
                continue
            } else if b >= 0x80 {
                // Other non-ASCII: letters join the word (lower-cased), anything else separates.
                var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                length = min(length, bytes.count - i)
                let scalarText = String(decoding: bytes[i..<(i + length)], as: UTF8.self)
                if let scalar = scalarText.unicodeScalars.first, scalar.properties.isAlphabetic {
                    if word.isEmpty { wordStart = i }
                    word.append(contentsOf: scalarText.lowercased().utf8)
                } else {
                    finish(at: i)
                }
                i += length
                continue
            } else if b == UInt8(ascii: "."), word.count == 1, i + 1 < bytes.count, isLetter(bytes[i + 1]) || (i >= 2 && bytes[i - 2] == b) {
                // "U.S.", "e.g.": the dots of a letter-by-letter abbreviation are no clause mark,
                // so a phrase can span it ("the U.S. state where you reside").
                finish(at: i)
            } else {
                finish(at: i)
                switch b {
                case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"),
                    UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "|"):
                    result.append(Token(text: String(UnicodeScalar(b)), isWord: false))
                    spans?.append(i..<i + 1)
                default:
                    break
                }
            }
            i += 1
        }
        finish(at: bytes.count)
        return result
    }

    /// A pronoun and its contracted auxiliary: "you've" is "you" "have", "we'll" is "we" "will".
    static let pronounContractions: [String: (String, String)] = {
        var table: [String: (String, String)] = [:]
        for pronoun in ["i", "you", "we", "they"] {
            for (suffix, verb) in [("ve", "have"), ("re", "are"), ("ll", "will"), ("d", "would"), ("m", "am")] {
                table["\(pronoun)'\(suffix)"] = (pronoun, verb)
            }
        }
        return table
    }()

    private static let httpPrefix = Array("http://".utf8)
    private static let httpsPrefix = Array("https://".utf8)
    private static let wwwPrefix = Array("www.".utf8)

    /// The text of the token a web address becomes: no phrase of a rule can match it.
    public static let urlToken = "<url>"

    /// Where the web address starting at `start` ("http://", "https://", "www.") ends: at white
    /// space, a bracket or a quote, without the sentence's closing punctuation.
    private static func urlEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        if start > 0, isLetter(bytes[start - 1]) || (bytes[start - 1] >= 0x30 && bytes[start - 1] <= 0x39) { return nil }
        // Called at every word that starts with "h" or "w": the prefixes are compared in place.
        func hasPrefix(_ prefix: [UInt8]) -> Bool {
            guard start + prefix.count < bytes.count else { return false }
            for k in 0..<prefix.count where bytes[start + k] | (isLetter(bytes[start + k]) ? 0x20 : 0) != prefix[k] { return false }
            return true
        }
        guard hasPrefix(Self.httpPrefix) || hasPrefix(Self.httpsPrefix) || hasPrefix(Self.wwwPrefix) else { return nil }
        var end = start
        while end < bytes.count {
            let b = bytes[end]
            if b <= 0x20 || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: ">") || b == UInt8(ascii: "<")
                || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "|") || b >= 0x80
            {
                break
            }
            end += 1
        }
        while end > start,
            [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?")]
                .contains(bytes[end - 1])
        {
            end -= 1
        }
        return end
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
}
