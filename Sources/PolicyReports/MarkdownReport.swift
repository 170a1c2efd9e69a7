import PolicyModel

/// The check report for pasting into a procurement ticket: vendor, verdict, and a table of
/// categories with state, statutory mapping and the evidence quote with its section.
public enum MarkdownReport {
    /// The report for `results`.
    public static func check(_ results: [PolicyResult], categories: [CategoryInfo]) -> String {
        let info = Dictionary(categories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = ""
        for (n, result) in results.enumerated() {
            if n > 0 { out += "\n" }
            let title = result.source.title ?? result.source.path
            out += "## \(escape(title))\n\n"
            let digest = result.source.sha256.map { ", sha256 `\($0.prefix(12))…`" } ?? ""
            out += "- Source: `\(result.source.path)` (\(result.source.format.rawValue)\(digest))\n"
            if let baseline = result.baseline {
                out += "- Baseline: \(escape(baseline.name)): **\(baseline.verdict.rawValue.uppercased())**"
                let forbidden = baseline.violations.filter { $0.level == .forbid }.map(\.category)
                let review = baseline.violations.filter { $0.level == .review }.map(\.category)
                if !forbidden.isEmpty { out += "; forbidden: " + forbidden.map { "`\($0)`" }.joined(separator: ", ") }
                if !review.isEmpty { out += "; to review: " + review.map { "`\($0)`" }.joined(separator: ", ") }
                out += "\n"
            }
            out += "\n"
            let summary = result.summary
            if summary.isEmpty {
                out += "No data category found.\n"
                continue
            }
            let levels = Dictionary((result.baseline?.violations ?? []).map { ($0.category, $0.level) }, uniquingKeysWith: { a, _ in a })
            out += "| Category | State | Mapping | Evidence | Section |\n|---|---|---|---|---|\n"
            for (group, _) in TextReport.groups {
                for item in summary.sorted(by: { $0.category < $1.category }) where (info[item.category]?.group ?? "activity") == group {
                    let finding = result.findings.first { $0.category == item.category && $0.negated == (item.state == .notCollected) }
                    var state = item.state.rawValue
                    if let level = levels[item.category] { state += level == .forbid ? " ⛔ forbidden" : " ⚠ review" }
                    let name = info[item.category]?.name ?? item.category
                    let evidence = finding.map { "“\(escape($0.evidence.quote))” (line \($0.evidence.line))" } ?? ""
                    let section = finding.map { escape($0.evidence.section.joined(separator: " › ")) } ?? ""
                    out +=
                        "| \(escape(name)) (`\(item.category)`) | \(state) | \(info[item.category]?.mappingSummary ?? "") | \(evidence) | \(section) |\n"
                }
            }
        }
        return out
    }

    /// Escapes what would break a table cell or inline markup.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "|": out += "\\|"
            case "*", "_", "`", "[", "]", "<", ">": out += "\\" + String(c)
            case "\n": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
