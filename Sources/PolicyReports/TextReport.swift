import PolicyModel

/// The human-readable report of `check`: per policy, the categories it collects, denies or
/// contradicts itself on, grouped, each with its quoted evidence, section and line.
public enum TextReport {
    /// Report group order and titles.
    public static let groups: [(id: String, title: String)] = [
        ("identifiers", "Identifiers & device"), ("activity", "Activity"), ("location", "Location"),
        ("contact", "Contact & identity"), ("content", "Content & communications"), ("financial", "Financial"),
        ("sensitive", "Sensitive"),
    ]

    /// ANSI styling, or none.
    struct Style {
        var color: Bool
        func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
        func red(_ s: String) -> String { color ? "\u{1B}[31m\(s)\u{1B}[0m" : s }
        func green(_ s: String) -> String { color ? "\u{1B}[32m\(s)\u{1B}[0m" : s }
        func yellow(_ s: String) -> String { color ? "\u{1B}[33m\(s)\u{1B}[0m" : s }
        func dim(_ s: String) -> String { color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    }

    /// The report for `results`; `categories` supplies names, groups and mappings.
    public static func check(_ results: [PolicyResult], categories: [CategoryInfo], color: Bool) -> String {
        let style = Style(color: color)
        let info = Dictionary(categories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = ""
        for (n, result) in results.enumerated() {
            if n > 0 { out += "\n" }
            out += policy(result, info: info, style: style)
        }
        return out
    }

    static func policy(_ result: PolicyResult, info: [String: CategoryInfo], style: Style) -> String {
        var out = style.bold(result.source.path)
        if let title = result.source.title { out += " — \(title)" }
        out += " (\(result.source.format.rawValue))\n"
        let summary = result.summary
        let states = Dictionary(summary.map { ($0.category, $0.state) }, uniquingKeysWith: { a, _ in a })
        let counts = Dictionary(grouping: summary, by: \.state).mapValues(\.count)
        if let baseline = result.baseline {
            let label: String
            switch baseline.verdict {
            case .pass: label = style.green("PASS")
            case .review: label = style.yellow("REVIEW")
            case .fail: label = style.red("FAIL")
            }
            out += "  Baseline \(baseline.name): \(label)\n"
            for violation in baseline.violations {
                let name = info[violation.category]?.name ?? violation.category
                let level = violation.level == .forbid ? style.red("forbidden") : style.yellow("to review")
                out += "    \(level): \(name) (\(violation.category)), line \(violation.evidence.line): “\(violation.evidence.quote)”\n"
            }
        }
        out += "  \(counts[.collected] ?? 0) collected, \(counts[.conflicting] ?? 0) conflicting, \(counts[.notCollected] ?? 0) denied\n"
        if summary.isEmpty {
            out += "  No data category found.\n"
            return out
        }
        for (group, title) in groups {
            let ids = summary.map(\.category).filter { (info[$0]?.group ?? "activity") == group }.sorted()
            guard !ids.isEmpty else { continue }
            out += "\n  " + style.bold(title) + "\n"
            for id in ids {
                let state = states[id]!
                let label: String
                switch state {
                case .collected: label = style.red("collected")
                case .notCollected: label = style.green("not collected")
                case .conflicting: label = style.yellow("conflicting")
                case .absent: label = "absent"
                }
                let name = info[id]?.name ?? id
                let mapping = info[id]?.mappingSummary ?? ""
                out += "    \(name) (\(id)): \(label)" + (mapping.isEmpty ? "" : style.dim("  [\(mapping)]")) + "\n"
                for finding in result.findings where finding.category == id {
                    var tags: [String] = []
                    if finding.negated { tags.append("denied") }
                    if finding.hedged { tags.append("hedged") }
                    if finding.actor == .thirdParty { tags.append("third party") }
                    let place =
                        (finding.evidence.section.isEmpty ? "" : finding.evidence.section.joined(separator: " › ") + ", ")
                        + "line \(finding.evidence.line)"
                    out += "      “\(finding.evidence.quote)”\n"
                    out += "        " + style.dim(place + (tags.isEmpty ? "" : " — " + tags.joined(separator: ", "))) + "\n"
                }
            }
        }
        return out
    }
}
