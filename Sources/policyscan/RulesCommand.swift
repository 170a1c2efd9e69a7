import ArgumentParser
import PolicyAnalysis
import PolicyModel
import PolicyReports
import PolicyRules

/// `policyscan rules`: the categories and rules, and their self-tests.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, show and test the data-category rules.",
        subcommands: [List.self, Show.self, Test.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List every category: id, name and statutory mappings.",
            discussion: "Example:\n  policyscan rules list")
        @OptionGroup var ruleOptions: RuleOptions

        func run() throws {
            let rules = try ruleOptions.ruleSetOrExit()
            try Output.write(RulesReport.list(rules.rules.map(CategoryInfo.init)), to: nil)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one rule: description, mappings, patterns, exclusions and examples.",
            discussion: "Example:\n  policyscan rules show keystroke-patterns")
        @OptionGroup var ruleOptions: RuleOptions
        @Argument(help: "The category id, e.g. ip-address.") var id: String

        func run() throws {
            let rules = try ruleOptions.ruleSetOrExit()
            guard let rule = rules.rule(id) else {
                Output.error("error: no rule '\(id)'; `policyscan rules list` shows the ids")
                throw ExitCode(2)
            }
            try Output.write(
                RulesReport.show(
                    CategoryInfo(rule), file: rule.file, patterns: rule.patterns,
                    exclusions: rule.exclusions, collects: rule.collects.map(\.text), notCollects: rule.notCollects.map(\.text),
                    otherPlatforms: rule.otherPlatforms),
                to: nil)
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run every rule's examples; exit 1 naming the file and line of each failure.",
            discussion: """
                Without DIR the built-in rules are tested; with DIR, the rule files in it (with the \
                built-in rules for every other category).

                Examples:
                  policyscan rules test
                  policyscan rules test my-rules/
                """)
        @Argument(help: "A directory of rule files to test instead of the built-in ones.") var directory: String?

        func run() throws {
            let tested: [CategoryRule]
            let all: RuleSet
            do {
                try RuleSet.checkBuiltinPhrases()
                let builtin = try RuleSet.builtinRules()
                if let directory {
                    tested = try RuleOptions.loadDirectory(directory)
                    all = RuleSet.merging(builtin: builtin, overrides: tested)
                } else {
                    tested = builtin
                    all = RuleSet(rules: builtin)
                }
            } catch {
                Output.error(error.description)
                throw ExitCode(2)
            }
            let failures = RuleExamples.failures(of: tested, analyzer: Analyzer(rules: all))
            for failure in failures { Output.error(failure.description) }
            let total = tested.reduce(0) { $0 + $1.collects.count + $1.notCollects.count }
            try Output.write("\(total - failures.count) passed, \(failures.count) failed\n", to: nil)
            if !failures.isEmpty { throw ExitCode(1) }
        }
    }
}
