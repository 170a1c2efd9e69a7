import PolicyModel

/// Reports of `diff`: what changed between two versions of a policy.
public enum DiffReport {
    static let kindTitles: [ChangeKind: String] = [
        .newlyCollected: "Newly collected", .denialWithdrawn: "Denial withdrawn", .newlyDenied: "Newly denied",
        .noLongerMentioned: "No longer mentioned", .reworded: "Same state, evidence reworded",
    ]

    // MARK: JSON

    /// One diff as the contract's object.
    public static func object(_ diff: PolicyDiff) -> JSONValue {
        .object([
            ("schemaVersion", .int(1)),
            ("old", JSONReport.source(diff.old.source)),
            ("new", JSONReport.source(diff.new.source)),
            (
                "changes",
                .array(
                    diff.changes.map { change in
                        .object([
                            ("category", .string(change.category)),
                            ("kind", .string(change.kind.rawValue)),
                            ("before", .string(change.before.rawValue)),
                            ("after", .string(change.after.rawValue)),
                            (
                                "evidence",
                                .object([
                                    ("before", .array(change.beforeEvidence.map { .string($0.text) })),
                                    ("after", .array(change.afterEvidence.map { .string($0.text) })),
                                ])
                            ),
                        ])
                    })
            ),
            (
                "sections",
                .array(
                    diff.sections.map { section in
                        var members: [(String, JSONValue)] = [
                            ("change", .string(section.change.rawValue)),
                            ("heading", .array(section.heading.map(JSONValue.string))),
                        ]
                        if let old = section.oldHeading { members.append(("oldHeading", .array(old.map(JSONValue.string)))) }
                        members.append(("before", section.before.map(JSONValue.string) ?? .null))
                        members.append(("after", section.after.map(JSONValue.string) ?? .null))
                        return .object(members)
                    })
            ),
        ])
    }

    /// `--format json`: one object, or an array for several diffs (directories, --history).
    public static func json(_ diffs: [PolicyDiff], asArray: Bool) -> String {
        if !asArray, diffs.count == 1 { return object(diffs[0]).serialized() + "\n" }
        return JSONValue.array(diffs.map(object)).serialized() + "\n"
    }

    // MARK: Text

    /// For a person: category changes with evidence, then changed sections with a word diff.
    public static func text(_ diffs: [PolicyDiff], categories: [CategoryInfo], color: Bool) -> String {
        let style = TextReport.Style(color: color)
        let info = Dictionary(categories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = ""
        for (n, diff) in diffs.enumerated() {
            if n > 0 { out += "\n" }
            out += style.bold("\(diff.old.source.path) → \(diff.new.source.path)") + "\n"
            if diff.changes.isEmpty { out += "  No change in data collection.\n" }
            for kind in ChangeKind.allCases {
                let changes = diff.changes.filter { $0.kind == kind }
                guard !changes.isEmpty else { continue }
                out += "\n  " + style.bold(kindTitles[kind]!) + "\n"
                for change in changes {
                    let name = info[change.category]?.name ?? change.category
                    let mapping = info[change.category]?.mappingSummary ?? ""
                    out +=
                        "    \(name) (\(change.category)): \(change.before.rawValue) → \(change.after.rawValue)"
                        + (mapping.isEmpty ? "" : style.dim("  [\(mapping)]")) + "\n"
                    for evidence in change.beforeEvidence.prefix(2) {
                        out += style.red("      - “\(evidence.quote)”") + style.dim(" (old line \(evidence.line))") + "\n"
                    }
                    for evidence in change.afterEvidence.prefix(2) {
                        out += style.green("      + “\(evidence.quote)”") + style.dim(" (new line \(evidence.line))") + "\n"
                    }
                }
            }
            if !diff.sections.isEmpty {
                out += "\n  " + style.bold("Sections") + "\n"
                for section in diff.sections {
                    let heading = section.heading.isEmpty ? "(before the first heading)" : section.heading.joined(separator: " › ")
                    switch section.change {
                    case .added: out += style.green("    + added: \(heading)") + "\n"
                    case .removed: out += style.red("    - removed: \(heading)") + "\n"
                    case .modified:
                        let renamed = section.oldHeading.map { " (was: \($0.last ?? ""))" } ?? ""
                        out += "    ~ modified: \(heading)\(renamed)\n"
                        let words = section.words.map { edit -> String in
                            switch edit.operation {
                            case .same: return edit.text
                            case .removed: return color ? style.red(edit.text) : "[-\(edit.text)-]"
                            case .added: return color ? style.green(edit.text) : "{+\(edit.text)+}"
                            }
                        }.joined(separator: " ")
                        if !words.isEmpty { out += "      " + words + "\n" }
                    }
                }
            }
        }
        return out
    }

    // MARK: Markdown

    /// For a ticket: a table of category changes with evidence, then the changed sections.
    public static func markdown(_ diffs: [PolicyDiff], categories: [CategoryInfo]) -> String {
        let info = Dictionary(categories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = ""
        for (n, diff) in diffs.enumerated() {
            if n > 0 { out += "\n" }
            out += "## Policy change: \(MarkdownReport.escape(diff.new.source.title ?? diff.new.source.path))\n\n"
            out += "- Old: `\(diff.old.source.path)`\n- New: `\(diff.new.source.path)`\n\n"
            if diff.changes.isEmpty {
                out += "No change in data collection.\n"
            } else {
                out += "| Change | Category | Before | After | Evidence |\n|---|---|---|---|---|\n"
                for change in diff.changes {
                    let name = info[change.category]?.name ?? change.category
                    let evidence = (change.afterEvidence.first ?? change.beforeEvidence.first).map { "“\(MarkdownReport.escape($0.quote))”" } ?? ""
                    out +=
                        "| \(kindTitles[change.kind]!) | \(MarkdownReport.escape(name)) (`\(change.category)`) | \(change.before.rawValue) | \(change.after.rawValue) | \(evidence) |\n"
                }
            }
            if !diff.sections.isEmpty {
                out += "\n### Changed sections\n\n"
                for section in diff.sections {
                    let heading = MarkdownReport.escape(
                        section.heading.isEmpty ? "(before the first heading)" : section.heading.joined(separator: " › "))
                    switch section.change {
                    case .added: out += "- **Added:** \(heading)\n"
                    case .removed: out += "- **Removed:** \(heading)\n"
                    case .modified:
                        out +=
                            "- **Modified:** \(heading)" + (section.oldHeading.map { " (was: \(MarkdownReport.escape($0.last ?? "")))" } ?? "") + "\n"
                        let words = section.words.map { edit -> String in
                            let text = MarkdownReport.escape(edit.text)
                            switch edit.operation {
                            case .same: return text
                            case .removed: return "~~\(text)~~"
                            case .added: return "**\(text)**"
                            }
                        }.joined(separator: " ")
                        if !words.isEmpty { out += "  - \(words)\n" }
                    }
                }
            }
        }
        return out
    }

    // MARK: SARIF

    /// A result per newly collected category, at the new version's evidence line.
    public static func sarif(_ diffs: [PolicyDiff], categories: [CategoryInfo], version: String) -> String {
        // Reuse the check SARIF writer: each diff becomes a pseudo-result whose baseline lists
        // the newly collected categories as warnings.
        let results = diffs.map { diff -> PolicyResult in
            var result = diff.new
            let violations = diff.changes.filter { $0.kind == .newlyCollected }.compactMap { change in
                change.afterEvidence.first.map { Violation(category: change.category, level: .review, evidence: $0) }
            }
            result.baseline = BaselineResult(
                name: "newly collected since \(diff.old.source.path)", verdict: violations.isEmpty ? .pass : .review, violations: violations)
            return result
        }
        return SARIFReport.sarif(results, categories: categories, version: version)
    }
}
