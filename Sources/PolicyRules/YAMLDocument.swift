import Yams

/// Reads a YAML file into nodes that keep their positions, so every complaint about a rule or
/// baseline file can name `file:line:col`.
public struct YAMLDocument {
    /// The file name used in errors.
    public let file: String
    /// The root node.
    public let root: Node

    /// Parses `text`; syntax errors carry Yams' position.
    public init(text: String, file: String) throws(RuleError) {
        self.file = file
        do {
            guard let root = try Yams.compose(yaml: text) else {
                throw RuleError(file: file, line: 1, column: 1, message: "the file is empty")
            }
            self.root = root
        } catch let error as RuleError {
            throw error
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                throw RuleError(file: file, line: mark.line, column: mark.column, message: "invalid YAML: \(problem)")
            case .reader(let problem, let offset, _, let yaml):
                // A character the reader refuses (a control character, bad UTF-8) comes with an
                // offset in characters, not a mark.
                let position = offset.flatMap { Self.position(ofCharacter: $0, in: yaml) }
                throw RuleError(file: file, line: position?.line, column: position?.column, message: "invalid YAML: \(problem)")
            default:
                throw RuleError(file: file, message: "invalid YAML: \(error)")
            }
        } catch {
            throw RuleError(file: file, message: "invalid YAML: \(error)")
        }
    }

    /// The 1-based line and column of the character at `offset` in `text`.
    static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int)? {
        guard let end = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) else { return nil }
        var (line, column) = (1, 1)
        for character in text[..<end] {
            if character.isNewline { (line, column) = (line + 1, 1) } else { column += 1 }
        }
        return (line, column)
    }

    /// An error positioned at `node`.
    public func error(_ node: Node?, _ message: String) -> RuleError {
        RuleError(file: file, line: node?.mark?.line, column: node?.mark?.column, message: message)
    }

    /// The root as a mapping, with unknown keys refused.
    public func mapping(_ node: Node, allowed: Set<String>) throws(RuleError) -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else { throw error(node, "expected a mapping of keys to values") }
        var result: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else { throw error(key, "keys must be plain words") }
            guard allowed.contains(name) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw error(key, "unknown key '\(name)' (known keys: \(known))")
            }
            result.append((name, key, value))
        }
        return result
    }

    /// A scalar as a string.
    public func string(_ node: Node, _ what: String) throws(RuleError) -> String {
        guard case .scalar(let scalar) = node else { throw error(node, "\(what) must be a single value") }
        return scalar.string
    }

    /// An integer scalar.
    public func int(_ node: Node, _ what: String) throws(RuleError) -> Int {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            throw error(node, "\(what) must be a whole number")
        }
        return value
    }

    /// A sequence of scalars, each with its node (for positions).
    public func strings(_ node: Node, _ what: String) throws(RuleError) -> [(String, Node)] {
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.tag.description.hasSuffix(":null") { return [] }
        guard case .sequence(let sequence) = node else { throw error(node, "\(what) must be a list") }
        var result: [(String, Node)] = []
        for item in sequence {
            guard case .scalar(let scalar) = item else { throw error(item, "each entry of \(what) must be a single value") }
            result.append((scalar.string, item))
        }
        return result
    }
}
