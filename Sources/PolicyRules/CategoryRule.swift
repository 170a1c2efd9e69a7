import PolicyModel

/// A data category and the phrases that name it: one file of `rules/`.
public struct CategoryRule: Sendable, Hashable {
    /// A sentence of a rule file's examples, with the line it is on.
    public struct Example: Sendable, Hashable {
        /// The sentence.
        public var text: String
        /// Its 1-based line in the rule file.
        public var line: Int
    }

    /// The category id (CATEGORIES.md), also the rule id.
    public var id: String
    /// A short human name.
    public var name: String
    /// What the category covers.
    public var description: String
    /// The report group it belongs to (identifiers, activity, location, contact, content, financial, sensitive).
    public var group: String
    /// CCPA §1798.140(v)(1) letters, and "SPI" for sensitive personal information.
    public var ccpa: [String]
    /// GDPR Art. 9 status: nil (not special), "yes", or a condition ("when used to identify").
    public var gdprArticle9: String?
    /// The OPP-115 personal-information type it counts towards, when there is one.
    public var opp115: String?
    /// Phrases that name the data (pattern language of `PatternCompiler`).
    public var patterns: [String]
    /// Phrases in which a pattern's words do not name the data ("cookie policy").
    public var exclusions: [String]
    /// Sentences that collect the data.
    public var collects: [Example]
    /// Sentences that do not (negated, unrelated, another actor, another category).
    public var notCollects: [Example]
    /// The category is data from other companies' platforms (a Facebook profile, a Google
    /// sign-in): in the policy of one of those companies, a mention naming it ("your Google
    /// Account" in Google's own policy) is the vendor's own account, not this category.
    public var otherPlatforms: Bool
    /// The file the rule came from (`rules/ip-address.yaml`, or `builtin:ip-address.yaml`).
    public var file: String

    /// Creates a rule.
    public init(
        id: String, name: String, description: String, group: String, ccpa: [String], gdprArticle9: String?, opp115: String?,
        patterns: [String], exclusions: [String], collects: [Example], notCollects: [Example], otherPlatforms: Bool = false,
        file: String
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.group = group
        self.ccpa = ccpa
        self.gdprArticle9 = gdprArticle9
        self.opp115 = opp115
        self.patterns = patterns
        self.exclusions = exclusions
        self.collects = collects
        self.notCollects = notCollects
        self.otherPlatforms = otherPlatforms
        self.file = file
    }

    /// True when the CCPA counts the category as sensitive personal information.
    public var isCCPASensitive: Bool { ccpa.contains("SPI") }
    /// True when GDPR Art. 9 applies (always or under a condition).
    public var isGDPRSpecial: Bool { gdprArticle9 != nil }
}

extension CategoryInfo {
    /// The report-facing description of a rule's category.
    public init(_ rule: CategoryRule) {
        self.init(
            id: rule.id, name: rule.name, group: rule.group, ccpa: rule.ccpa, gdprArticle9: rule.gdprArticle9, opp115: rule.opp115,
            description: rule.description)
    }
}
