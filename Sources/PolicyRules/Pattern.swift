/// A compiled phrase: slots of alternative term sequences.
public struct CompiledPhrase: Sendable, Hashable {
    /// Each slot's alternatives, in phrase order; an empty alternative makes the slot optional.
    public var slots: [[[PatternTerm]]]
}

/// One compiled step of a rule phrase.
public enum PatternTerm: Sendable, Hashable {
    /// Exactly this word.
    case word(String)
    /// Any word starting with this prefix (`identif*`).
    case prefix(String)
    /// Up to this many arbitrary words (`~3`); clause marks end a gap.
    case gap(Int)
}

/// The phrase language of rule files, compiled to plain term sequences.
///
/// A phrase is words separated by spaces, lower-case. `word*` matches any word with that prefix;
/// `(a|b c|d)` is a choice of words or word sequences; `word?` is optional; `~N` (N <= 5) allows up to N other
/// words between its neighbours. Punctuation inside a phrase is ignored like in the text:
/// "e-mail" means the words "e" "mail". A comma standing alone (`,` or `(,)?`) matches the
/// text's comma, so a phrase can follow a list: "phone, tablet or other device". Each choice's
/// alternatives are inserted into the token trie and meet again in one node, so matching is a walk
/// over the trie with no backtracking engine involved, and a phrase costs the sum of its
/// alternatives, not their product.
public enum PatternCompiler {
    /// Why a phrase does not compile.
    public struct Failure: Error, Sendable {
        /// What is wrong.
        public var message: String
    }

    /// The most alternatives one phrase may list, over all its choices (summed: choices meet in
    /// one trie node, so they do not multiply).
    public static let maxAlternatives = 1024

    /// The phrase as a sequence of slots, each a list of alternative term sequences (an empty
    /// sequence where the slot is optional). Choices are never multiplied out: the matcher inserts
    /// slot by slot.
    public static func compile(_ phrase: String) throws(Failure) -> CompiledPhrase {
        var slots: [[[PatternTerm]]] = []
        let parts = try parts(of: phrase.lowercased())
        guard !parts.isEmpty else { throw Failure(message: "empty phrase") }
        var alternatives = 0
        for part in parts {
            var options: [[PatternTerm]]
            var optional = false
            var body = Substring(part)
            if body.hasPrefix("~") {
                guard let n = Int(body.dropFirst()), n >= 1, n <= 5 else {
                    throw Failure(message: "a gap is ~1 to ~5, not '\(body)'")
                }
                options = [[.gap(n)]]
            } else if body.hasPrefix("(") {
                if body.hasSuffix(")?") {
                    optional = true
                    body = body.dropLast()
                }
                guard body.hasSuffix(")"), body.count > 2 else { throw Failure(message: "unclosed choice '\(body)'") }
                let choices = body.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
                guard !choices.contains(where: { $0.allSatisfy { $0 == " " } }) else {
                    throw Failure(message: "empty choice in '\(body)'")
                }
                if choices.contains(where: { $0.contains(where: { $0 == "(" || $0 == ")" }) }) {
                    throw Failure(message: "choices cannot nest, in '\(body)'")
                }
                options = []
                for choice in choices {
                    var sequences: [[PatternTerm]] = [[]]
                    for word in choice.split(separator: " ") {
                        let variants = try terms(word)
                        sequences = sequences.flatMap { prefix in variants.map { prefix + $0 } }
                    }
                    options.append(contentsOf: sequences)
                }
            } else {
                if body.contains(where: { $0 == "(" || $0 == ")" || $0 == "|" }) {
                    throw Failure(message: "choices are written '(a|b c)', in '\(body)'")
                }
                options = try terms(body)
            }
            if optional { options.append([]) }
            alternatives += options.count
            guard alternatives <= maxAlternatives else {
                throw Failure(message: "the phrase lists more than \(maxAlternatives) alternatives")
            }
            slots.append(options)
        }
        func isGap(_ option: [PatternTerm]) -> Bool { if case .gap = option.first { true } else { false } }
        if let first = slots.first, first.contains(where: isGap) { throw Failure(message: "a phrase cannot start with a gap") }
        if let last = slots.last, last.contains(where: isGap) { throw Failure(message: "a phrase cannot end with a gap") }
        // A match starts and ends on a word, so it never takes in the commas around it.
        func isComma(_ term: PatternTerm?) -> Bool { term == .word(",") }
        if let first = slots.first, first.contains(where: { isComma($0.first) }) { throw Failure(message: "a phrase cannot start with a comma") }
        if let last = slots.last, last.contains(where: { isComma($0.last) }) { throw Failure(message: "a phrase cannot end with a comma") }
        guard slots.contains(where: { !$0.contains(where: { $0.isEmpty }) && !$0.contains(where: isGap) }) else {
            throw Failure(message: "every word of the phrase is optional, so it would match anything")
        }
        return CompiledPhrase(slots: slots)
    }

    /// Splits a phrase at spaces outside parentheses: "(log in|sign in) name*" is two parts.
    private static func parts(of phrase: String) throws(Failure) -> [Substring] {
        var result: [Substring] = []
        var depth = 0
        var start = phrase.startIndex
        var index = phrase.startIndex
        while index < phrase.endIndex {
            let c = phrase[index]
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1 }
            guard depth >= 0 else { throw Failure(message: "unbalanced ')' in '\(phrase)'") }
            if c == " ", depth == 0 {
                if start < index { result.append(phrase[start..<index]) }
                start = phrase.index(after: index)
            }
            index = phrase.index(after: index)
        }
        guard depth == 0 else { throw Failure(message: "unclosed choice in '\(phrase)'") }
        if start < phrase.endIndex { result.append(phrase[start...]) }
        return result
    }

    /// One word of a phrase as term sequences: "e-mail" is two words, "identif*" a prefix, and a
    /// `?` makes the character before it optional ("cards?" is "card" or "cards").
    private static func terms(_ word: Substring) throws(Failure) -> [[PatternTerm]] {
        if word == "," { return [[.word(",")]] }
        // Most words are plain: letters and digits, perhaps a final '*'.
        let plain = word.utf8.dropLast(word.utf8.last == UInt8(ascii: "*") ? 1 : 0)
        if !plain.isEmpty, plain.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }) {
            let text = String(Substring(plain))
            return [[word.utf8.last == UInt8(ascii: "*") ? .prefix(text) : .word(text)]]
        }
        var spellings: [String] = [""]
        var previous: Character?
        for c in word {
            if c == "?" {
                guard let p = previous, p != "?", p != "*" else { throw Failure(message: "'?' must follow a letter, in '\(word)'") }
                spellings = spellings.flatMap { [$0, String($0.dropLast())] }
            } else {
                spellings = spellings.map { $0 + String(c) }
            }
            previous = c
        }
        var result: [[PatternTerm]] = []
        for spelling in spellings {
            let isPrefix = spelling.hasSuffix("*")
            let body = isPrefix ? String(spelling.dropLast()) : spelling
            let tokens = Tokenizer.tokens(body).filter(\.isWord)
            guard !tokens.isEmpty else { throw Failure(message: "'\(word)' has no letters or digits") }
            var sequence = tokens.map { PatternTerm.word($0.text) }
            if isPrefix, case .word(let last) = sequence.removeLast() { sequence.append(.prefix(last)) }
            if !result.contains(sequence) { result.append(sequence) }
        }
        return result
    }
}
