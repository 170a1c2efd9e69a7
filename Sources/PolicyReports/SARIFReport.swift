import PolicyModel

/// SARIF 2.1.0 for code-scanning tools: one run, a rule per category, a result per baseline
/// violation (error for forbid, warning for review) or, without a baseline, a note per collected
/// category.
public enum SARIFReport {
    /// The SARIF log for `results`. `columns` gives the 1-based column of each evidence (keyed by
    /// path and line) where the caller could locate it in the input; otherwise column 1.
    public static func sarif(
        _ results: [PolicyResult], categories: [CategoryInfo], version: String, columns: [String: Int] = [:]
    ) -> String {
        let rules = categories.map { info -> JSONValue in
            let mapping = info.mappingSummary
            // A code-scanning viewer shows the full description beside each alert: what the
            // category holds says more there than its name again.
            let full = info.description.isEmpty ? "\(info.name): data of this category." : info.description
            let help =
                full + " A result quotes the policy's statement that the vendor collects it."
                + (mapping.isEmpty ? "" : " Statutory mapping: \(mapping).")
                + (info.opp115.map { " OPP-115 type: \($0)." } ?? "")
            return .object([
                ("id", .string(info.id)),
                ("name", .string(ruleName(info.id))),
                ("shortDescription", .object([("text", .string(info.name))])),
                ("fullDescription", .object([("text", .string(full))])),
                ("help", .object([("text", .string(help))])),
                ("properties", .object([("tags", .array((["privacy", info.group] + (mapping.isEmpty ? [] : [mapping])).map(JSONValue.string)))])),
            ])
        }
        var sarifResults: [JSONValue] = []
        for result in results {
            let entries: [(category: String, level: String, evidence: Evidence, why: String)]
            if let baseline = result.baseline {
                entries = baseline.violations.map {
                    (
                        $0.category, $0.level == .forbid ? "error" : "warning", $0.evidence,
                        "\($0.level == .forbid ? "forbidden" : "to review") by baseline '\(baseline.name)'"
                    )
                }
            } else {
                entries = result.summary.filter { $0.state == .collected || $0.state == .conflicting }.compactMap { item in
                    result.findings.first { $0.category == item.category && !$0.negated }.map {
                        (item.category, "note", $0.evidence, item.state == .conflicting ? "conflicting statements" : "collected")
                    }
                }
            }
            for entry in entries {
                let name = categories.first { $0.id == entry.category }?.name ?? entry.category
                let section = entry.evidence.section.isEmpty ? "" : " (section: \(entry.evidence.section.joined(separator: " › ")))"
                let column = columns["\(result.source.path):\(entry.evidence.line)"] ?? 1
                sarifResults.append(
                    .object([
                        ("ruleId", .string(entry.category)),
                        ("level", .string(entry.level)),
                        ("message", .object([("text", .string("\(name) \(entry.why): “\(entry.evidence.text)”\(section)"))])),
                        (
                            "locations",
                            .array([
                                .object([
                                    (
                                        "physicalLocation",
                                        .object([
                                            ("artifactLocation", .object([("uri", .string(uri(result.source.path)))])),
                                            ("region", .object([("startLine", .int(entry.evidence.line)), ("startColumn", .int(column))])),
                                        ])
                                    )
                                ])
                            ])
                        ),
                        (
                            "partialFingerprints",
                            .object([
                                ("policyscan/v1", .string(fingerprint(entry.category + "|" + normalized(entry.evidence.text))))
                            ])
                        ),
                    ]))
            }
        }
        let log = JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string("policyscan")),
                                        ("version", .string(version)),
                                        ("informationUri", .string("https://github.com/policyscan/policyscan")),
                                        ("rules", .array(rules)),
                                    ])
                                )
                            ])
                        ),
                        ("results", .array(sarifResults)),
                    ])
                ])
            ),
        ])
        return log.serialized() + "\n"
    }

    /// "ip-address" -> "IpAddress": SARIF rule names are identifiers.
    static func ruleName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A relative path as a URI reference (spaces and other reserved bytes percent-encoded).
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let safe = (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || "-._~/".utf8.contains(byte)
            out += safe ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
        }
        return out
    }

    /// Lower-cased words only: a fingerprint survives re-wrapping and punctuation changes.
    static func normalized(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    /// 64-bit FNV-1a in hex: stable across runs and platforms (Swift's Hasher is seeded per process).
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16).leftPadded(16)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
