import PolicyModel
import PolicyRules

/// Runs the examples every rule file carries: each "collects" sentence must yield a first-party,
/// non-negated finding of the rule's category, and no "not" sentence may.
public enum RuleExamples {
    /// One example that did not behave as its rule file says.
    public struct Failure: Sendable, CustomStringConvertible {
        /// The rule file.
        public var file: String
        /// The example's line in it.
        public var line: Int
        /// The rule id.
        public var rule: String
        /// The sentence.
        public var text: String
        /// True for a "collects" example that did not collect; false for a "not" example that did.
        public var expectedCollect: Bool

        /// `FILE:LINE: error: ...`, the form editors jump to.
        public var description: String {
            let verdict = expectedCollect ? "should collect \(rule) but does not" : "should not collect \(rule) but does"
            return "\(file):\(line): error: example \(verdict): \(text)"
        }
    }

    /// True when `text`, analyzed as a one-sentence policy, collects `category` (first party, not negated).
    public static func collects(_ text: String, category: String, analyzer: Analyzer) -> Bool {
        let document = Document(
            title: nil, format: .text,
            blocks: [Block(kind: .paragraph, text: text, line: 1, sentences: [Sentence(text: text, line: 1)])])
        return analyzer.findings(in: document).contains {
            $0.category == category && !$0.negated && $0.actor == .firstParty
        }
    }

    /// Every failing example of `rules`, analyzed with all of `analyzer`'s rules.
    public static func failures(of rules: [CategoryRule], analyzer: Analyzer) -> [Failure] {
        var result: [Failure] = []
        for rule in rules {
            for example in rule.collects where !collects(example.text, category: rule.id, analyzer: analyzer) {
                result.append(Failure(file: rule.file, line: example.line, rule: rule.id, text: example.text, expectedCollect: true))
            }
            for example in rule.notCollects where collects(example.text, category: rule.id, analyzer: analyzer) {
                result.append(Failure(file: rule.file, line: example.line, rule: rule.id, text: example.text, expectedCollect: false))
            }
        }
        return result
    }
}
