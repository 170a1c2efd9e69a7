import ArgumentParser
import Foundation
import PolicyExtraction
import PolicyModel
import PolicyRules

/// The options of the commands that analyze policies (check, compare, diff): `--baseline FILE`,
/// `--strict`, the input options and `--rules DIR`.
///
/// One group rather than three: swift-argument-parser reflects every group at every start, and
/// each group costs about five protocol-conformance lookups that scan all ~6,000 conformance
/// records of the static binary (about 1.1 M instructions, 2% of checking a typical policy).
/// `extract` and `rules` declare the input and rule options they need themselves.
struct AnalysisOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A baseline file (YAML): categories to forbid, review or allow.", valueName: "file"))
    var baseline: String?

    @Flag(help: "Categories to review also fail the check (exit 1).")
    var strict = false

    @Option(name: .long, help: InputOptions.inputFormatHelp)
    var inputFormat: InputFormat?

    @Option(name: .customLong("max-input-size"), help: InputOptions.maxInputSizeHelp)
    var maxInputSizeOption: Int?

    @Option(name: .customLong("rules"), help: RuleOptions.directoriesHelp)
    var ruleDirectories: [String] = []

    /// How inputs are read.
    var extraction: ExtractionOptions { InputOptions.extraction(format: inputFormat, maxInputSize: maxInputSizeOption) }

    /// The rule set, or exit 2 with the error on stderr.
    func ruleSetOrExit() throws -> RuleSet { try RuleOptions.ruleSetOrExit(directories: ruleDirectories) }

    /// The baseline, or exit 2 with `file:line:col: error: …`, the offending line and a caret.
    func loadBaseline(rules: [CategoryRule]) throws -> Baseline? {
        guard let path = baseline else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            Output.error("\(path): error: cannot read the baseline file")
            throw ExitCode(2)
        }
        let text = String(decoding: data, as: UTF8.self)
        do {
            return try BaselineLoader.load(text: text, file: path, rules: rules)
        } catch {
            Output.error(error.description + Self.snippet(text, line: error.line, column: error.column))
            throw ExitCode(2)
        }
    }

    /// True when any result fails its baseline, or, with `--strict`, needs review: exit 1.
    func violated(_ results: [PolicyResult]) -> Bool {
        results.contains { $0.baseline?.verdict == .fail || (strict && $0.baseline?.verdict == .review) }
    }

    /// The offending line and a caret under the column, as compilers show them.
    static func snippet(_ text: String, line: Int?, column: Int?) -> String {
        guard let line, line >= 1 else { return "" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line <= lines.count else { return "" }
        let caret = String(repeating: " ", count: max(0, (column ?? 1) - 1)) + "^"
        // (A control character the reader refused is shown as U+FFFD, one column wide like it,
        // rather than written to the terminal.)
        let shown = String(
            String.UnicodeScalarView(
                lines[line - 1].unicodeScalars.map { $0.properties.generalCategory == .control && $0 != "\t" ? "\u{FFFD}" : $0 }))
        return "\n" + shown + "\n" + caret
    }
}
