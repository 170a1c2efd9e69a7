/// How a baseline treats a category the vendor collects.
public enum BaselineLevel: String, Sendable, Hashable, CaseIterable, Codable {
    /// Fine.
    case allow
    /// A warning; a violation only with `--strict`.
    case review
    /// A violation.
    case forbid

    /// Strictness order: allow < review < forbid.
    public var rank: Int {
        switch self {
        case .allow: 0
        case .review: 1
        case .forbid: 2
        }
    }
}

/// A procurement baseline: which data categories a vendor may collect (CONTRACT.md, baseline file).
public struct Baseline: Sendable, Hashable {
    /// The baseline's name, shown in reports.
    public var name: String
    /// The level of each category the file names (directly or through a group).
    public var levels: [String: BaselineLevel]
    /// The level of every other category.
    public var defaultLevel: BaselineLevel

    /// Creates a baseline.
    public init(name: String, levels: [String: BaselineLevel], defaultLevel: BaselineLevel) {
        self.name = name
        self.levels = levels
        self.defaultLevel = defaultLevel
    }

    /// The level that applies to `category`.
    public func level(of category: String) -> BaselineLevel { levels[category] ?? defaultLevel }
}

/// The outcome of checking one policy against a baseline.
public enum Verdict: String, Sendable, Hashable, Codable {
    /// Nothing forbidden or to review is collected.
    case pass
    /// Something to review is collected, nothing forbidden.
    case review
    /// Something forbidden is collected.
    case fail
}

/// One category a policy collects that its baseline does not allow.
public struct Violation: Sendable, Hashable {
    /// The category id.
    public var category: String
    /// The baseline's level for it (review or forbid).
    public var level: BaselineLevel
    /// The first sentence that says the data is collected.
    public var evidence: Evidence

    /// Creates a violation.
    public init(category: String, level: BaselineLevel, evidence: Evidence) {
        self.category = category
        self.level = level
        self.evidence = evidence
    }
}

/// A policy judged against a baseline.
public struct BaselineResult: Sendable, Hashable {
    /// The baseline's name.
    public var name: String
    /// The verdict.
    public var verdict: Verdict
    /// The violations, forbidden ones first, each group in category order.
    public var violations: [Violation]

    /// Creates a result.
    public init(name: String, verdict: Verdict, violations: [Violation]) {
        self.name = name
        self.verdict = verdict
        self.violations = violations
    }
}
