/// Where a compiled phrase matched: token range and what it belongs to.
public struct PhraseMatch: Sendable, Hashable {
    /// The payload given when the phrase was added (e.g. a rule index and whether it is an exclusion).
    public var payload: Int
    /// The matched tokens.
    public var range: Range<Int>
}

/// All rule phrases in one token trie: matching a sentence walks the trie from each word, so the
/// cost is linear in the sentence for a given rule set, whatever the phrases look like.
///
/// The trie is frozen into flat arrays once built: words and prefixes are numbered in sorted
/// order, each node's edges are a sorted slice, and each distinct word of a document is looked up
/// once (`MatchCache`). The same arrays are its `Tables`, which the built-in rules ship as Swift
/// literals.
public struct PhraseMatcher: Sendable {
    /// The trie's arrays (see `Tables`); everything else here is derived from them.
    private var t: Tables
    /// The prefixes' numbers by their first byte, so a word is compared only with prefixes that
    /// could start it.
    private var prefixesByFirstByte: [[Int32]] = []
    /// Each prefix's bytes, compared with a word's without going through String.
    private var prefixBytes: [[UInt8]] = []
    /// The words and prefixes that can start a phrase: edges of the root and of the nodes it
    /// reaches without reading a word.
    private var startNodes: [Int32] = [0]
    /// The key of a comma: a word of the trie when some phrase names one, else a clause mark.
    private var comma = TokenKey.mark

    /// The number of trie nodes (the root included).
    public var nodeCount: Int { t.wordStart.count - 1 }

    /// A matcher for these phrases, each with its payload.
    public init(phrases: [(CompiledPhrase, Int)]) {
        var builder = Builder()
        for (phrase, payload) in phrases { builder.add(phrase, payload: payload) }
        self.init(builder)
    }

    // MARK: Building

    /// The trie while phrases are added: nodes with dictionaries, numbered as created.
    private struct Builder {
        var wordIDs: [String: Int32] = [:]
        var prefixIDs: [String: Int32] = [:]
        var wordEdges: [[Int32: Int32]] = [[:]]
        var prefixEdges: [[Int32: Int32]] = [[:]]
        var gapEdges: [[(limit: Int32, next: Int32)]] = [[]]
        var epsilons: [[Int32]] = [[]]
        var accepts: [[Int32]] = [[]]

        /// Adds a phrase slot by slot. The alternatives of a slot end in one join node (reached
        /// without reading a word), so the next slot is built once, not once per alternative: a
        /// phrase of choices grows the trie by the sum of its choices, not their product.
        mutating func add(_ phrase: CompiledPhrase, payload: Int) {
            var frontier: [Int32] = [0]
            for slot in phrase.slots {
                var ends: [Int32] = []
                for start in frontier {
                    for option in slot {
                        var node = start
                        for term in option { node = child(of: node, term) }
                        if !ends.contains(node) { ends.append(node) }
                    }
                }
                if ends.count == 1 {
                    frontier = ends
                } else {
                    let join = newNode()
                    for end in ends where !epsilons[Int(end)].contains(join) { epsilons[Int(end)].append(join) }
                    frontier = [join]
                }
            }
            for node in frontier where node != 0 && !accepts[Int(node)].contains(Int32(payload)) {
                accepts[Int(node)].append(Int32(payload))
            }
        }

        private mutating func newNode() -> Int32 {
            wordEdges.append([:])
            prefixEdges.append([:])
            gapEdges.append([])
            epsilons.append([])
            accepts.append([])
            return Int32(accepts.count - 1)
        }

        private static func number(_ text: String, in table: inout [String: Int32]) -> Int32 {
            if let id = table[text] { return id }
            let id = Int32(table.count)
            table[text] = id
            return id
        }

        /// The node `edges` lead to from `n` by `symbol`, made when missing.
        private mutating func edge(_ edges: WritableKeyPath<Builder, [[Int32: Int32]]>, from n: Int, _ symbol: Int32) -> Int32 {
            if let next = self[keyPath: edges][n][symbol] { return next }
            let next = newNode()
            self[keyPath: edges][n][symbol] = next
            return next
        }

        private mutating func child(of node: Int32, _ term: PatternTerm) -> Int32 {
            let n = Int(node)
            switch term {
            case .word(let w):
                return edge(\.wordEdges, from: n, Self.number(w, in: &wordIDs))
            case .prefix(let p):
                return edge(\.prefixEdges, from: n, Self.number(p, in: &prefixIDs))
            case .gap(let limit):
                if let found = gapEdges[n].first(where: { $0.limit == Int32(limit) }) { return found.next }
                let next = newNode()
                gapEdges[n].append((Int32(limit), next))
                return next
            }
        }
    }

    private init(_ builder: Builder) {
        // Renumber words and prefixes in sorted order, so lookups are binary searches.
        let words = builder.wordIDs.keys.sorted()
        let prefixes = builder.prefixIDs.keys.sorted()
        var wordNumber = [Int32](repeating: 0, count: words.count)
        for (n, word) in words.enumerated() { wordNumber[Int(builder.wordIDs[word]!)] = Int32(n) }
        var prefixNumber = [Int32](repeating: 0, count: prefixes.count)
        for (n, prefix) in prefixes.enumerated() { prefixNumber[Int(builder.prefixIDs[prefix]!)] = Int32(n) }
        var t = Tables(
            words: words, prefixes: prefixes, wordStart: [0], wordSymbol: [], wordTarget: [], prefixStart: [0], prefixSymbol: [],
            prefixTarget: [], gapStart: [0], gapLimit: [], gapTarget: [], acceptStart: [0], acceptPayload: [], epsilonStart: [0],
            epsilonTarget: [])
        for node in builder.accepts.indices {
            t.epsilonTarget.append(contentsOf: builder.epsilons[node])
            t.epsilonStart.append(Int32(t.epsilonTarget.count))
            for (symbol, target) in builder.wordEdges[node].map({ (wordNumber[Int($0.key)], $0.value) }).sorted(by: { $0.0 < $1.0 }) {
                t.wordSymbol.append(symbol)
                t.wordTarget.append(target)
            }
            t.wordStart.append(Int32(t.wordSymbol.count))
            for (symbol, target) in builder.prefixEdges[node].map({ (prefixNumber[Int($0.key)], $0.value) }).sorted(by: { $0.0 < $1.0 }) {
                t.prefixSymbol.append(symbol)
                t.prefixTarget.append(target)
            }
            t.prefixStart.append(Int32(t.prefixSymbol.count))
            for gap in builder.gapEdges[node] {
                t.gapLimit.append(gap.limit)
                t.gapTarget.append(gap.next)
            }
            t.gapStart.append(Int32(t.gapLimit.count))
            t.acceptPayload.append(contentsOf: builder.accepts[node])
            t.acceptStart.append(Int32(t.acceptPayload.count))
        }
        self.t = t
        deriveLookups()
    }

    /// The lookups derived from the tables: prefixes by first byte and as bytes, and the nodes
    /// phrases start from.
    private mutating func deriveLookups() {
        prefixesByFirstByte = Self.buckets(t.prefixes)
        prefixBytes = t.prefixes.map { Array($0.utf8) }
        startNodes = closure(of: 0)
        comma = TokenKey(word: Self.index(of: ",", in: t.words) ?? TokenKey.mark.word, prefixes: [], starts: false)
    }

    // MARK: Matching

    /// What the matcher knows of one token: its word number, the prefixes it starts with, and
    /// whether any phrase starts with it.
    public struct TokenKey: Sendable {
        fileprivate var word: Int32
        fileprivate var prefixes: [Int32]
        fileprivate var starts: Bool
        fileprivate static let bracket = TokenKey(word: -2, prefixes: [], starts: false)
        fileprivate static let mark = TokenKey(word: -3, prefixes: [], starts: false)
        fileprivate var isWord: Bool { word >= -1 }
    }

    /// Each distinct word's `TokenKey`, kept across the sentences of one document: policies
    /// repeat their words, so most tokens cost one dictionary lookup.
    public struct MatchCache: Sendable {
        fileprivate var keys: [String: TokenKey] = [:]
        /// Which (node, position) states the walk from the current start has expanded: per node, a
        /// bit per position after the start, valid while `stamp[node]` is the current `generation`.
        /// Kept across sentences, so nothing is cleared or hashed per start.
        fileprivate var stamp: [UInt32] = []
        fileprivate var seen: [UInt64] = []
        fileprivate var generation: UInt32 = 0
        /// States more than 64 positions after their start (a chain of gaps), which the bits cannot hold.
        fileprivate var far = Set<Int>()
        /// The walk's stack, kept so its storage is allocated once per document, not per sentence.
        fileprivate var stack: [(node: Int32, position: Int)] = []
        /// An empty cache.
        public init() {}

        /// Starts a new walk; the states of earlier walks no longer count as seen.
        fileprivate mutating func newWalk(nodes: Int) {
            if stamp.count != nodes {
                stamp = Array(repeating: 0, count: nodes)
                seen = Array(repeating: 0, count: nodes)
                generation = 0
            }
            generation &+= 1
            if generation == 0 {
                // Wrapped: reset the stamps so no stale one matches.
                for i in stamp.indices { stamp[i] = 0 }
                generation = 1
            }
            if !far.isEmpty { far.removeAll(keepingCapacity: true) }
        }

        /// Marks the state seen; false when it already was.
        fileprivate mutating func insert(node: Int, offset: Int) -> Bool {
            guard offset < 64 else { return far.insert(node &* 1_000_003 &+ offset).inserted }
            if stamp[node] != generation {
                stamp[node] = generation
                seen[node] = 0
            }
            let bit: UInt64 = 1 << UInt64(offset)
            if seen[node] & bit != 0 { return false }
            seen[node] |= bit
            return true
        }
    }

    private static func index(of text: String, in sorted: [String]) -> Int32? {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < text { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == text ? Int32(low) : nil
    }

    /// The target of `node`'s edge labelled `symbol`, if any (edges sorted by symbol).
    private static func target(_ symbol: Int32, from start: Int32, to end: Int32, _ symbols: [Int32], _ targets: [Int32]) -> Int32? {
        var low = Int(start)
        var high = Int(end)
        while low < high {
            let mid = (low + high) / 2
            if symbols[mid] < symbol { low = mid + 1 } else { high = mid }
        }
        return low < Int(end) && symbols[low] == symbol ? targets[low] : nil
    }

    /// `node` and every node reachable from it without reading a word.
    private func closure(of node: Int32) -> [Int32] {
        var result = [node]
        var i = 0
        while i < result.count {
            let n = Int(result[i])
            for e in Int(t.epsilonStart[n])..<Int(t.epsilonStart[n + 1]) where !result.contains(t.epsilonTarget[e]) {
                result.append(t.epsilonTarget[e])
            }
            i += 1
        }
        return result
    }

    private func wordChild(_ node: Int32, _ word: Int32) -> Int32? {
        Self.target(word, from: t.wordStart[Int(node)], to: t.wordStart[Int(node) + 1], t.wordSymbol, t.wordTarget)
    }

    private func prefixChild(_ node: Int32, _ prefix: Int32) -> Int32? {
        Self.target(prefix, from: t.prefixStart[Int(node)], to: t.prefixStart[Int(node) + 1], t.prefixSymbol, t.prefixTarget)
    }

    private static func buckets(_ prefixes: [String]) -> [[Int32]] {
        var buckets = [[Int32]](repeating: [], count: 256)
        for (n, prefix) in prefixes.enumerated() {
            if let first = prefix.utf8.first { buckets[Int(first)].append(Int32(n)) }
        }
        return buckets
    }

    private func key(_ word: String) -> TokenKey {
        let id = Self.index(of: word, in: t.words) ?? -1
        var found: [Int32] = []
        var text = word
        text.withUTF8 { bytes in
            guard let first = bytes.first else { return }
            for p in prefixesByFirstByte[Int(first)] {
                let prefix = prefixBytes[Int(p)]
                guard prefix.count <= bytes.count else { continue }
                var k = 1
                while k < prefix.count, prefix[k] == bytes[k] { k += 1 }
                if k == prefix.count { found.append(p) }
            }
        }
        let starts = startNodes.contains { start in (id >= 0 && wordChild(start, id) != nil) || found.contains { prefixChild(start, $0) != nil } }
        return TokenKey(word: id, prefixes: found, starts: starts)
    }

    /// Every match in `tokens`; overlapping and nested matches are all reported.
    public func matches(in tokens: [Token]) -> [PhraseMatch] {
        var cache = MatchCache()
        return matches(in: tokens, cache: &cache)
    }

    /// Every match in `tokens`, looking words up through `cache`.
    public func matches(in tokens: [Token], cache: inout MatchCache) -> [PhraseMatch] {
        var keys: [TokenKey] = []
        keys.reserveCapacity(tokens.count)
        var anyStart = false
        for token in tokens {
            let key: TokenKey
            if !token.isWord {
                key = token.text == "(" || token.text == ")" ? .bracket : token.text == "," ? comma : .mark
            } else if let known = cache.keys[token.text] {
                key = known
            } else {
                key = self.key(token.text)
                cache.keys[token.text] = key
            }
            anyStart = anyStart || key.starts
            keys.append(key)
        }
        guard anyStart else { return [] }
        var result: [PhraseMatch] = []
        var stack: [(node: Int32, position: Int)] = []
        swap(&stack, &cache.stack)
        defer { swap(&stack, &cache.stack) }
        // Each (trie node, position) is expanded once per start, so gaps and optional words cannot
        // multiply the work: the walk from one start is bounded by trie size times phrase span.
        let nodes = nodeCount
        // Read once: a static's every access goes through its initialization check.
        let bracket = TokenKey.bracket.word
        // A comma some phrase names is walked like a word, but no gap steps over it.
        let commaWord = comma.word
        for start in keys.indices where keys[start].starts {
            stack.append((0, start))
            cache.newWalk(nodes: nodes)
            while let (node, position) = stack.popLast() {
                guard cache.insert(node: Int(node), offset: position - start) else { continue }
                let n = Int(node)
                for e in Int(t.epsilonStart[n])..<Int(t.epsilonStart[n + 1]) { stack.append((t.epsilonTarget[e], position)) }
                // A match ends on a word: the bracket a phrase stepped over ("phone (including ...")
                // is no part of it, nor is a comma whose optional words did not follow.
                if position > start, keys[position - 1].word != bracket, keys[position - 1].word != commaWord {
                    for i in Int(t.acceptStart[n])..<Int(t.acceptStart[n + 1]) {
                        result.append(PhraseMatch(payload: Int(t.acceptPayload[i]), range: start..<position))
                    }
                }
                guard position < keys.count else { continue }
                // The word number only: copying the whole key would retain and release its
                // prefix list at every step of the walk.
                let word = keys[position].word
                // Brackets are transparent: "Internet Protocol (IP) address" still names an IP address.
                if word == bracket {
                    if position > start { stack.append((node, position + 1)) }
                    continue
                }
                guard keys[position].isWord else { continue }
                if word >= 0, let next = wordChild(node, word) { stack.append((next, position + 1)) }
                if t.prefixStart[n] < t.prefixStart[n + 1] {
                    for prefix in keys[position].prefixes {
                        if let next = prefixChild(node, prefix) { stack.append((next, position + 1)) }
                    }
                }
                for i in Int(t.gapStart[n])..<Int(t.gapStart[n + 1]) {
                    // The gap's next term must match at position + k for some k in 0...limit (words only).
                    var k = 0
                    while k <= Int(t.gapLimit[i]), position + k < keys.count, keys[position + k].isWord, keys[position + k].word != commaWord {
                        stack.append((t.gapTarget[i], position + k))
                        k += 1
                    }
                }
            }
        }
        return result
    }
}

// MARK: - A compiled matcher as tables

extension PhraseMatcher {
    /// The arrays a compiled matcher is made of. `BuiltinMatcher.swift` embeds them as Swift
    /// literals, which a release build lays out in the binary, so the built-in rules load without
    /// compiling, parsing or hashing anything.
    public struct Tables: Sendable, Equatable {
        /// Exact words, sorted; a word's number is its index.
        public var words: [String]
        /// Prefixes, sorted; a prefix's number is its index.
        public var prefixes: [String]
        /// Word edges: per node n, `wordSymbol[wordStart[n]..<wordStart[n+1]]` (sorted) and their targets.
        public var wordStart: [Int32], wordSymbol: [Int32], wordTarget: [Int32]
        /// Prefix edges, laid out like the word edges.
        public var prefixStart: [Int32], prefixSymbol: [Int32], prefixTarget: [Int32]
        /// Gap edges: how many words may be skipped, and the node after the gap.
        public var gapStart: [Int32], gapLimit: [Int32], gapTarget: [Int32]
        /// The payloads of the phrases that end at each node.
        public var acceptStart: [Int32], acceptPayload: [Int32]
        /// The nodes each node reaches without reading a word.
        public var epsilonStart: [Int32], epsilonTarget: [Int32]

        /// Tables from their arrays; `PhraseMatcher(tables:)` checks them.
        public init(
            words: [String], prefixes: [String], wordStart: [Int32], wordSymbol: [Int32], wordTarget: [Int32],
            prefixStart: [Int32], prefixSymbol: [Int32], prefixTarget: [Int32], gapStart: [Int32], gapLimit: [Int32],
            gapTarget: [Int32], acceptStart: [Int32], acceptPayload: [Int32], epsilonStart: [Int32], epsilonTarget: [Int32]
        ) {
            (self.words, self.prefixes) = (words, prefixes)
            (self.wordStart, self.wordSymbol, self.wordTarget) = (wordStart, wordSymbol, wordTarget)
            (self.prefixStart, self.prefixSymbol, self.prefixTarget) = (prefixStart, prefixSymbol, prefixTarget)
            (self.gapStart, self.gapLimit, self.gapTarget) = (gapStart, gapLimit, gapTarget)
            (self.acceptStart, self.acceptPayload) = (acceptStart, acceptPayload)
            (self.epsilonStart, self.epsilonTarget) = (epsilonStart, epsilonTarget)
        }
    }

    /// This matcher's tables.
    public var tables: Tables { t }

    /// A matcher from tables; nil when an offset or number is out of bounds, so damaged tables
    /// are refused rather than trapping while matching.
    public init?(tables: Tables) {
        t = tables
        guard isConsistent else { return nil }
        deriveLookups()
    }

    /// Every offset and number within bounds, so damaged tables cannot make matching trap.
    private var isConsistent: Bool {
        let nodes = nodeCount
        func ascending(_ list: [String]) -> Bool { zip(list, list.dropFirst()).allSatisfy { $0 < $1 } }
        guard nodes >= 1, ascending(t.words), ascending(t.prefixes) else { return false }
        func csr(_ start: [Int32], _ count: Int) -> Bool {
            start.count == nodes + 1 && start.first == 0 && Int(start.last!) == count && zip(start, start.dropFirst()).allSatisfy { $0 <= $1 }
        }
        func inRange(_ values: [Int32], _ limit: Int) -> Bool { values.allSatisfy { $0 >= 0 && Int($0) < limit } }
        return csr(t.wordStart, t.wordSymbol.count) && t.wordTarget.count == t.wordSymbol.count
            && csr(t.prefixStart, t.prefixSymbol.count) && t.prefixTarget.count == t.prefixSymbol.count
            && csr(t.gapStart, t.gapLimit.count) && t.gapTarget.count == t.gapLimit.count && csr(t.acceptStart, t.acceptPayload.count)
            && csr(t.epsilonStart, t.epsilonTarget.count)
            && inRange(t.wordSymbol, t.words.count) && inRange(t.prefixSymbol, t.prefixes.count)
            && inRange(t.wordTarget, nodes) && inRange(t.prefixTarget, nodes) && inRange(t.gapTarget, nodes)
            && inRange(t.epsilonTarget, nodes)
    }
}
