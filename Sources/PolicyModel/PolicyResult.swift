/// Where an analyzed policy came from.
public struct SourceInfo: Sendable, Hashable {
    /// The path as given on the command line (`-` for standard input).
    public var path: String
    /// The format it was read as.
    public var format: InputFormat
    /// The SHA-256 of the input bytes, lower-case hex; nil when the report being made does not
    /// show it (hashing a 100 KB page costs about 5% of checking it).
    public var sha256: String?
    /// The policy's title, when it has one.
    public var title: String?

    /// Creates a source description.
    public init(path: String, format: InputFormat, sha256: String?, title: String?) {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.title = title
    }
}

/// How much of a policy the rules, which are written for English, could read.
public enum Readability: Sendable, Hashable {
    /// The policy is in English (a few words of another language at most).
    case english
    /// Parts of it (`unreadShare` of its words) are in another language and were not read.
    case partly(unreadShare: Double)
    /// Most of it (`unreadShare` of its words) is in another language: the findings say nothing
    /// about what the vendor collects.
    case unreadable(unreadShare: Double)
}

/// The analysis of one policy: its findings and the per-category summary.
public struct PolicyResult: Sendable, Hashable {
    /// Where the policy came from.
    public var source: SourceInfo
    /// Every finding, in document order.
    public var findings: [Finding]
    /// The judgement against a baseline, when one was given.
    public var baseline: BaselineResult?
    /// How much of the policy could be read.
    public var readability: Readability

    /// Creates a result.
    public init(source: SourceInfo, findings: [Finding], baseline: BaselineResult? = nil, readability: Readability = .english) {
        self.source = source
        self.findings = findings
        self.baseline = baseline
        self.readability = readability
    }

    /// Each mentioned category's state, in the order categories are first mentioned.
    public var summary: [(category: String, state: CategoryState)] {
        var order: [String] = []
        var byCategory: [String: [Finding]] = [:]
        for finding in findings {
            if byCategory[finding.category] == nil { order.append(finding.category) }
            byCategory[finding.category, default: []].append(finding)
        }
        return order.map { ($0, CategoryState.of(byCategory[$0]!)) }
    }
}
