import ArgumentParser
import PolicyAnalysis
import PolicyExtraction
import PolicyModel
import PolicyReports
import PolicyRules

/// `policyscan compare`: vendors side by side, judged against a baseline.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare vendors side by side: categories as rows, vendors as columns, coloured by a baseline.",
        discussion: """
            Each cell is the category's state in that policy (collected, not collected, conflicting, \
            silent), marked forbidden or to review when the baseline says so; the last row is each \
            vendor's verdict. Exit 1 when any vendor fails the baseline (with --strict, also review).

            Examples:
              policyscan compare --baseline baselines/strict-procurement.yaml policies/
              policyscan compare --format html --output compare.html \\
                --baseline baselines/strict-procurement.yaml policies/
              policyscan compare --format csv policies/chatnova-privacy.html \\
                policies/quietnote-privacy.html
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, csv, html
    }

    @Option(help: "Output format: text (fits 100 columns), json, markdown, csv or html (one self-contained file).")
    var format: Format = .text

    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Argument(help: "Policies to compare: files, directories, or - for standard input.")
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT (a file, a directory or -)") }
    }

    func run() throws {
        let rules = try analysis.ruleSetOrExit()
        let baseline = try analysis.loadBaseline(rules: rules.rules)
        let analyzer = Analyzer(rules: rules)
        var results: [PolicyResult] = []
        var failed = false
        for path in InputLoader.expand(inputs) {
            guard
                let analyzed = AnalyzedInput.load(path, options: analysis.extraction, analyzer: analyzer, baseline: baseline, digest: format == .json)
            else {
                failed = true
                continue
            }
            results.append(analyzed.result)
        }
        let categories = rules.rules.map(CategoryInfo.init)
        let report: String
        switch format {
        case .text: report = CompareReport.text(results, categories: categories, baseline: baseline)
        case .json: report = CompareReport.json(results, baseline: baseline)
        case .markdown: report = CompareReport.markdown(results, categories: categories, baseline: baseline)
        case .csv: report = CompareReport.csv(results, categories: categories, baseline: baseline)
        case .html: report = CompareHTML.html(results, categories: categories, baseline: baseline)
        }
        try Output.write(report, to: output)
        if failed { throw ExitCode(2) }
        if analysis.violated(results) { throw ExitCode(1) }
    }
}
