import ArgumentParser
import Foundation
import PolicyAnalysis
import PolicyExtraction
import PolicyModel
import PolicyReports
import PolicyRules

/// `policyscan diff`: what changed in data collection between two versions of a policy.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed in data collection between two versions of a policy, with evidence.",
        discussion: """
            Category changes come first (newly collected, denial withdrawn, newly denied, no longer \
            mentioned; with --verbose also rewordings), then the added, removed and modified \
            sections with a word diff. Whitespace, punctuation, letter case, "Last updated" dates and \
            paragraphs that only moved are not changes. The two versions may be in different formats.

            OLD and NEW may be directories: files are paired by name. --history DIR diffs each \
            consecutive pair of the versions in DIR, sorted by file name (dated names sort in time).

            Examples:
              policyscan diff policies/brightpath-2024-03.html \\
                policies/brightpath-2025-01.md
              policyscan diff --fail-on new-collection --format json old.html new.html
              policyscan diff --history versions/vendor/
              policyscan diff vendors-2025-q1/ vendors-2025-q2/
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, sarif, html
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case newCollection = "new-collection"
        case any
        case baseline
    }

    @Option(help: "Output format: text, json, markdown, sarif (a result per newly collected category) or html (side by side).")
    var format: Format = .text

    @Option(
        name: .customLong("fail-on"),
        help:
            "Exit 1 when: new-collection (a category became collected or conflicting), any (any category changed state), baseline (the new version violates --baseline where the old one did not)."
    )
    var failOn: FailOn?

    @Flag(help: "Also list categories whose state stayed but whose evidence was reworded.")
    var verbose = false

    @Option(help: ArgumentHelp("Diff each consecutive pair of versions in this directory.", valueName: "dir"))
    var history: String?

    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "Never colour the text output (also: the NO_COLOR environment variable).")
    var noColor = false

    @Argument(help: "OLD and NEW: two files, or two directories whose files are paired by name.")
    var inputs: [String] = []

    func validate() throws {
        if history == nil, inputs.count != 2 { throw ValidationError("give OLD and NEW, or --history DIR") }
        if history != nil, !inputs.isEmpty { throw ValidationError("--history takes no OLD and NEW") }
        if failOn == .baseline, analysis.baseline == nil { throw ValidationError("--fail-on baseline needs --baseline FILE") }
    }

    func run() throws {
        let rules = try analysis.ruleSetOrExit()
        let baseline = try analysis.loadBaseline(rules: rules.rules)
        let analyzer = Analyzer(rules: rules)
        var failed = false
        var cache: [String: PolicyDiffer.Version?] = [:]
        func analyzed(_ path: String) -> PolicyDiffer.Version? {
            if let cached = cache[path] { return cached }
            var value: PolicyDiffer.Version?
            if let analyzed = AnalyzedInput.load(path, options: analysis.extraction, analyzer: analyzer, baseline: baseline, digest: format == .json)
            {
                value = PolicyDiffer.prepare(analyzed.document, analyzed.result)
            } else {
                failed = true
            }
            cache[path] = value
            return value
        }

        var pairs: [(String, String)] = []
        if let history {
            let versions = InputLoader.expand([history])
            if versions.isEmpty {
                Output.error("\(history): error: no policy files in the directory")
                throw ExitCode(2)
            }
            // One version has no change to report; that is not an error.
            pairs = zip(versions, versions.dropFirst()).map { ($0, $1) }
        } else {
            pairs = try Self.pairs(old: inputs[0], new: inputs[1])
        }

        var diffs: [PolicyDiff] = []
        var lastGood: (String, PolicyDiffer.Version)?
        for (oldPath, newPath) in pairs {
            // In a history, a version that cannot be read is skipped: the next one is compared
            // with the last version that could.
            let old = history != nil ? (lastGood?.1 ?? analyzed(oldPath)) : analyzed(oldPath)
            guard let new = analyzed(newPath) else { continue }
            if history != nil { lastGood = (newPath, new) }
            guard let old else { continue }
            diffs.append(PolicyDiffer.diff(old: old, new: new, verbose: verbose))
        }

        let categories = rules.rules.map(CategoryInfo.init)
        let report: String
        switch format {
        case .text:
            report = DiffReport.text(diffs, categories: categories, color: Output.useColor(noColorFlag: noColor, toFile: output != nil))
        case .json: report = DiffReport.json(diffs, asArray: pairs.count > 1)
        case .markdown: report = DiffReport.markdown(diffs, categories: categories)
        case .sarif: report = DiffReport.sarif(diffs, categories: categories, version: Policyscan.version)
        case .html: report = DiffHTML.html(diffs, categories: categories)
        }
        try Output.write(report, to: output)
        if failed { throw ExitCode(2) }
        if let failOn, diffs.contains(where: { Self.fails($0, on: failOn) }) { throw ExitCode(1) }
    }

    /// Whether `diff` is a change `--fail-on` names.
    static func fails(_ diff: PolicyDiff, on failOn: FailOn) -> Bool {
        switch failOn {
        case .any: return diff.changes.contains { $0.kind != .reworded }
        case .newCollection: return diff.changes.contains { $0.kind == .newlyCollected || ($0.after == .conflicting && $0.before != .conflicting) }
        case .baseline:
            let before = Set((diff.old.baseline?.violations ?? []).filter { $0.level == .forbid }.map(\.category))
            return (diff.new.baseline?.violations ?? []).contains { $0.level == .forbid && !before.contains($0.category) }
        }
    }

    /// OLD and NEW files, or the files of two directories paired by relative path.
    static func pairs(old: String, new: String) throws -> [(String, String)] {
        var isDirectory: ObjCBool = false
        let oldIsDirectory = FileManager.default.fileExists(atPath: old, isDirectory: &isDirectory) && isDirectory.boolValue
        let newIsDirectory = FileManager.default.fileExists(atPath: new, isDirectory: &isDirectory) && isDirectory.boolValue
        guard oldIsDirectory || newIsDirectory else { return [(old, new)] }
        guard oldIsDirectory && newIsDirectory else {
            throw ValidationError("OLD and NEW must both be files or both be directories")
        }
        func relative(_ root: String) -> [String: String] {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            return Dictionary(InputLoader.expand([root]).map { (String($0.dropFirst(prefix.count)), $0) }, uniquingKeysWith: { a, _ in a })
        }
        let olds = relative(old)
        let news = relative(new)
        for name in olds.keys.sorted() where news[name] == nil { Output.error("\(olds[name]!): warning: no file of that name in \(new)") }
        for name in news.keys.sorted() where olds[name] == nil { Output.error("\(news[name]!): warning: no file of that name in \(old)") }
        return olds.keys.sorted().compactMap { name in news[name].map { (olds[name]!, $0) } }
    }
}
