/// What a policy says about one data category, taken over all its findings.
public enum CategoryState: String, Sendable, Hashable, Codable, CaseIterable {
    /// At least one finding says the data is collected.
    case collected
    /// Every finding denies collecting it.
    case notCollected = "not-collected"
    /// The same actor is said both to collect it and not to.
    case conflicting
    /// The policy does not mention it (used by diffs; summaries leave such categories out).
    case absent

    /// The state the findings of one category add up to (CONTRACT.md: `summary`).
    public static func of<S: Sequence>(_ findings: S) -> CategoryState where S.Element == Finding {
        // (Arrays of the few actors, not sets: a Set<Actor> costs every process a search of the
        // runtime's conformance tables for Actor's Hashable.)
        var collectedBy: [Actor] = []
        var deniedBy: [Actor] = []
        for finding in findings {
            if finding.negated {
                if !deniedBy.contains(finding.actor) { deniedBy.append(finding.actor) }
            } else if !collectedBy.contains(finding.actor) {
                collectedBy.append(finding.actor)
            }
        }
        if collectedBy.isEmpty { return deniedBy.isEmpty ? .absent : .notCollected }
        return collectedBy.contains(where: deniedBy.contains) ? .conflicting : .collected
    }
}
