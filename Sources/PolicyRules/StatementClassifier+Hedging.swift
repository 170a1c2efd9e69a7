// Hedging: whether a modal or a hedge phrase qualifies the verb that governs the mention.
extension StatementClassifier {
    /// "may", "might", "from time to time" in the clause qualify its statement. `verbs` are the
    /// verbs that take the mention.
    static func isHedged(_ tokens: [Token], clause: Range<Int>, mention range: Range<Int>, verbs: [Int]) -> Bool {
        for i in clause where tokens[i].isWord {
            if tokens[i].classes.contains(.hedge) {
                // "We use cookies to show ads to people who may be interested", "cookies that may
                // identify your browser": a relative clause after the mention qualifies its own
                // noun, not the statement. ("Information that may include your name" still hedges.)
                if i >= range.upperBound, i > clause.lowerBound, Self.relativePronouns.contains(tokens[i - 1].text) { continue }
                // "We collect your IP address so that we may show local news", "..., and we may
                // reply to it": after the mention, a modal qualifies the statement only as the
                // modal of a verb that takes the mention ("your name may be collected", "which we
                // may keep").
                if i >= range.upperBound, Self.modals.contains(tokens[i].text), !verbs.contains(where: { $0 > i && $0 - i <= 4 }) { continue }
                if i < range.lowerBound, Self.modals.contains(tokens[i].text) {
                    // "To show offers that may interest you, we collect ...", "partners who may
                    // work with us collect ...": before the mention, a modal of a relative clause
                    // qualifies that clause's noun unless the clause's own verb takes the data
                    // ("information that may include your name", "data that may be collected").
                    if i > clause.lowerBound, Self.relativePronouns.contains(tokens[i - 1].text),
                        !(i + 1..<min(range.lowerBound, i + 3)).contains(where: { verbs.contains($0) || tokens[$0].classes.contains(.include) })
                    {
                        continue
                    }
                    // "We may ask you to confirm it, and we collect your name": a modal before a
                    // subject of ours that opens the verb taking the data qualifies another predicate.
                    if let next = verbs.last(where: { $0 > i && $0 < range.lowerBound }),
                        (i + 1..<next).contains(where: { k in
                            (tokens[k].text == "," || tokens[k].text == "and") && k + 1 < next && tokens[k + 1].classes.contains(.firstParty)
                        })
                    {
                        continue
                    }
                }
                return true
            }
            guard tokens[i].classes.contains(.hedgeStart) else { continue }
            if hedgePhrases.contains(where: { i + $0.count <= clause.upperBound && startsPhrase(tokens, $0, at: i) }) { return true }
        }
        // "Where applicable, we collect your date of birth": a hedge phrase set before the clause
        // with its own comma is a clause of its own, and qualifies the one it opens.
        if clause.lowerBound >= 1, tokens[clause.lowerBound - 1].text == "," {
            for phrase in hedgePhrases where clause.lowerBound - 1 - phrase.count >= 0 {
                let start = clause.lowerBound - 1 - phrase.count
                if startsPhrase(tokens, phrase, at: start), start == 0 || !tokens[start - 1].isWord { return true }
            }
        }
        return false
    }

    /// Whether the words of `phrase` stand at `start`.
    static func startsPhrase(_ tokens: [Token], _ phrase: [String], at start: Int) -> Bool {
        phrase.indices.allSatisfy { tokens[start + $0].text == phrase[$0] }
    }
}
