import Foundation
import Testing

/// Tests of the built `policyscan` binary: exit codes, messages and output shapes users rely on.
@Suite("CLI", .serialized)
struct CLITests {
    @Test("check on a sample: exit 0, contract JSON with evidence")
    func checkJSON() throws {
        let run = try Support.run(["check", "--format", "json", "policies/chatnova-privacy.html"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let source = try #require(object["source"] as? [String: Any])
        #expect(source["path"] as? String == "policies/chatnova-privacy.html")
        #expect(source["format"] as? String == "html")
        #expect((source["sha256"] as? String)?.count == 64)
        let summary = try #require(object["summary"] as? [String: String])
        for category in ["keystroke-patterns", "ip-address", "device-information", "device-identifiers", "user-content", "email-address"] {
            #expect(summary[category] == "collected", "\(category)")
        }
        #expect(summary["precise-location"] == nil, "the JSON-LD and sidebar traps must not count")
        #expect(summary["biometrics"] == nil)
        let findings = try #require(object["findings"] as? [[String: Any]])
        let keystroke = try #require(findings.first { $0["category"] as? String == "keystroke-patterns" })
        let evidence = try #require(keystroke["evidence"] as? [String: Any])
        #expect((evidence["text"] as? String)?.contains("keystroke patterns or rhythms") == true)
        #expect(evidence["line"] as? Int == 61)
        #expect((evidence["section"] as? [String])?.last == "Technical Information")
        // Key order is part of the contract.
        let keys = ["\"schemaVersion\"", "\"tool\"", "\"source\"", "\"summary\"", "\"findings\""].map { run.stdout.range(of: $0)!.lowerBound }
        #expect(keys == keys.sorted())
    }

    @Test("the privacy-first sample denies what it does not collect")
    func denials() throws {
        let run = try Support.run(["check", "--format", "json", "policies/quietnote-privacy.html"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: String])
        #expect(summary["email-address"] == "collected")
        for category in ["keystroke-patterns", "phone-number", "approximate-location", "cookies-tracking", "contacts"] {
            #expect(summary[category] == "not-collected", "\(category)")
        }
        // "No ... crash reports are collected unless you send one to us yourself": collected, on
        // the user's condition, so the finding is hedged rather than a denial.
        #expect(summary["diagnostics"] == "collected")
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.filter { $0["category"] as? String == "diagnostics" }.allSatisfy { $0["hedged"] as? Bool == true })
    }

    @Test("several inputs: a JSON array; jsonl: one object per line; directories expand sorted")
    func severalInputs() throws {
        let array = try Support.run(["check", "--format", "json", "policies/"])
        #expect(array.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(array.stdout.utf8)) as? [[String: Any]])
        let paths = items.compactMap { ($0["source"] as? [String: Any])?["path"] as? String }
        #expect(paths == paths.sorted())
        #expect(paths.count == 4)
        let lines = try Support.run(["check", "--format", "jsonl", "policies/chatnova-privacy.html", "policies/quietnote-privacy.html"])
        #expect(lines.stdout.split(separator: "\n").count == 2)
    }

    @Test("a bad input: PATH: error: ... on stderr, exit 2, the other inputs still reported")
    func badInput() throws {
        let run = try Support.run(["check", "--format", "json", "missing.html", "policies/quietnote-privacy.html"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("missing.html: error: "))
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        let empty = try Support.run(["check", "-"], stdin: Data())
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("-: error: empty input"))
        let xml = try Support.run(["extract", "--input-format", "xml", "-"], stdin: Data("<a><b></a>".utf8))
        #expect(xml.status == 2)
        #expect(xml.stderr.hasPrefix("-:1:"))
    }

    @Test("a policy not in English: exit 2 with the reason; one partly in another language: a warning")
    func notEnglish() throws {
        let french = """
            # Politique de confidentialité

            Nous collectons votre adresse e-mail et les données de votre appareil pour vous fournir nos services.

            Vos données sont conservées pendant la durée de votre compte et ne sont pas vendues à des tiers.
            """
        let run = try Support.run(["check", "--format", "json", "-", "policies/quietnote-privacy.html"], stdin: Data(french.utf8))
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("-: error: "))
        #expect(run.stderr.contains("not in English"))
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        // Chinese has few spaces, so few "words": it is still named for what it is.
        let chinese = "<html><body><h1>隐私政策</h1><p>我们收集您的电子邮件地址和设备信息，用于提供和改进服务。</p></body></html>"
        let unread = try Support.run(["check", "-"], stdin: Data(chinese.utf8))
        #expect(unread.status == 2)
        #expect(unread.stderr.contains("not in English"))
        let mixed = """
            # Privacy Policy

            We collect your email address when you create an account with us.

            Nous collectons votre adresse IP et les informations de votre appareil pour vous fournir nos services.
            """
        let partly = try Support.run(["check", "--format", "json", "-"], stdin: Data(mixed.utf8))
        #expect(partly.status == 0)
        #expect(partly.stderr.contains("-: warning: "))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(partly.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: String])
        #expect(summary == ["email-address": "collected"])
    }

    @Test("standard input, extract text and json")
    func stdinAndExtract() throws {
        let html = try Data(contentsOf: Support.packageRoot.appendingPathComponent("policies/chatnova-privacy.html"))
        let run = try Support.run(["extract", "-"], stdin: html)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("ChatNova Privacy Policy\n"))
        #expect(!run.stdout.contains("Accept all"))
        let json = try Support.run(["extract", "--format", "json", "policies/brightpath-2025-01.md"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        #expect(blocks.first?["kind"] as? String == "heading")
    }

    @Test("usage errors exit 64; --version and --help work")
    func usage() throws {
        #expect(try Support.run(["check", "--format", "yaml", "policies/"]).status == 64)
        #expect(try Support.run(["check"]).status == 64)
        #expect(try Support.run(["frobnicate"]).status == 64)
        let version = try Support.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try Support.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
    }

    @Test("--output writes the file, colour only on request of a terminal")
    func outputFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("policyscan-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try Support.run(["check", "--output", path, "policies/chatnova-privacy.html"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("Keystroke patterns (keystroke-patterns): collected"))
        #expect(!written.contains("\u{1B}["))
    }

    @Test("rules list, show and test")
    func rulesCommand() throws {
        let list = try Support.run(["rules", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == 34)
        let show = try Support.run(["rules", "show", "keystroke-patterns"])
        #expect(show.stdout.contains("CCPA E, SPI"))
        #expect(!show.stdout.contains("other platforms only"))
        #expect(try Support.run(["rules", "show", "social-media"]).stdout.contains("other platforms only"))
        #expect(try Support.run(["rules", "show", "nope"]).status == 2)
        let test = try Support.run(["rules", "test"])
        #expect(test.status == 0)
        #expect(test.stdout.hasSuffix(" passed, 0 failed\n"))
    }

    @Test("a bad rule directory: file:line:col error, exit 2; a failing example: exit 1")
    func badRules() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "id: broken\npatterns:\n  - '(oops'\n".write(to: directory.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let bad = try Support.run(["check", "--rules", directory.path, "policies/quietnote-privacy.html"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("broken.yaml:3:5: error: bad pattern"))
        try FileManager.default.removeItem(at: directory.appendingPathComponent("broken.yaml"))
        try """
        id: ip-address
        patterns: [ip address]
        examples:
          collects: [We sell bananas.]
          not: [We collect your IP address.]
        """.write(to: directory.appendingPathComponent("ip-address.yaml"), atomically: true, encoding: .utf8)
        let failing = try Support.run(["rules", "test", directory.path])
        #expect(failing.status == 1)
        #expect(failing.stderr.contains("ip-address.yaml:4: error: example should collect ip-address"))
        #expect(failing.stdout == "0 passed, 2 failed\n")
    }
}
