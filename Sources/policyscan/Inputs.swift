import ArgumentParser
import Crypto
import Foundation
import PolicyAnalysis
import PolicyExtraction
import PolicyModel

/// One input named on the command line, read into bytes.
struct LoadedInput {
    var path: String
    var bytes: [UInt8]

    var sha256: String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}

/// A problem with one input: printed as `PATH[:LINE[:COL]]: error: MESSAGE`.
struct InputProblem: Error {
    var path: String
    var line: Int?
    var column: Int?
    var message: String

    var formatted: String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column, column > 0 { location += ":\(column)" }
        }
        return "\(location): error: \(message)"
    }
}

/// How `extract` reads its input; the analyzing commands declare the same options in `AnalysisOptions`.
struct InputOptions: ParsableArguments {
    /// The help of `--input-format`.
    static let inputFormatHelp: ArgumentHelp = "Read inputs as this format instead of detecting it (html, xml, markdown, text)."
    /// The help of `--max-input-size`.
    static let maxInputSizeHelp: ArgumentHelp = "Refuse inputs larger than this many bytes (default 64 MiB)."

    @Option(name: .long, help: inputFormatHelp)
    var inputFormat: InputFormat?

    // Optional rather than defaulted: swift-argument-parser describes a default value at every
    // start (String(describing:), three protocol-conformance scans of the whole binary), and the
    // help says the default in words anyway.
    @Option(name: .customLong("max-input-size"), help: maxInputSizeHelp)
    var maxInputSizeOption: Int?

    /// How inputs are read.
    var extraction: ExtractionOptions { Self.extraction(format: inputFormat, maxInputSize: maxInputSizeOption) }

    /// How inputs are read, given the two options.
    static func extraction(format: InputFormat?, maxInputSize: Int?) -> ExtractionOptions {
        ExtractionOptions(format: format, maxInputSize: maxInputSize ?? ExtractionOptions.defaultMaxInputSize)
    }
}

extension InputFormat: ExpressibleByArgument {}

/// File-system access for inputs: paths, directories (recursive, sorted) and `-` for standard input.
enum InputLoader {
    static let policyExtensions: Set<String> = ["html", "htm", "xhtml", "xml", "md", "markdown", "txt", "text"]

    /// Expands directories into the policy files below them, in sorted order; other paths pass through.
    static func expand(_ paths: [String]) -> [String] {
        var result: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                result.append(path)
                continue
            }
            var found: [String] = []
            if let walker = fm.enumerator(atPath: path) {
                while let relative = walker.nextObject() as? String {
                    let name = (relative as NSString).lastPathComponent
                    if name.hasPrefix(".") { continue }
                    let ext = (name as NSString).pathExtension.lowercased()
                    guard policyExtensions.contains(ext) else { continue }
                    found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
                }
            }
            result.append(contentsOf: found.sorted())
        }
        return result
    }

    /// Reads one input, refusing more than `limit` bytes without reading them all.
    static func load(_ path: String, limit: Int) throws(InputProblem) -> LoadedInput {
        if path == "-" {
            var data = Data()
            while let chunk = try? FileHandle.standardInput.read(upToCount: 1 << 16), !chunk.isEmpty {
                data.append(chunk)
                if data.count > limit { break }
            }
            return LoadedInput(path: path, bytes: [UInt8](data))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputProblem(path: path, message: "no such file")
        }
        if isDirectory.boolValue { throw InputProblem(path: path, message: "is a directory with no policy files") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputProblem(path: path, message: "cannot read the file (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            return LoadedInput(path: path, bytes: [UInt8](data))
        } catch {
            throw InputProblem(path: path, message: "cannot read the file: \(error.localizedDescription)")
        }
    }

    /// Loads and extracts one input.
    static func document(_ path: String, options: ExtractionOptions) throws(InputProblem) -> (LoadedInput, Document) {
        let input = try load(path, limit: options.maxInputSize)
        do {
            return (input, try DocumentReader.read(input.bytes, path: path, options: options))
        } catch {
            throw InputProblem(path: path, line: error.line, column: error.column, message: error.message)
        }
    }
}

/// "37%": a share as a whole percentage, never 0% or 100% when it is neither.
private func percent(_ share: Double) -> String {
    "\(min(99, max(1, Int((share * 100).rounded()))))%"
}

/// One input read, analyzed and (with a baseline) judged: what check, compare and diff share.
struct AnalyzedInput {
    var input: LoadedInput
    var document: Document
    var result: PolicyResult

    /// Reads and analyzes `path`; a problem (also a policy not in English) is reported on stderr and
    /// gives nil. A policy partly in another language is reported with a warning. `digest`: whether
    /// the report shows the input's SHA-256, which is only computed then.
    static func load(_ path: String, options: ExtractionOptions, analyzer: Analyzer, baseline: Baseline?, digest: Bool) -> AnalyzedInput? {
        do throws(InputProblem) {
            let (input, document) = try InputLoader.document(path, options: options)
            let source = SourceInfo(path: path, format: document.format, sha256: digest ? input.sha256 : nil, title: document.title)
            var result = analyzer.analyze(document, source: source)
            switch result.readability {
            case .english:
                break
            case .partly(let share):
                Output.error("\(path): warning: \(percent(share)) of the text is not in English and was not read")
            case .unreadable(let share):
                // No report: "nothing found" would read as "collects nothing" to a gate.
                throw InputProblem(path: path, message: "\(percent(share)) of the text is not in English; policyscan reads English policies only")
            }
            if let baseline { result.baseline = BaselineCheck.judge(result, against: baseline) }
            return AnalyzedInput(input: input, document: document, result: result)
        } catch {
            Output.error(error.formatted)
            return nil
        }
    }
}
