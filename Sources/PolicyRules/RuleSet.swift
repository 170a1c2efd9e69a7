/// The rules in force: built-in ones, overridden or extended by `--rules` directories, compiled
/// together into one phrase matcher.
public struct RuleSet: Sendable {
    /// Every rule, in id order.
    public let rules: [CategoryRule]
    private let matcher: PhraseMatcher
    private let index: [String: Int]

    /// Compiles `rules` (phrases were validated when loaded).
    public init(rules: [CategoryRule]) {
        let sorted = rules.sorted { $0.id < $1.id }
        var matcher = PhraseMatcher()
        for (n, rule) in sorted.enumerated() {
            for phrase in rule.patterns {
                if let compiled = try? PatternCompiler.compile(phrase) { matcher.add(compiled, payload: n * 2) }
            }
            for phrase in rule.exclusions {
                if let compiled = try? PatternCompiler.compile(phrase) { matcher.add(compiled, payload: n * 2 + 1) }
            }
        }
        self.rules = sorted
        self.matcher = matcher
        self.index = Dictionary(sorted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The rule with this id.
    public func rule(_ id: String) -> CategoryRule? { index[id].map { rules[$0] } }

    /// The built-in rules compiled into the binary (the files of `rules/`).
    public static func builtin() -> RuleSet {
        RuleSet(rules: BuiltinRules.rules)
    }

    /// The built-in rules; a test checks they are what RuleLoader reads from `rules/`.
    public static func builtinRules() throws(RuleError) -> [CategoryRule] {
        BuiltinRules.rules
    }

    /// Built-in rules with each given file added or replacing the built-in rule of the same id.
    public static func merging(builtin: [CategoryRule], overrides: [CategoryRule]) -> RuleSet {
        var byID = Dictionary(builtin.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for rule in overrides { byID[rule.id] = rule }
        return RuleSet(rules: Array(byID.values))
    }

    /// A category mention: which rule, and which tokens.
    public struct Mention: Sendable, Hashable {
        /// Index into `rules`.
        public var rule: Int
        /// The tokens that name the data.
        public var range: Range<Int>
    }

    /// The category mentions in `tokens`: exclusions removed, and a mention inside a longer
    /// mention of another category dropped ("mobile device identifier" is not "mobile").
    public func mentions(in tokens: [Token]) -> [Mention] {
        let matches = matcher.matches(in: tokens)
        guard !matches.isEmpty else { return [] }
        var excluded: [Int: [Range<Int>]] = [:]
        var found: [Mention] = []
        for match in matches {
            if match.payload % 2 == 1 {
                excluded[match.payload / 2, default: []].append(match.range)
            } else {
                found.append(Mention(rule: match.payload / 2, range: match.range))
            }
        }
        found = found.filter { mention in
            !(excluded[mention.rule] ?? []).contains { $0.overlaps(mention.range) }
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
