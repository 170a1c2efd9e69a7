import PolicyModel

/// Text for `policyscan rules list` and `rules show`.
public enum RulesReport {
    /// One line per category: id, name, mappings.
    public static func list(_ categories: [CategoryInfo]) -> String {
        let width = categories.map(\.id.count).max() ?? 0
        return categories.map { info in
            let mapping = info.mappingSummary
            return info.id + String(repeating: " ", count: width + 2 - info.id.count) + info.name
                + (mapping.isEmpty ? "" : "  [\(mapping)]") + (info.opp115.map { "  OPP-115: \($0)" } ?? "")
        }.joined(separator: "\n") + "\n"
    }

    /// Everything one rule says. `otherPlatforms`: the rule's `other-platforms` key.
    public static func show(
        _ info: CategoryInfo, file: String, patterns: [String], exclusions: [String], collects: [String],
        notCollects: [String], otherPlatforms: Bool = false
    ) -> String {
        var out = "\(info.id): \(info.name)\n\(info.description)\n"
        out += "group: \(info.group)\n"
        if !info.mappingSummary.isEmpty { out += "mappings: \(info.mappingSummary)\n" }
        if let opp = info.opp115 { out += "OPP-115: \(opp)\n" }
        if otherPlatforms { out += "other platforms only: in a policy of one of the named companies, its own name is not this category\n" }
        out += "file: \(file)\n\npatterns:\n" + patterns.map { "  \($0)\n" }.joined()
        if !exclusions.isEmpty { out += "\nexclusions:\n" + exclusions.map { "  \($0)\n" }.joined() }
        out += "\nexamples that collect:\n" + collects.map { "  \($0)\n" }.joined()
        out += "\nexamples that do not:\n" + notCollects.map { "  \($0)\n" }.joined()
        return out
    }
}
