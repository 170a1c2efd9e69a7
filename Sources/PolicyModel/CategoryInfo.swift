/// What reports need to know about a data category: its names and statutory mappings.
public struct CategoryInfo: Sendable, Hashable {
    /// The category id, e.g. `ip-address`.
    public var id: String
    /// A short human name.
    public var name: String
    /// The report group (identifiers, activity, location, contact, content, financial, sensitive).
    public var group: String
    /// CCPA §1798.140(v)(1) letters, and "SPI" for sensitive personal information.
    public var ccpa: [String]
    /// GDPR Art. 9 status: nil, "yes", or a condition.
    public var gdprArticle9: String?
    /// The OPP-115 type it counts towards.
    public var opp115: String?
    /// What the category holds, in a sentence ("Username, password, security questions ..."), or "".
    public var description: String

    /// Creates a description.
    public init(
        id: String, name: String, group: String, ccpa: [String], gdprArticle9: String?, opp115: String?, description: String = ""
    ) {
        self.id = id
        self.name = name
        self.group = group
        self.ccpa = ccpa
        self.gdprArticle9 = gdprArticle9
        self.opp115 = opp115
        self.description = description
    }

    /// "CCPA A, F; GDPR Art. 9 (when used to identify a person)", or "" when nothing applies.
    public var mappingSummary: String {
        var parts: [String] = []
        if !ccpa.isEmpty { parts.append("CCPA " + ccpa.joined(separator: ", ")) }
        if let gdprArticle9 { parts.append(gdprArticle9 == "yes" ? "GDPR Art. 9" : "GDPR Art. 9 (\(gdprArticle9))") }
        return parts.joined(separator: "; ")
    }
}
