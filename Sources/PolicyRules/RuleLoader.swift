import Yams

/// Reads rule files (`rules/*.yaml`) into `CategoryRule`s, refusing anything malformed with a
/// positioned error.
public enum RuleLoader {
    /// The rule file format this build reads; a file declaring a newer one is refused.
    public static let formatVersion = 1

    static let keys: Set<String> = [
        "version", "id", "name", "description", "group", "ccpa", "gdpr-art9", "opp115", "patterns", "exclude", "examples",
        "other-platforms",
    ]
    /// The report groups a rule may name.
    public static let groups: [String] = ["identifiers", "activity", "location", "contact", "content", "financial", "sensitive"]

    /// Parses one rule file.
    public static func load(text: String, file: String) throws(RuleError) -> CategoryRule {
        let yaml = try YAMLDocument(text: text, file: file)
        var id: String?
        var name = ""
        var description = ""
        var group = ""
        var ccpa: [String] = []
        var gdpr: String?
        var opp: String?
        var patterns: [String] = []
        var exclusions: [String] = []
        var collects: [CategoryRule.Example] = []
        var notCollects: [CategoryRule.Example] = []
        var otherPlatforms = false
        for (key, keyNode, value) in try yaml.mapping(yaml.root, allowed: keys) {
            switch key {
            case "version":
                let version = try yaml.int(value, "version")
                guard version <= formatVersion else {
                    throw yaml.error(
                        value, "rule format version \(version) is newer than this policyscan reads (\(formatVersion)); upgrade policyscan")
                }
            case "id":
                let text = try yaml.string(value, "id")
                guard !text.isEmpty, text.allSatisfy({ ($0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" }) else {
                    throw yaml.error(value, "id must be lower-case kebab-case, like 'ip-address'")
                }
                id = text
            case "name": name = try yaml.string(value, "name")
            case "description": description = try yaml.string(value, "description")
            case "group":
                group = try yaml.string(value, "group")
                guard groups.contains(group) else {
                    throw yaml.error(value, "unknown group '\(group)' (one of: \(groups.joined(separator: ", ")))")
                }
            case "ccpa": ccpa = try yaml.strings(value, "ccpa").map(\.0)
            case "gdpr-art9":
                let text = try yaml.string(value, "gdpr-art9")
                gdpr = text.isEmpty || text == "no" || text == "false" ? nil : text
            case "opp115":
                let text = try yaml.string(value, "opp115")
                opp = text.isEmpty ? nil : text
            case "patterns":
                for (phrase, node) in try yaml.strings(value, "patterns") {
                    do { _ = try PatternCompiler.compile(phrase) } catch { throw yaml.error(node, "bad pattern '\(phrase)': \(error.message)") }
                    patterns.append(phrase)
                }
            case "exclude":
                for (phrase, node) in try yaml.strings(value, "exclude") {
                    do { _ = try PatternCompiler.compile(phrase) } catch { throw yaml.error(node, "bad exclusion '\(phrase)': \(error.message)") }
                    exclusions.append(phrase)
                }
            case "other-platforms":
                switch try yaml.string(value, "other-platforms") {
                case "true": otherPlatforms = true
                case "false": otherPlatforms = false
                default: throw yaml.error(value, "other-platforms must be true or false")
                }
            case "examples":
                for (kind, _, list) in try yaml.mapping(value, allowed: ["collects", "not"]) {
                    let examples = try yaml.strings(list, "examples.\(kind)").map {
                        CategoryRule.Example(text: $0.0, line: $0.1.mark?.line ?? 0)
                    }
                    if kind == "collects" { collects = examples } else { notCollects = examples }
                }
            default:
                throw yaml.error(keyNode, "unknown key '\(key)'")
            }
        }
        guard let id else { throw RuleError(file: file, line: 1, column: 1, message: "missing 'id'") }
        guard !patterns.isEmpty else { throw RuleError(file: file, line: 1, column: 1, message: "rule '\(id)' has no patterns") }
        return CategoryRule(
            id: id, name: name.isEmpty ? id : name, description: description, group: group.isEmpty ? "activity" : group,
            ccpa: ccpa, gdprArticle9: gdpr, opp115: opp, patterns: patterns, exclusions: exclusions, collects: collects,
            notCollects: notCollects, otherPlatforms: otherPlatforms, file: file)
    }
}
