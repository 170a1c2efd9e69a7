import Foundation
import Testing

/// Golden outputs of the reports, produced by the built binary on the samples in `policies/`.
/// Re-record after an intended change with `POLICYSCAN_RECORD=1 swift test --filter Golden`,
/// then read the diff before committing.
@Suite("Golden reports", .serialized)
struct GoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["POLICYSCAN_RECORD"] != nil

    static let cases: [(name: String, arguments: [String], status: Int32)] = [
        ("check-chatnova.txt", ["check", "--no-color", "policies/chatnova-privacy.html"], 0),
        ("check-quietnote.json", ["check", "--format", "json", "policies/quietnote-privacy.html"], 0),
        ("check-all.jsonl", ["check", "--format", "jsonl", "policies/"], 0),
        ("check-strict-chatnova.txt", ["check", "--no-color", "--baseline", "baselines/strict-procurement.yaml", "policies/chatnova-privacy.html"], 1),
        ("check-strict-all.json", ["check", "--format", "json", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        ("check-strict-all.md", ["check", "--format", "markdown", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        ("check-strict-all.sarif", ["check", "--format", "sarif", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        ("check-quietnote-strict.txt", ["check", "--no-color", "--baseline", "baselines/strict-procurement.yaml", "policies/quietnote-privacy.html"], 0),
        ("check-ccpa-review.txt", ["check", "--no-color", "--baseline", "baselines/ccpa-sensitive-review.yaml", "policies/brightpath-2025-01.md"], 0),
        ("check-ccpa-review-strict.txt", ["check", "--no-color", "--strict", "--baseline", "baselines/ccpa-sensitive-review.yaml", "policies/brightpath-2025-01.md"], 1),
        ("compare-strict.txt", ["compare", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        ("compare-strict.json", ["compare", "--format", "json", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        ("compare-strict.md", ["compare", "--format", "markdown", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        ("compare-strict.csv", ["compare", "--format", "csv", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        ("compare-strict.html", ["compare", "--format", "html", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        ("compare-gdpr.txt", ["compare", "--baseline", "baselines/gdpr-special-categories.yaml", "policies/quietnote-privacy.html", "policies/brightpath-2024-03.html"], 0),
        ("compare-plain.txt", ["compare", "policies/chatnova-privacy.html", "policies/quietnote-privacy.html"], 0),
    ]

    @Test("reports match their golden files", arguments: cases.map(\.name))
    func golden(_ name: String) throws {
        let entry = try #require(Self.cases.first { $0.name == name })
        let run = try Support.run(entry.arguments)
        #expect(run.status == entry.status, "exit status of \(entry.arguments.joined(separator: " ")): \(run.stderr)")
        let file = Self.directory.appendingPathComponent(name)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try run.stdout.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(run.stdout == expected, "\(name) differs from its golden file; re-record with POLICYSCAN_RECORD=1 if intended")
    }

    @Test("the HTML comparison is one self-contained file: no scripts, no external styles, fonts or images")
    func selfContainedHTML() throws {
        let run = try Support.run(["compare", "--format", "html", "--baseline", "baselines/strict-procurement.yaml", "policies/"])
        let html = run.stdout.lowercased()
        #expect(html.hasPrefix("<!doctype html>"))
        for forbidden in ["<script", "<link", "@import", "src=", "url(http", "@font-face"] {
            #expect(!html.contains(forbidden), "\(forbidden) in the HTML report")
        }
        #expect(html.contains("<style>"))
        #expect(html.contains("title=\"this information includes your device model"))
    }

    @Test("compare's text matrix fits 100 columns")
    func textWidth() throws {
        let run = try Support.run(["compare", "--baseline", "baselines/strict-procurement.yaml", "policies/", "policies/chatnova-privacy.html"])
        for line in run.stdout.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
    }

    @Test("SARIF output validates against the SARIF 2.1.0 schema")
    func sarifValidates() throws {
        let validator = Support.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/validate_sarif.py")
        guard FileManager.default.fileExists(atPath: validator.path) else { return }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import jsonschema"]
        try check.run()
        check.waitUntilExit()
        guard check.terminationStatus == 0 else { return }
        let run = try Support.run(["check", "--format", "sarif", "--baseline", "baselines/strict-procurement.yaml", "policies/"])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("policyscan-\(UUID().uuidString).sarif")
        try run.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let validate = Process()
        validate.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        validate.arguments = ["python3", validator.path, file.path]
        let out = Pipe()
        validate.standardOutput = out
        try validate.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        validate.waitUntilExit()
        #expect(validate.terminationStatus == 0, "\(text)")
        #expect(text.contains("SARIF valid"))
    }

    @Test("a bad baseline: file:line:col error with the line and a caret, exit 2")
    func badBaseline() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString).yaml")
        try "version: 1\nforbid:\n  - keystroke-pattern\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Support.run(["check", "--baseline", file.path, "policies/quietnote-privacy.html"])
        #expect(run.status == 2)
        #expect(run.stderr == "\(file.path):3:5: error: unknown category 'keystroke-pattern'; did you mean 'keystroke-patterns'?\n  - keystroke-pattern\n    ^\n")
    }
}
