/// The rules in force: built-in ones, overridden or extended by `--rules` directories, compiled
/// together into one phrase matcher.
public struct RuleSet: Sendable {
    /// Every rule, in id order.
    public let rules: [CategoryRule]
    private let matcher: PhraseMatcher
    private let index: [String: Int]

    /// Compiles `rules` (phrases were validated when loaded).
    public init(rules: [CategoryRule]) {
        self.init(rules: rules, compiled: nil)
    }

    /// `rules` with the matcher `compiled` from them earlier; the phrases are compiled now when
    /// there is none or its tables do not check out.
    init(rules: [CategoryRule], compiled: PhraseMatcher.Tables?) {
        let sorted = rules.sorted { $0.id < $1.id }
        self.matcher = compiled.flatMap { PhraseMatcher(tables: $0) } ?? Self.compile(sorted)
        self.rules = sorted
        self.index = Dictionary(sorted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    private static func compile(_ sorted: [CategoryRule]) -> PhraseMatcher {
        var phrases: [(CompiledPhrase, Int)] = []
        for (n, rule) in sorted.enumerated() {
            for phrase in rule.patterns {
                if let compiled = try? PatternCompiler.compile(phrase) { phrases.append((compiled, n * 2)) }
            }
            for phrase in rule.exclusions {
                if let compiled = try? PatternCompiler.compile(phrase) { phrases.append((compiled, n * 2 + 1)) }
            }
        }
        return PhraseMatcher(phrases: phrases)
    }

    /// A line naming exactly which phrases a compiled matcher was made from (FNV-1a over ids,
    /// patterns and exclusions): `--rules` files that change no phrase keep the built-in matcher.
    static func fingerprint(_ sorted: [CategoryRule]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0xff
            hash = hash &* 0x100_0000_01b3
        }
        for rule in sorted {
            mix(rule.id)
            rule.patterns.forEach(mix)
            mix("exclude")
            rule.exclusions.forEach(mix)
        }
        return "policyscan-matcher 1 " + String(hash, radix: 16)
    }

    /// The fingerprint and compiled tables of `rules`: what `BuiltinMatcher.swift` embeds.
    public static func compiledTables(_ rules: [CategoryRule]) -> (fingerprint: String, tables: PhraseMatcher.Tables) {
        let sorted = rules.sorted { $0.id < $1.id }
        return (fingerprint(sorted), compile(sorted).tables)
    }

    /// The rule with this id.
    public func rule(_ id: String) -> CategoryRule? { index[id].map { rules[$0] } }

    /// The built-in rules compiled into the binary (the files of `rules/`).
    /// The embedded matcher is used as it is: a test keeps it compiled from exactly these rules.
    public static func builtin() -> RuleSet {
        RuleSet(rules: BuiltinRules.rules, compiled: BuiltinMatcher.tables)
    }

    /// The built-in rules; a test checks they are what RuleLoader reads from `rules/`.
    public static func builtinRules() throws(RuleError) -> [CategoryRule] {
        BuiltinRules.rules
    }

    /// Compiles every built-in phrase again, so `rules test` names a phrase that embedding let
    /// through (compiling builds the matcher, which skips a phrase that does not compile).
    public static func checkBuiltinPhrases() throws(RuleError) {
        for rule in BuiltinRules.rules {
            for phrase in rule.patterns + rule.exclusions {
                do { _ = try PatternCompiler.compile(phrase) } catch {
                    throw RuleError(file: rule.file, message: "bad pattern '\(phrase)': \(error.message)")
                }
            }
        }
    }

    /// Built-in rules with each given file added or replacing the built-in rule of the same id.
    public static func merging(builtin: [CategoryRule], overrides: [CategoryRule]) -> RuleSet {
        var byID = Dictionary(builtin.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for rule in overrides { byID[rule.id] = rule }
        let rules = byID.values.sorted { $0.id < $1.id }
        return RuleSet(rules: rules, compiled: fingerprint(rules) == BuiltinMatcher.fingerprint ? BuiltinMatcher.tables : nil)
    }

    /// A category mention: which rule, and which tokens.
    public struct Mention: Sendable, Hashable {
        /// Index into `rules`.
        public var rule: Int
        /// The tokens that name the data.
        public var range: Range<Int>
    }

    /// The category mentions in `tokens`: exclusions removed, and a mention inside a longer
    /// mention of another category dropped ("mobile device identifier" is not "mobile"). Each
    /// distinct word is looked up once per `cache` (one per document).
    public func mentions(in tokens: [Token], cache: inout PhraseMatcher.MatchCache) -> [Mention] {
        let matches = matcher.matches(in: tokens, cache: &cache)
        guard !matches.isEmpty else { return [] }
        // (A sentence has a few matches: a list is searched as fast as a dictionary is hashed,
        // without allocating one per sentence.)
        var excluded: [Mention] = []
        var found: [Mention] = []
        for match in matches {
            if match.payload % 2 == 1 {
                excluded.append(Mention(rule: match.payload / 2, range: match.range))
            } else {
                found.append(Mention(rule: match.payload / 2, range: match.range))
            }
        }
        if !excluded.isEmpty {
            found.removeAll { mention in excluded.contains { $0.rule == mention.rule && $0.range.overlaps(mention.range) } }
        }
        let kept = found.filter { mention in
            !found.contains { other in
                other.rule != mention.rule && other.range.count > mention.range.count
                    && other.range.lowerBound <= mention.range.lowerBound && other.range.upperBound >= mention.range.upperBound
            }
        }
        return kept.sorted { ($0.range.lowerBound, $0.rule) < ($1.range.lowerBound, $1.rule) }
    }
}
