import PolicyModel

/// The machine-readable output of `check` (CONTRACT.md, schemaVersion 1).
public enum JSONReport {
    /// The tool's name and version as every JSON output states them.
    public static func tool(version: String) -> JSONValue {
        .object([("name", .string("policyscan")), ("version", .string(version))])
    }

    /// The `source` object.
    public static func source(_ source: SourceInfo) -> JSONValue {
        .object([
            ("path", .string(source.path)),
            ("format", .string(source.format.rawValue)),
            ("sha256", source.sha256.map(JSONValue.string) ?? .null),
            ("title", source.title.map(JSONValue.string) ?? .null),
        ])
    }

    /// An `evidence` object.
    public static func evidence(_ evidence: Evidence) -> JSONValue {
        .object([
            ("text", .string(evidence.text)),
            ("section", .array(evidence.section.map(JSONValue.string))),
            ("line", .int(evidence.line)),
        ])
    }

    /// One policy's object: source, summary, findings.
    public static func object(_ result: PolicyResult, version: String) -> JSONValue {
        let summary = JSONValue.object(result.summary.map { ($0.category, .string($0.state.rawValue)) })
        let findings = result.findings.map { finding -> JSONValue in
            .object([
                ("category", .string(finding.category)),
                ("practice", .string(finding.practice.rawValue)),
                ("actor", .string(finding.actor.rawValue)),
                ("negated", .bool(finding.negated)),
                ("hedged", .bool(finding.hedged)),
                ("evidence", evidence(finding.evidence)),
                ("rule", .string(finding.rule)),
                ("basis", .string(finding.basis)),
            ])
        }
        var members: [(String, JSONValue)] = [
            ("schemaVersion", .int(1)),
            ("tool", tool(version: version)),
            ("source", source(result.source)),
            ("summary", summary),
            ("findings", .array(findings)),
        ]
        if let baseline = result.baseline { members.append(("baseline", self.baseline(baseline))) }
        return .object(members)
    }

    /// The `baseline` object: name, verdict, violations.
    public static func baseline(_ baseline: BaselineResult) -> JSONValue {
        .object([
            ("name", .string(baseline.name)),
            ("verdict", .string(baseline.verdict.rawValue)),
            ("violations", .array(baseline.violations.map(violation))),
        ])
    }

    /// One violation.
    public static func violation(_ violation: Violation) -> JSONValue {
        .object([
            ("category", .string(violation.category)),
            ("level", .string(violation.level.rawValue)),
            ("evidence", evidence(violation.evidence)),
        ])
    }

    /// `--format json`: one object, or an array of them for several inputs.
    public static func json(_ results: [PolicyResult], version: String, asArray: Bool) -> String {
        let objects = results.map { object($0, version: version) }
        if !asArray, let only = objects.first, objects.count == 1 { return only.serialized() + "\n" }
        return JSONValue.array(objects).serialized() + "\n"
    }

    /// `--format jsonl`: one compact object per line.
    public static func jsonLines(_ results: [PolicyResult], version: String) -> String {
        results.map { object($0, version: version).serialized(indent: nil) + "\n" }.joined()
    }
}
