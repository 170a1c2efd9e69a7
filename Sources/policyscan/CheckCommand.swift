import ArgumentParser
import PolicyAnalysis
import PolicyExtraction
import PolicyModel
import PolicyReports
import PolicyRules

/// `policyscan check`: what each policy says it collects, with evidence.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Analyze policies: each data category collected or denied, with the sentence that says so.",
        discussion: """
            INPUT is a file, a directory (every .html/.htm/.xhtml/.xml/.md/.txt file below it, in sorted \
            order) or - for standard input. Inputs that cannot be read are reported on stderr as \
            PATH[:LINE[:COL]]: error: ... and the others are still analyzed; the exit code is then 2.

            Examples:
              policyscan check policies/chatnova-privacy.html
              policyscan check --format json policies/chatnova-privacy.html
              policyscan check --format jsonl policies/ > findings.jsonl
              cat policy.md | policyscan check --input-format markdown -
              policyscan check --baseline baselines/strict-procurement.yaml policies/
              policyscan check --baseline baselines/strict-procurement.yaml \\
                --format sarif policies/ > policyscan.sarif

            With --baseline, each policy gets a verdict (pass, review, fail); the exit code is 1 when \
            any policy fails (with --strict, also when one needs review).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, jsonl, sarif, markdown
    }

    @Option(
        help:
            "Output format: text (for a person), json (one object, or an array for several inputs), jsonl (one object per line), sarif (SARIF 2.1.0 for code scanning), markdown (for a ticket)."
    )
    var format: Format = .text

    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "Never colour the text output (also: the NO_COLOR environment variable).")
    var noColor = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors; the exit code tells the result.")
    var quiet = false

    @Argument(help: "Policies to analyze: files, directories, or - for standard input.")
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT (a file, a directory or -)") }
    }

    func run() throws {
        let rules = try analysis.ruleSetOrExit()
        let baseline = try analysis.loadBaseline(rules: rules.rules)
        let analyzer = Analyzer(rules: rules)
        var results: [PolicyResult] = []
        var columns: [String: Int] = [:]
        var failed = false
        let paths = InputLoader.expand(inputs)
        let digest = format == .json || format == .jsonl || format == .markdown
        for path in paths {
            guard let analyzed = AnalyzedInput.load(path, options: analysis.extraction, analyzer: analyzer, baseline: baseline, digest: digest) else {
                failed = true
                continue
            }
            if format == .sarif {
                columns.merge(EvidenceColumns.columns(for: analyzed.result, source: analyzed.input.bytes)) { a, _ in a }
            }
            results.append(analyzed.result)
        }
        if !quiet {
            let report: String
            switch format {
            case .text:
                let color = Output.useColor(noColorFlag: noColor, toFile: output != nil)
                report = TextReport.check(results, categories: rules.rules.map(CategoryInfo.init), color: color)
            case .json:
                report = JSONReport.json(results, version: Policyscan.version, asArray: paths.count > 1)
            case .jsonl:
                report = JSONReport.jsonLines(results, version: Policyscan.version)
            case .sarif:
                report = SARIFReport.sarif(
                    results, categories: rules.rules.map(CategoryInfo.init), version: Policyscan.version, columns: columns)
            case .markdown:
                report = MarkdownReport.check(results, categories: rules.rules.map(CategoryInfo.init))
            }
            try Output.write(report, to: output)
        }
        if failed { throw ExitCode(2) }
        if analysis.violated(results) { throw ExitCode(1) }
    }
}
