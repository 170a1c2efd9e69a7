import PolicyModel

/// The diff as one self-contained HTML page: category changes with the old and new evidence side
/// by side, then changed sections with the old text next to the new one, words marked.
public enum DiffHTML {
    /// The page for `diffs`.
    public static func html(_ diffs: [PolicyDiff], categories: [CategoryInfo]) -> String {
        let info = Dictionary(categories.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let e = CompareHTML.escape
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Policy changes — policyscan</title>
            <style>
            body { margin: 0; padding: 24px; font: 14px/1.45 system-ui, "DejaVu Sans", sans-serif; color: #1c1f24; background: #fafbfc; }
            h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; } h3 { font-size: 15px; margin: 18px 0 6px; }
            .paths { color: #555; margin: 0 0 12px; }
            table { border-collapse: collapse; width: 100%; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.12); table-layout: fixed; }
            th, td { border: 1px solid #e3e6ea; padding: 6px 10px; vertical-align: top; text-align: left; }
            th { background: #2b3440; color: #fff; }
            .kind { font-weight: 600; white-space: nowrap; }
            .newly-collected .kind { color: #b71c1c; } .newly-denied .kind { color: #1b5e20; } .denial-withdrawn .kind { color: #e65100; }
            del { background: #ffebee; color: #b71c1c; } ins { background: #e8f5e9; color: #1b5e20; text-decoration: none; font-weight: 600; }
            blockquote { margin: 4px 0; padding: 2px 8px; border-left: 3px solid #ccd; }
            .none { color: #778; }
            @media print { body { background: #fff; padding: 0; } table { box-shadow: none; } del, ins, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
            </style></head><body>
            <h1>Policy changes</h1>

            """
        for diff in diffs {
            out += "<h2>\(e(diff.new.source.title ?? diff.new.source.path))</h2>\n"
            out += "<p class=\"paths\">\(e(diff.old.source.path)) → \(e(diff.new.source.path))</p>\n"
            if diff.changes.isEmpty {
                out += "<p class=\"none\">No change in data collection.</p>\n"
            } else {
                out +=
                    "<table><thead><tr><th style=\"width:14%\">Change</th><th style=\"width:18%\">Category</th><th>Old version</th><th>New version</th></tr></thead><tbody>\n"
                for change in diff.changes {
                    let name = info[change.category]?.name ?? change.category
                    let before = change.beforeEvidence.prefix(3).map { "<blockquote>\(e($0.quote))</blockquote>" }.joined()
                    let after = change.afterEvidence.prefix(3).map { "<blockquote>\(e($0.quote))</blockquote>" }.joined()
                    out += "<tr class=\"\(change.kind.rawValue)\"><td class=\"kind\">\(e(DiffReport.kindTitles[change.kind]!))</td>"
                    out += "<td>\(e(name))<br><code>\(e(change.category))</code></td>"
                    out +=
                        "<td><strong>\(change.before.rawValue)</strong>\(before)</td><td><strong>\(change.after.rawValue)</strong>\(after)</td></tr>\n"
                }
                out += "</tbody></table>\n"
            }
            if !diff.sections.isEmpty {
                out +=
                    "<h3>Changed sections</h3>\n<table><thead><tr><th style=\"width:22%\">Section</th><th>Old version</th><th>New version</th></tr></thead><tbody>\n"
                for section in diff.sections {
                    let heading = e(section.heading.isEmpty ? "(before the first heading)" : section.heading.joined(separator: " › "))
                    let old =
                        section.words.isEmpty
                        ? e(section.before ?? "")
                        : section.words.filter { $0.operation != .added }
                            .map { $0.operation == .removed ? "<del>\(e($0.text))</del>" : e($0.oldText ?? $0.text) }.joined(separator: " ")
                    let new =
                        section.words.isEmpty
                        ? e(section.after ?? "")
                        : section.words.filter { $0.operation != .removed }
                            .map { $0.operation == .added ? "<ins>\(e($0.text))</ins>" : e($0.text) }.joined(separator: " ")
                    out += "<tr><td><strong>\(section.change.rawValue)</strong><br>\(heading)</td><td>\(old)</td><td>\(new)</td></tr>\n"
                }
                out += "</tbody></table>\n"
            }
        }
        out += "</body></html>\n"
        return out
    }
}
