/// Where a compiled phrase matched: token range and what it belongs to.
public struct PhraseMatch: Sendable, Hashable {
    /// The payload given when the phrase was added (e.g. a rule index and whether it is an exclusion).
    public var payload: Int
    /// The matched tokens.
    public var range: Range<Int>
}

/// All rule phrases in one token trie: matching a sentence walks the trie from each word, so the
/// cost is linear in the sentence for a given rule set, whatever the phrases look like.
public struct PhraseMatcher: Sendable {
    struct Node: Sendable {
        var words: [String: Int] = [:]
        var prefixes: [(String, Int)] = []
        var gaps: [(Int, Int)] = []
        var accepts: [Int] = []
    }

    private var nodes: [Node] = [Node()]

    /// An empty matcher.
    public init() {}

    /// Adds a compiled phrase with its payload, slot by slot: the trie grows by the phrase's
    /// alternatives without ever listing them one by one.
    public mutating func add(_ phrase: CompiledPhrase, payload: Int) {
        var frontier = [0]
        for slot in phrase.slots {
            var next: [Int] = []
            for start in frontier {
                for option in slot {
                    var node = start
                    for term in option { node = child(of: node, term) }
                    if !next.contains(node) { next.append(node) }
                }
            }
            frontier = next
        }
        for node in frontier where node != 0 && !nodes[node].accepts.contains(payload) {
            nodes[node].accepts.append(payload)
        }
    }

    private mutating func child(of node: Int, _ term: PatternTerm) -> Int {
        switch term {
        case .word(let w):
            if let next = nodes[node].words[w] { return next }
            nodes.append(Node())
            nodes[node].words[w] = nodes.count - 1
        case .prefix(let p):
            if let found = nodes[node].prefixes.first(where: { $0.0 == p }) { return found.1 }
            nodes.append(Node())
            nodes[node].prefixes.append((p, nodes.count - 1))
        case .gap(let n):
            if let found = nodes[node].gaps.first(where: { $0.0 == n }) { return found.1 }
            nodes.append(Node())
            nodes[node].gaps.append((n, nodes.count - 1))
        }
        return nodes.count - 1
    }

    /// Every match in `tokens`; overlapping and nested matches are all reported.
    public func matches(in tokens: [Token]) -> [PhraseMatch] {
        var result: [PhraseMatch] = []
        var stack: [(node: Int, position: Int)] = []
        // Each (trie node, position) is expanded once per start, so gaps and optional words cannot
        // multiply the work: the walk from one start is bounded by trie size times phrase span.
        var visited = Set<Int>()
        let root = nodes[0]
        for start in tokens.indices where tokens[start].isWord {
            // Most words start no phrase: one lookup settles them without a walk.
            let word = tokens[start].text
            if root.words[word] == nil, !root.prefixes.contains(where: { word.hasPrefix($0.0) }) { continue }
            stack.append((0, start))
            visited.removeAll(keepingCapacity: true)
            while let (node, position) = stack.popLast() {
                guard visited.insert(node &* 1_000_003 &+ position).inserted else { continue }
                let current = nodes[node]
                if position > start {
                    for payload in current.accepts { result.append(PhraseMatch(payload: payload, range: start..<position)) }
                }
                guard position < tokens.count else { continue }
                // Brackets are transparent: "Internet Protocol (IP) address" still names an IP address.
                if tokens[position].text == "(" || tokens[position].text == ")" {
                    if position > start { stack.append((node, position + 1)) }
                    continue
                }
                guard tokens[position].isWord else { continue }
                let word = tokens[position].text
                if let next = current.words[word] { stack.append((next, position + 1)) }
                for (prefix, next) in current.prefixes where word.hasPrefix(prefix) { stack.append((next, position + 1)) }
                for (limit, next) in current.gaps {
                    // The gap's next term must match at position + k for some k in 0...limit (words only).
                    var k = 0
                    while k <= limit, position + k < tokens.count, tokens[position + k].isWord {
                        stack.append((next, position + k))
                        k += 1
                    }
                }
            }
        }
        return result
    }
}
