import PolicyModel

/// Finds the column where each piece of evidence starts on its source line, for reports that
/// point into the input (SARIF regions). Markup on the line is skipped by searching for the
/// evidence's first words.
public enum EvidenceColumns {
    /// "path:line" -> 1-based column, for every finding of `result` whose first words are found on its line.
    public static func columns(for result: PolicyResult, source bytes: [UInt8]) -> [String: Int] {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String: Int] = [:]
        for finding in result.findings {
            let line = finding.evidence.line
            guard line >= 1, line <= lines.count else { continue }
            let key = "\(result.source.path):\(line)"
            guard out[key] == nil else { continue }
            let words = finding.evidence.text.split(separator: " ").prefix(3)
            let text = lines[line - 1]
            var column: Int?
            for count in stride(from: words.count, through: 1, by: -1) {
                let probe = words.prefix(count).joined(separator: " ")
                if let range = text.range(of: probe) {
                    column = text.distance(from: text.startIndex, to: range.lowerBound) + 1
                    break
                }
            }
            out[key] = column ?? 1
        }
        return out
    }
}
