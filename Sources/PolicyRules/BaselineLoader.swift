import PolicyModel

/// Reads baseline files (CONTRACT.md) and checks every id against the known categories.
///
/// Besides category ids, a list may name groups the taxonomy already knows, so nobody copies
/// lists by hand: `@gdpr-art9` (every GDPR Art. 9 special category), `@ccpa-sensitive` (every
/// CCPA sensitive-personal-information category), `@ccpa-A` … `@ccpa-L` (a CCPA §1798.140(v)(1)
/// letter), and `@identifiers`, `@activity`, `@location`, `@contact`, `@content`, `@financial`,
/// `@sensitive` (the report groups). A category named directly takes the level of that list; one
/// reached only through groups takes the strictest level among them.
public enum BaselineLoader {
    /// The baseline format this build reads.
    public static let formatVersion = 1
    static let keys: Set<String> = ["version", "name", "forbid", "review", "allow", "default"]

    /// Parses a baseline; `rules` supplies the valid ids and the group memberships.
    public static func load(text: String, file: String, rules: [CategoryRule]) throws(RuleError) -> Baseline {
        let yaml = try YAMLDocument(text: text, file: file)
        var name = file.split(separator: "/").last.map(String.init) ?? file
        var defaultLevel = BaselineLevel.allow
        var direct: [String: BaselineLevel] = [:]
        var viaGroups: [String: BaselineLevel] = [:]
        let ids = rules.map(\.id)
        for (key, _, value) in try yaml.mapping(yaml.root, allowed: keys) {
            switch key {
            case "version":
                let version = try yaml.int(value, "version")
                guard version <= formatVersion else {
                    throw yaml.error(value, "baseline version \(version) is newer than this policyscan reads (\(formatVersion)); upgrade policyscan")
                }
            case "name":
                name = try yaml.string(value, "name")
            case "default":
                let text = try yaml.string(value, "default")
                guard let level = BaselineLevel(rawValue: text) else {
                    throw yaml.error(value, "default must be allow, review or forbid, not '\(text)'")
                }
                defaultLevel = level
            default:
                let level = BaselineLevel(rawValue: key)!
                for (entry, node) in try yaml.strings(value, key) {
                    if entry.hasPrefix("@") {
                        guard let members = group(entry, rules: rules) else {
                            throw yaml.error(node, "unknown group '\(entry)' (groups: \(groupNames.joined(separator: ", ")))")
                        }
                        for id in members where (viaGroups[id]?.rank ?? -1) < level.rank { viaGroups[id] = level }
                    } else {
                        guard ids.contains(entry) else {
                            let hint = nearest(entry, in: ids).map { "; did you mean '\($0)'?" } ?? ""
                            throw yaml.error(node, "unknown category '\(entry)'\(hint)")
                        }
                        if let earlier = direct[entry], earlier != level {
                            throw yaml.error(node, "'\(entry)' is listed under both \(earlier.rawValue) and \(level.rawValue)")
                        }
                        direct[entry] = level
                    }
                }
            }
        }
        return Baseline(name: name, levels: viaGroups.merging(direct) { _, explicit in explicit }, defaultLevel: defaultLevel)
    }

    /// The group names a baseline may use.
    public static let groupNames: [String] =
        ["@gdpr-art9", "@ccpa-sensitive"] + "ABCDEFGHIJKL".map { "@ccpa-\($0)" } + RuleLoader.groups.map { "@\($0)" }

    /// The categories of a group, or nil for an unknown group.
    public static func group(_ name: String, rules: [CategoryRule]) -> [String]? {
        switch name {
        case "@gdpr-art9": return rules.filter(\.isGDPRSpecial).map(\.id)
        case "@ccpa-sensitive": return rules.filter(\.isCCPASensitive).map(\.id)
        default:
            if name.hasPrefix("@ccpa-"), name.count == 7, let letter = name.last, letter.isUppercase {
                return rules.filter { $0.ccpa.contains(String(letter)) }.map(\.id)
            }
            let group = String(name.dropFirst())
            return RuleLoader.groups.contains(group) ? rules.filter { $0.group == group }.map(\.id) : nil
        }
    }

    /// The id closest to `word` by edit distance, when it is close enough to be a typo.
    static func nearest(_ word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(Array(word), Array($0))) }.min { $0.1 < $1.1 }
        guard let (best, score) = scored, score <= max(2, word.count / 3) else { return nil }
        return best
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, cb) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
