import PolicyModel

/// Judges a policy against a baseline: every category it collects (first or third party, hedged or
/// not, or conflicting) at level forbid or review is a violation.
public enum BaselineCheck {
    /// The verdict and violations of `result` under `baseline`.
    public static func judge(_ result: PolicyResult, against baseline: Baseline) -> BaselineResult {
        var violations: [Violation] = []
        for (category, state) in result.summary where state == .collected || state == .conflicting {
            let level = baseline.level(of: category)
            // The best evidence states the collection itself ("we collect ..."), not a list label.
            let candidates = result.findings.filter { $0.category == category && !$0.negated }
            guard level != .allow,
                let finding = candidates.first(where: { $0.basis != "section" && $0.basis != "list" }) ?? candidates.first
            else { continue }
            violations.append(Violation(category: category, level: level, evidence: finding.evidence))
        }
        violations.sort { ($1.level.rank, $0.category) < ($0.level.rank, $1.category) }
        let verdict: Verdict =
            violations.contains { $0.level == .forbid } ? .fail : violations.isEmpty ? .pass : .review
        return BaselineResult(name: baseline.name, verdict: verdict, violations: violations)
    }
}
