import ArgumentParser
import Foundation
import PolicyRules

/// `--rules DIR`: rule files that add to or override the built-in ones.
struct RuleOptions: ParsableArguments {
    /// The help of `--rules`, here and in `AnalysisOptions`.
    static let directoriesHelp = ArgumentHelp("A directory of rule files (*.yaml) that add or override built-in rules; repeatable.", valueName: "dir")

    @Option(name: .customLong("rules"), help: directoriesHelp)
    var directories: [String] = []

    /// Loads the rule files of one directory, sorted by name.
    static func loadDirectory(_ directory: String) throws(RuleError) -> [CategoryRule] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw RuleError(file: directory, message: "no such directory")
        }
        let files: [String]
        if isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { (directory as NSString).appendingPathComponent($0) }
        } else {
            files = [directory]
        }
        var rules: [CategoryRule] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw RuleError(file: file, message: "cannot read the rule file as UTF-8 text")
            }
            rules.append(try RuleLoader.load(text: text, file: file))
        }
        return rules
    }

    /// The built-in rules with the given directories applied; a bad file is a `RuleError`.
    static func ruleSet(directories: [String]) throws(RuleError) -> RuleSet {
        guard !directories.isEmpty else { return RuleSet.builtin() }
        var overrides: [CategoryRule] = []
        for directory in directories { overrides.append(contentsOf: try loadDirectory(directory)) }
        return RuleSet.merging(builtin: try RuleSet.builtinRules(), overrides: overrides)
    }

    /// The rule set, or exit 2 with the error on stderr.
    static func ruleSetOrExit(directories: [String]) throws -> RuleSet {
        do {
            return try ruleSet(directories: directories)
        } catch {
            Output.error(error.description)
            throw ExitCode(2)
        }
    }

    /// The rule set of these options, or exit 2 with the error on stderr.
    func ruleSetOrExit() throws -> RuleSet { try Self.ruleSetOrExit(directories: directories) }
}
