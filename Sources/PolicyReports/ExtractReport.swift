import PolicyModel

/// Renders a `Document` for `policyscan extract`.
public enum ExtractReport {
    /// One block per line: exactly the text the analyzer reads, nothing else (CONTRACT.md).
    public static func text(_ document: Document) -> String {
        var out = ""
        for block in document.blocks {
            out += block.text
            out += "\n"
        }
        return out
    }

    /// The blocks with kind, level, section, line and sentences.
    public static func json(_ document: Document, source: SourceInfo) -> String {
        let blocks = document.blocks.map { block -> JSONValue in
            var members: [(String, JSONValue)] = [("kind", .string(block.kind.rawValue))]
            if block.kind == .heading { members.append(("level", .int(block.level))) }
            members.append(("text", .string(block.text)))
            if !block.cells.isEmpty { members.append(("cells", .array(block.cells.map(JSONValue.string)))) }
            members.append(("section", .array(block.section.map(JSONValue.string))))
            members.append(("line", .int(block.line)))
            members.append(
                (
                    "sentences",
                    .array(block.sentences.map { .object([("text", .string($0.text)), ("line", .int($0.line))]) })
                ))
            return .object(members)
        }
        return JSONValue.object([
            ("schemaVersion", .int(1)),
            ("source", JSONReport.source(source)),
            ("blocks", .array(blocks)),
        ]).serialized() + "\n"
    }
}
