import PolicyModel

/// The vendor comparison matrix of `compare`: categories as rows (grouped), vendors as columns,
/// each cell the category's state in that policy, marked by the baseline's level.
public enum CompareReport {
    /// One vendor column.
    struct Column {
        var name: String
        var result: PolicyResult
        var states: [String: CategoryState]
    }

    /// The vendor's display name: the policy's title, else the file name.
    public static func vendorName(_ source: SourceInfo) -> String {
        if let title = source.title, !title.isEmpty { return title }
        return source.path.split(separator: "/").last.map(String.init) ?? source.path
    }

    static func columns(_ results: [PolicyResult]) -> [Column] {
        let names = results.map { vendorName($0.source) }
        return results.enumerated().map { n, result in
            // Versions of one vendor share a title: their file names tell them apart.
            let name =
                names.filter { $0 == names[n] }.count > 1
                ? (result.source.path.split(separator: "/").last.map(String.init) ?? result.source.path) : names[n]
            return Column(
                name: name, result: result,
                states: Dictionary(result.summary.map { ($0.category, $0.state) }, uniquingKeysWith: { a, _ in a }))
        }
    }

    /// Categories any vendor mentions, grouped in report order, ids sorted within a group.
    static func rows(_ columns: [Column], categories: [CategoryInfo]) -> [(group: String, title: String, ids: [String])] {
        let mentioned = Set(columns.flatMap { $0.states.keys })
        let info = Dictionary(categories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return TextReport.groups.compactMap { group in
            let ids = mentioned.filter { (info[$0]?.group ?? "activity") == group.id }.sorted()
            return ids.isEmpty ? nil : (group.id, group.title, ids)
        }
    }

    static func level(_ baseline: Baseline?, _ id: String, _ state: CategoryState) -> BaselineLevel? {
        guard let baseline, state == .collected || state == .conflicting else { return nil }
        let level = baseline.level(of: id)
        return level == .allow ? nil : level
    }

    static func stateName(_ state: CategoryState?) -> String {
        switch state {
        case .collected: "collected"
        case .notCollected: "not collected"
        case .conflicting: "conflicting"
        case .absent, nil: "silent"
        }
    }

    // MARK: JSON

    /// `{"schemaVersion", "baseline", "vendors": [...]}` (CONTRACT.md).
    public static func json(_ results: [PolicyResult], baseline: Baseline?) -> String {
        let vendors = results.map { result -> JSONValue in
            .object([
                ("source", JSONReport.source(result.source)),
                ("verdict", result.baseline.map { .string($0.verdict.rawValue) } ?? .null),
                ("summary", .object(result.summary.map { ($0.category, .string($0.state.rawValue)) })),
                ("violations", .array((result.baseline?.violations ?? []).map(JSONReport.violation))),
            ])
        }
        return JSONValue.object([
            ("schemaVersion", .int(1)),
            ("baseline", baseline.map { .object([("name", .string($0.name))]) } ?? .null),
            ("vendors", .array(vendors)),
        ]).serialized() + "\n"
    }

    // MARK: Text

    /// A matrix that fits 100 columns: long names shortened with an ellipsis.
    public static func text(_ results: [PolicyResult], categories: [CategoryInfo], baseline: Baseline?, width: Int = 100) -> String {
        let columns = columns(results)
        let info = Dictionary(categories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let labelWidth = 34
        let cellWidth = max(6, min(18, (width - labelWidth) / max(1, columns.count) - 1))
        func cell(_ text: String, _ w: Int) -> String {
            let t = shorten(text, w)
            return t + String(repeating: " ", count: max(0, w - t.count))
        }
        var out = ""
        if let baseline { out += "Baseline: \(baseline.name)   (! forbidden, ? to review)\n" }
        // File names keep their ends ("brightp…2025-01.md"): versions of one policy differ there.
        out +=
            cell("", labelWidth)
            + columns.map { " " + cell($0.name.contains(".") ? shortenMiddle($0.name, cellWidth) : $0.name, cellWidth) }.joined() + "\n"
        for row in rows(columns, categories: categories) {
            out += row.title.uppercased() + "\n"
            for id in row.ids {
                out += cell("  " + (info[id]?.name ?? id), labelWidth)
                for column in columns {
                    let state = column.states[id]
                    var text = stateName(state)
                    if cellWidth < 13 { text = ["collected": "yes", "not collected": "no", "conflicting": "conflict", "silent": "-"][text] ?? text }
                    if let state, let level = level(baseline, id, state) { text = (level == .forbid ? "! " : "? ") + text }
                    out += " " + cell(text, cellWidth)
                }
                out += "\n"
            }
        }
        if baseline != nil {
            out +=
                cell("VERDICT", labelWidth)
                + columns.map { " " + cell(($0.result.baseline?.verdict.rawValue ?? "-").uppercased(), cellWidth) }.joined() + "\n"
        }
        return out
    }

    static func shortenMiddle(_ text: String, _ width: Int) -> String {
        guard text.count > width, width > 3 else { return text }
        let tail = (width - 1) / 2
        return String(text.prefix(width - 1 - tail)) + "…" + String(text.suffix(tail))
    }

    static func shorten(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(1, width - 1))) + "…"
    }

    // MARK: Markdown

    /// A Markdown table; ⛔ marks a forbidden category collected, ⚠ one to review.
    public static func markdown(_ results: [PolicyResult], categories: [CategoryInfo], baseline: Baseline?) -> String {
        let columns = columns(results)
        let info = Dictionary(categories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = "# Vendor comparison\n\n"
        if let baseline { out += "Baseline: \(MarkdownReport.escape(baseline.name)) (⛔ forbidden, ⚠ to review)\n\n" }
        out += "| Category | " + columns.map { MarkdownReport.escape($0.name) }.joined(separator: " | ") + " |\n"
        out += "|---|" + String(repeating: "---|", count: columns.count) + "\n"
        for row in rows(columns, categories: categories) {
            out += "| **\(row.title)** |" + String(repeating: " |", count: columns.count) + "\n"
            for id in row.ids {
                out += "| \(MarkdownReport.escape(info[id]?.name ?? id)) (`\(id)`) |"
                for column in columns {
                    let state = column.states[id]
                    var text = stateName(state)
                    if let state, let level = level(baseline, id, state) { text = (level == .forbid ? "⛔ " : "⚠ ") + text }
                    out += " \(text) |"
                }
                out += "\n"
            }
        }
        if baseline != nil {
            out += "| **Verdict** |" + columns.map { " **\(($0.result.baseline?.verdict.rawValue ?? "-").uppercased())** |" }.joined() + "\n"
        }
        return out
    }

    // MARK: CSV

    /// RFC 4180 CSV: one row per category, one column per vendor, a verdict row with a baseline.
    public static func csv(_ results: [PolicyResult], categories: [CategoryInfo], baseline: Baseline?) -> String {
        let columns = columns(results)
        let info = Dictionary(categories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + s.replacingAll("\"", "\"\"") + "\"" : s
        }
        var lines = [(["category", "name", "group"] + columns.map(\.name)).map(field).joined(separator: ",")]
        for row in rows(columns, categories: categories) {
            for id in row.ids {
                var fields = [id, info[id]?.name ?? id, row.group]
                for column in columns {
                    let state = column.states[id]
                    var text = stateName(state)
                    if let state, let level = level(baseline, id, state) { text += " (\(level.rawValue))" }
                    fields.append(text)
                }
                lines.append(fields.map(field).joined(separator: ","))
            }
        }
        if baseline != nil {
            lines.append((["verdict", "", ""] + columns.map { $0.result.baseline?.verdict.rawValue ?? "" }).map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}

extension String {
    func replacingAll(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
