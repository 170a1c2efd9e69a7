/// Who performs a data practice.
public enum Actor: String, Sendable, Hashable, Codable, CaseIterable {
    /// The vendor whose policy it is.
    case firstParty = "first-party"
    /// Someone else: advertisers, analytics providers, partners.
    case thirdParty = "third-party"
}

/// What is done with the data. Round 1 knows collection only.
public enum Practice: String, Sendable, Hashable, Codable, CaseIterable {
    /// The data is collected, received or recorded.
    case collect
}

/// The text that proves a finding, and where it stands in the input.
public struct Evidence: Sendable, Hashable {
    /// The sentence (or list item, table row) exactly as `extract` prints it.
    public var text: String
    /// The heading path of the block the sentence is in.
    public var section: [String]
    /// The 1-based input line where the sentence starts.
    public var line: Int
    /// Where in `text` (UTF-8 offsets) the data is named: set by the analyzer for evidence longer
    /// than `shortQuote`, the only evidence a report shortens, quoting the part around it. Not
    /// part of the JSON contract.
    public var mention: Range<Int>?

    /// Creates evidence.
    public init(text: String, section: [String], line: Int, mention: Range<Int>? = nil) {
        self.text = text
        self.section = section
        self.line = line
        self.mention = mention
    }
}

/// One statement of a policy about one data category.
public struct Finding: Sendable, Hashable {
    /// The category id (see CATEGORIES.md), e.g. `ip-address`.
    public var category: String
    /// What is done with the data.
    public var practice: Practice
    /// Who does it.
    public var actor: Actor
    /// The policy says it does NOT do this.
    public var negated: Bool
    /// The statement is qualified: "may", "might", "from time to time".
    public var hedged: Bool
    /// The sentence that says so.
    public var evidence: Evidence
    /// The id of the rule that matched.
    public var rule: String
    /// Why the sentence counts as a statement of collection: the governing verb ("collect",
    /// "provide"), "includes", "list" (introduced by a sentence that collects) or "section" (under a
    /// heading about collected information).
    public var basis: String

    /// Creates a finding.
    public init(
        category: String, practice: Practice = .collect, actor: Actor, negated: Bool, hedged: Bool,
        evidence: Evidence, rule: String, basis: String = ""
    ) {
        self.category = category
        self.practice = practice
        self.actor = actor
        self.negated = negated
        self.hedged = hedged
        self.evidence = evidence
        self.rule = rule
        self.basis = basis
    }
}
