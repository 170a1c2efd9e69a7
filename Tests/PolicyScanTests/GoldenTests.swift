import Foundation
import PolicyModel
import PolicyReports
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
        (
            "check-strict-chatnova.txt",
            ["check", "--no-color", "--baseline", "baselines/strict-procurement.yaml", "policies/chatnova-privacy.html"], 1
        ),
        ("check-strict-all.json", ["check", "--format", "json", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        ("check-strict-all.md", ["check", "--format", "markdown", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        ("check-strict-all.sarif", ["check", "--format", "sarif", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        (
            "check-quietnote-strict.txt",
            ["check", "--no-color", "--baseline", "baselines/strict-procurement.yaml", "policies/quietnote-privacy.html"], 0
        ),
        (
            "check-ccpa-review.txt", ["check", "--no-color", "--baseline", "baselines/ccpa-sensitive-review.yaml", "policies/brightpath-2025-01.md"],
            0
        ),
        (
            "check-ccpa-review-strict.txt",
            ["check", "--no-color", "--strict", "--baseline", "baselines/ccpa-sensitive-review.yaml", "policies/brightpath-2025-01.md"], 1
        ),
        ("compare-strict.txt", ["compare", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        ("compare-strict.json", ["compare", "--format", "json", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        ("compare-strict.md", ["compare", "--format", "markdown", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        ("compare-strict.csv", ["compare", "--format", "csv", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        ("compare-strict.html", ["compare", "--format", "html", "--baseline", "baselines/strict-procurement.yaml", "policies/"], 1),
        (
            "compare-gdpr.txt",
            [
                "compare", "--baseline", "baselines/gdpr-special-categories.yaml", "policies/quietnote-privacy.html",
                "policies/brightpath-2024-03.html",
            ], 0
        ),
        ("compare-plain.txt", ["compare", "policies/chatnova-privacy.html", "policies/quietnote-privacy.html"], 0),
        ("diff-brightpath.json", ["diff", "--format", "json", "policies/brightpath-2024-03.html", "policies/brightpath-2025-01.md"], 0),
        ("diff-brightpath.md", ["diff", "--format", "markdown", "policies/brightpath-2024-03.html", "policies/brightpath-2025-01.md"], 0),
        ("diff-brightpath.txt", ["diff", "--no-color", "policies/brightpath-2024-03.html", "policies/brightpath-2025-01.md"], 0),
        ("diff-brightpath.sarif", ["diff", "--format", "sarif", "policies/brightpath-2024-03.html", "policies/brightpath-2025-01.md"], 0),
        ("diff-brightpath.html", ["diff", "--format", "html", "policies/brightpath-2024-03.html", "policies/brightpath-2025-01.md"], 0),
        (
            "diff-fail-new-collection.txt",
            ["diff", "--no-color", "--fail-on", "new-collection", "policies/brightpath-2024-03.html", "policies/brightpath-2025-01.md"], 1
        ),
        (
            "diff-fail-baseline.txt",
            [
                "diff", "--no-color", "--fail-on", "baseline", "--baseline", "baselines/strict-procurement.yaml", "policies/brightpath-2024-03.html",
                "policies/brightpath-2025-01.md",
            ], 1
        ),
        (
            "diff-reverse-any.txt", ["diff", "--no-color", "--fail-on", "any", "policies/brightpath-2025-01.md", "policies/brightpath-2024-03.html"],
            1
        ),
        ("diff-same.txt", ["diff", "--no-color", "--fail-on", "any", "policies/quietnote-privacy.html", "policies/quietnote-privacy.html"], 0),
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

    @Test("JSON strings escape quotes, backslashes, control characters and U+2028/9, and read back unchanged")
    func jsonEscaping() throws {
        let text = "say \"hi\" \\ tab\tline\nnul\u{1} \u{2028}sep\u{2029} \u{2026} curly \u{201C}q\u{201D} caf\u{E9}"
        let json = JSONValue.array([.string(text), .string("plain")]).serialized(indent: nil)
        #expect(json == #"["say \"hi\" \\ tab\tline\nnul\u0001 \u2028sep\u2029 … curly “q” café","plain"]"#)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
        #expect(decoded == [text, "plain"])
    }

    @Test("a long table row is quoted around the data it names, after its first cell; the whole row stays in JSON")
    func longEvidenceQuote() throws {
        let filler = Array(repeating: "the service keeps records for the purposes listed in this notice", count: 12).joined(separator: " ")
        let row = "Identifiers | \(filler), and we collect your IP address when you sign in, \(filler) | Yes"
        let offset = row.utf8.distance(from: row.utf8.startIndex, to: try #require(row.range(of: "IP address")).lowerBound)
        let evidence = Evidence(text: row, section: [], line: 1, mention: offset..<offset + "IP address".utf8.count)
        let quote = evidence.quote
        #expect(quote.hasPrefix("Identifiers | … ") && quote.hasSuffix(" … | Yes") && quote.contains("we collect your IP address"))
        #expect(quote.utf8.count <= Evidence.shortQuote + "Identifiers | … ".utf8.count + " … | Yes".utf8.count)
        // Short evidence is quoted whole; without a known mention a long one is quoted from its start.
        #expect(Evidence(text: "We collect your IP address.", section: [], line: 1).quote == "We collect your IP address.")
        let unplaced = Evidence(text: row, section: [], line: 1).quote
        #expect(unplaced.hasPrefix("Identifiers | the service") && unplaced.hasSuffix(" … | Yes"))
        // A long run without spaces is cut at a character boundary, not dropped.
        #expect(Evidence(text: String(repeating: "é", count: 300), section: [], line: 1).quote.hasPrefix("éé"))

        // The analyzer places the mention, and the text report quotes around it.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("policyscan-quote-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("policy.md")
        try "# Privacy Policy\n\n## Information we collect\n\n| Category | What | Collected |\n|---|---|---|\n| \(row) |\n".write(
            to: file, atomically: true, encoding: .utf8)
        let text = try Support.run(["check", file.path]).stdout
        #expect(text.contains("“Identifiers | … ") && text.contains("we collect your IP address"))
        #expect(!text.contains(filler))
        let json = try Support.run(["check", "--format", "json", file.path]).stdout
        #expect(json.contains(filler))
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

    @Test(
        "SARIF output validates against the SARIF 2.1.0 schema",
        arguments: [
            ["check", "--format", "sarif", "--baseline", "baselines/strict-procurement.yaml", "policies/"],
            ["check", "--format", "sarif", "policies/"],
            ["diff", "--format", "sarif", "policies/brightpath-2024-03.html", "policies/brightpath-2025-01.md"],
        ])
    func sarifValidates(_ arguments: [String]) throws {
        let validator = Support.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/validate_sarif.py")
        guard FileManager.default.fileExists(atPath: validator.path) else { return }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import jsonschema"]
        try check.run()
        check.waitUntilExit()
        guard check.terminationStatus == 0 else { return }
        let run = try Support.run(arguments)
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

    @Test("diff: cosmetic changes are not changes; different formats of one policy agree")
    func cosmeticDiff() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let old =
            "<html><body><h1>Acme Privacy Policy</h1><p>Last updated: January 1, 2024</p><h2>Data</h2>"
            + "<p>We collect your email address when you register.</p><p>We use cookies to keep you signed in.</p></body></html>"
        // The new version sets its date as a heading: still no section of its own.
        let new =
            "# Acme Privacy Policy\n\n### Last updated: March 3, 2025\n\n## data\n\nWe use cookies   to keep you signed in\n\n"
            + "We collect your e-mail address, when you register!\n"
        try old.write(to: directory.appendingPathComponent("old.html"), atomically: true, encoding: .utf8)
        try new.write(to: directory.appendingPathComponent("new.md"), atomically: true, encoding: .utf8)
        let run = try Support.run([
            "diff", "--format", "json", "--fail-on", "any", directory.appendingPathComponent("old.html").path,
            directory.appendingPathComponent("new.md").path,
        ])
        #expect(run.status == 0, "\(run.stdout)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((object["changes"] as? [Any])?.isEmpty == true)
        #expect((object["sections"] as? [Any])?.isEmpty == true, "\(run.stdout)")
    }

    @Test("diff --history walks dated versions; directories pair files by name")
    func historyAndDirectories() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hist-\(UUID().uuidString)")
        let a = root.appendingPathComponent("q1")
        let b = root.appendingPathComponent("q2")
        for d in [a, b] { try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true) }
        defer { try? FileManager.default.removeItem(at: root) }
        let v1 = "# Policy\n\nWe collect your email address when you create an account with us.\n"
        let v2 = "# Policy\n\nWe collect your email address and phone number when you create an account with us.\n"
        let v3 = "# Policy\n\nWe collect your email address, phone number and precise location when you create an account.\n"
        try v1.write(to: a.appendingPathComponent("2024-01-01.md"), atomically: true, encoding: .utf8)
        try v2.write(to: a.appendingPathComponent("2024-06-01.md"), atomically: true, encoding: .utf8)
        try v3.write(to: a.appendingPathComponent("2025-01-01.md"), atomically: true, encoding: .utf8)
        let history = try Support.run(["diff", "--format", "json", "--history", a.path])
        #expect(history.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 2)
        let firstChanges = (items[0]["changes"] as? [[String: Any]])?.compactMap { $0["category"] as? String }
        let secondChanges = (items[1]["changes"] as? [[String: Any]])?.compactMap { $0["category"] as? String }
        #expect(firstChanges == ["phone-number"])
        #expect(secondChanges == ["precise-location"])
        try v1.write(to: b.appendingPathComponent("2024-01-01.md"), atomically: true, encoding: .utf8)
        try v3.write(to: b.appendingPathComponent("2024-06-01.md"), atomically: true, encoding: .utf8)
        let pairs = try Support.run(["diff", "--format", "json", "--fail-on", "new-collection", a.path, b.path])
        #expect(pairs.status == 1)
        let pairItems = try #require(try JSONSerialization.jsonObject(with: Data(pairs.stdout.utf8)) as? [[String: Any]])
        #expect(pairItems.count == 2)
        #expect(pairs.stderr.contains("2025-01-01.md: warning: no file of that name"))
    }

    @Test("a bad baseline: file:line:col error with the line and a caret, exit 2")
    func badBaseline() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString).yaml")
        try "version: 1\nforbid:\n  - keystroke-pattern\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Support.run(["check", "--baseline", file.path, "policies/quietnote-privacy.html"])
        #expect(run.status == 2)
        #expect(
            run.stderr
                == "\(file.path):3:5: error: unknown category 'keystroke-pattern'; did you mean 'keystroke-patterns'?\n  - keystroke-pattern\n    ^\n"
        )
        // A character the YAML reader refuses has a place too, and is not written to the terminal.
        try "version: 1\nforbid:\n  - biometrics\u{1}\n".write(to: file, atomically: true, encoding: .utf8)
        let control = try Support.run(["check", "--baseline", file.path, "policies/quietnote-privacy.html"])
        #expect(control.status == 2)
        #expect(
            control.stderr == "\(file.path):3:15: error: invalid YAML: control characters are not allowed\n  - biometrics\u{FFFD}\n              ^\n"
        )
    }
}
