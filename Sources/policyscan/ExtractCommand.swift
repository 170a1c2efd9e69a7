import ArgumentParser
import PolicyExtraction
import PolicyModel
import PolicyReports

/// `policyscan extract`: the text the analyzer reads, for debugging and pipelines.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the policy text the analyzer reads: one block per line (or JSON with structure).",
        discussion: """
            Examples:
              policyscan extract policies/chatnova-privacy.html
              policyscan extract --format json policies/brightpath-2024-03.md
              curl -s https://example.com/privacy | policyscan extract -
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format: text (one block per line) or json (blocks with kind, section, line, sentences).")
    var format: Format = .text

    @OptionGroup var inputOptions: InputOptions

    @Option(help: "Write the output to this file (atomically) instead of standard output.")
    var output: String?

    @Argument(help: "The policy to read: a file, or - for standard input.")
    var input: String

    func run() throws {
        let document: Document
        let loaded: LoadedInput
        do {
            (loaded, document) = try InputLoader.document(input, options: inputOptions.extraction)
        } catch {
            Output.error(error.formatted)
            throw ExitCode(2)
        }
        switch format {
        case .text:
            try Output.write(ExtractReport.text(document), to: output)
        case .json:
            let source = SourceInfo(path: input, format: document.format, sha256: loaded.sha256, title: document.title)
            try Output.write(ExtractReport.json(document, source: source), to: output)
        }
    }
}
