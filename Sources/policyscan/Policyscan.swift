import ArgumentParser

/// The policyscan command line: reads vendor privacy policies and reports, with evidence, what
/// personal data they say they collect.
@main
struct Policyscan: ParsableCommand {
    /// The version printed by `--version` and stated in every JSON output.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "policyscan",
        abstract: "Read vendor privacy policies and report, with evidence, what personal data they collect.",
        discussion: """
            Examples:
              policyscan check policies/chatnova-privacy.html
              policyscan check --format json policies/
              policyscan extract policies/chatnova-privacy.html

            Exit codes: 0 ran and nothing violates the baseline; 1 the baseline is violated; \
            2 some input or configuration could not be read (PATH[:LINE[:COL]]: error: ... on stderr); \
            64 usage error.
            """,
        version: version,
        subcommands: [CheckCommand.self, CompareCommand.self, DiffCommand.self, ExtractCommand.self, RulesCommand.self]
    )
}
