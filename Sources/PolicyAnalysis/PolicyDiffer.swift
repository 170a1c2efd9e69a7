import PolicyModel

/// Compares two versions of a policy: category states (what the vendor says it collects) and
/// sections (aligned by heading, renamed ones matched by their words), ignoring cosmetic changes:
/// whitespace, punctuation, letter case, "Last updated" dates and paragraphs that only moved.
public enum PolicyDiffer {
    /// The diff of `old` and `new` (documents and their analyses). `verbose` also reports
    /// categories whose state stayed but whose evidence was reworded.
    public static func diff(
        old: (document: Document, result: PolicyResult), new: (document: Document, result: PolicyResult), verbose: Bool = false
    ) -> PolicyDiff {
        diff(old: prepare(old.document, old.result), new: prepare(new.document, new.result), verbose: verbose)
    }

    /// A version made ready for diffing: its sections split and normalized once, so a history
    /// of versions prepares each only once.
    public struct Version: Sendable {
        let result: PolicyResult
        let sections: [Section]
    }

    /// Prepares one version.
    public static func prepare(_ document: Document, _ result: PolicyResult) -> Version {
        Version(result: result, sections: sections(document))
    }

    /// The diff of two prepared versions.
    public static func diff(old: Version, new: Version, verbose: Bool = false) -> PolicyDiff {
        PolicyDiff(
            old: old.result, new: new.result, changes: categoryChanges(old.result, new.result, verbose: verbose),
            sections: sectionChanges(old.sections, new.sections))
    }

    // MARK: Categories

    static func categoryChanges(_ old: PolicyResult, _ new: PolicyResult, verbose: Bool) -> [CategoryChange] {
        let before = Dictionary(old.summary.map { ($0.category, $0.state) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.summary.map { ($0.category, $0.state) }, uniquingKeysWith: { a, _ in a })
        var changes: [CategoryChange] = []
        for category in Set(before.keys).union(after.keys) {
            let b = before[category] ?? .absent
            let a = after[category] ?? .absent
            let oldEvidence = evidence(old, category)
            let newEvidence = evidence(new, category)
            if b == a {
                guard verbose, Set(oldEvidence.map { normalize($0.text) }) != Set(newEvidence.map { normalize($0.text) }) else { continue }
            }
            changes.append(CategoryChange(category: category, before: b, after: a, beforeEvidence: oldEvidence, afterEvidence: newEvidence))
        }
        return changes.sorted { ($0.kind.order, $0.category) < ($1.kind.order, $1.category) }
    }

    static func evidence(_ result: PolicyResult, _ category: String) -> [Evidence] {
        var seen = Set<String>()
        return result.findings.filter { $0.category == category && seen.insert($0.evidence.text).inserted }.map(\.evidence)
    }

    // MARK: Sections

    struct Section: Sendable {
        var heading: [String]
        var paragraphs: [String]
        /// Normalized forms, computed once: alignment compares every pair of sections.
        var normalized: [String] = []
        var key = ""
        var headingWords = Set<Substring>()
        var textWords = Set<Substring>()

        mutating func prepare() {
            normalized = paragraphs.map(normalize)
            key = headingKey(heading.last ?? "")
            headingWords = Set(normalize(heading.last ?? "").split(separator: " "))
            textWords = Set(normalized.flatMap { $0.split(separator: " ") })
        }
    }

    static func sections(_ document: Document) -> [Section] {
        var result: [Section] = []
        for block in document.blocks {
            let path = block.kind == .heading ? block.section + [block.text] : block.section
            if result.last?.heading != path { result.append(Section(heading: path, paragraphs: [])) }
            if block.kind != .heading, !Document.isDateLine(block.text) { result[result.count - 1].paragraphs.append(block.text) }
        }
        for i in result.indices { result[i].prepare() }
        return result
    }

    static func sectionChanges(_ old: [Section], _ new: [Section]) -> [SectionChange] {
        // Paragraphs that exist anywhere in the other version only moved.
        var oldParagraphs: [String: Int] = [:]
        var newParagraphs: [String: Int] = [:]
        for p in old.flatMap(\.normalized) { oldParagraphs[p, default: 0] += 1 }
        for p in new.flatMap(\.normalized) { newParagraphs[p, default: 0] += 1 }

        var pairOfNew = [Int?](repeating: nil, count: new.count)
        var usedOld = Set<Int>()
        // Same heading first, in order.
        for (j, section) in new.enumerated() {
            if let i = old.indices.first(where: {
                !usedOld.contains($0) && old[$0].key == section.key && !section.key.isEmpty
                    || (!usedOld.contains($0) && section.heading.isEmpty && old[$0].heading.isEmpty)
            }) {
                pairOfNew[j] = i
                usedOld.insert(i)
            }
        }
        // Renamed sections: matched by the words of their headings and text.
        var candidates: [(score: Double, i: Int, j: Int)] = []
        for j in new.indices where pairOfNew[j] == nil {
            for i in old.indices where !usedOld.contains(i) {
                let headingScore = jaccard(old[i].headingWords, new[j].headingWords)
                let textScore = jaccard(old[i].textWords, new[j].textWords)
                let score = 0.4 * headingScore + 0.6 * textScore
                if textScore >= 0.5 || score >= 0.45 { candidates.append((score, i, j)) }
            }
        }
        for candidate in candidates.sorted(by: { $0.score > $1.score }) where pairOfNew[candidate.j] == nil && !usedOld.contains(candidate.i) {
            pairOfNew[candidate.j] = candidate.i
            usedOld.insert(candidate.i)
        }

        var changes: [SectionChange] = []
        var nextOld = 0
        func removed(upTo limit: Int) {
            while nextOld < limit {
                if !usedOld.contains(nextOld) {
                    let section = old[nextOld]
                    let gone = section.normalized.filter { newParagraphs[$0] == nil }
                    if !gone.isEmpty || section.paragraphs.isEmpty && !section.heading.isEmpty && !new.contains(where: { $0.key == section.key }) {
                        changes.append(
                            SectionChange(change: .removed, heading: section.heading, before: section.paragraphs.joined(separator: "\n"), after: nil))
                    }
                }
                nextOld += 1
            }
        }
        for (j, section) in new.enumerated() {
            guard let i = pairOfNew[j] else {
                let fresh = section.normalized.filter { oldParagraphs[$0] == nil }
                if !fresh.isEmpty || (section.paragraphs.isEmpty && !section.heading.isEmpty) {
                    changes.append(
                        SectionChange(change: .added, heading: section.heading, before: nil, after: section.paragraphs.joined(separator: "\n")))
                }
                continue
            }
            removed(upTo: i)
            let before = zip(old[i].paragraphs, old[i].normalized).filter { newParagraphs[$0.1] == nil }.map(\.0)
            let after = zip(section.paragraphs, section.normalized).filter { oldParagraphs[$0.1] == nil }.map(\.0)
            let renamed = old[i].key != section.key
            guard !before.isEmpty || !after.isEmpty || renamed else { continue }
            let edits = wordDiff(before.joined(separator: " "), after.joined(separator: " "))
            guard renamed || edits.contains(where: { $0.operation != .same }) else { continue }
            changes.append(
                SectionChange(
                    change: .modified, heading: section.heading, oldHeading: renamed ? old[i].heading : nil,
                    before: old[i].paragraphs.joined(separator: "\n"), after: section.paragraphs.joined(separator: "\n"), words: edits))
        }
        removed(upTo: old.count)
        return changes
    }

    // MARK: Words

    /// Word diffs above this many words on either side are shown as whole removed and added
    /// text: Myers' algorithm costs (N + M) × D, and a rewritten 40-page policy is all D.
    static let wordDiffLimit = 1500

    /// The word-level diff of two texts (CollectionDifference), long unchanged runs shortened to
    /// their ends.
    public static func wordDiff(_ before: String, _ after: String) -> [WordEdit] {
        // Words are compared by a number standing for their normalized form: cheap equality
        // for the diff's inner loop.
        var ids: [String: Int] = [:]
        func words(_ text: String) -> (text: [Substring], keys: [Int]) {
            var texts: [Substring] = []
            var keys: [Int] = []
            for word in text.split(separator: " ") {
                let key = normalize(String(word))
                guard !key.isEmpty else { continue }
                texts.append(word)
                if let id = ids[key] {
                    keys.append(id)
                } else {
                    ids[key] = ids.count
                    keys.append(ids.count - 1)
                }
            }
            return (texts, keys)
        }
        let (aText, aKeys) = words(before)
        let (bText, bKeys) = words(after)
        guard aKeys.count <= wordDiffLimit, bKeys.count <= wordDiffLimit else {
            return [
                WordEdit(operation: .removed, text: aText.joined(separator: " ")), WordEdit(operation: .added, text: bText.joined(separator: " ")),
            ]
            .filter { !$0.text.isEmpty }
        }
        let difference = bKeys.difference(from: aKeys)
        var removedAt = Set<Int>()
        var insertedAt = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removedAt.insert(offset)
            case .insert(let offset, _, _): insertedAt.insert(offset)
            }
        }
        var edits: [WordEdit] = []
        func emit(_ operation: WordEdit.Operation, _ word: Substring, old: Substring? = nil) {
            if let last = edits.last, last.operation == operation {
                edits[edits.count - 1].text += " " + word
                if let old { edits[edits.count - 1].oldText = (edits[edits.count - 1].oldText ?? "") + " " + old }
            } else {
                edits.append(WordEdit(operation: operation, text: String(word), oldText: old.map(String.init)))
            }
        }
        var i = 0
        var j = 0
        while i < aText.count || j < bText.count {
            if i < aText.count, removedAt.contains(i) {
                emit(.removed, aText[i])
                i += 1
            } else if j < bText.count, insertedAt.contains(j) {
                emit(.added, bText[j])
                j += 1
            } else {
                if i < aText.count, j < bText.count { emit(.same, bText[j], old: aText[i]) }
                i += 1
                j += 1
            }
        }
        func shortened(_ text: String) -> String {
            let words = text.split(separator: " ")
            guard words.count > 16 else { return text }
            return words.prefix(6).joined(separator: " ") + " … " + words.suffix(6).joined(separator: " ")
        }
        return edits.map { edit in
            guard edit.operation == .same else { return edit }
            return WordEdit(operation: .same, text: shortened(edit.text), oldText: edit.oldText.map(shortened))
        }
    }

    /// Lower-cased words separated by single spaces; punctuation inside a word ("e-mail",
    /// "don't") disappears, other punctuation separates. ASCII is handled byte by byte; only other
    /// characters consult Unicode properties.
    static func normalize(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if space, !out.isEmpty { out.append(0x20) }
                    space = false
                    out.append(lower)
                } else if byte != UInt8(ascii: "-"), byte != UInt8(ascii: "'") {
                    space = true
                }
            } else if value == 0x2019 || value == 0x2010 || value == 0x2011 || value == 0xAD {
                continue
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if space, !out.isEmpty { out.append(0x20) }
                space = false
                out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                space = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A heading without its numbering: "2.1 Data We Collect" and "Data we collect" align.
    static func headingKey(_ heading: String) -> String {
        var words = normalize(heading).split(separator: " ")
        while let first = words.first,
            first.allSatisfy(\.isNumber) || ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "a", "b", "c"].contains(first),
            words.count > 1
        {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    static func words(_ text: String) -> Set<Substring> { Set(normalize(text).split(separator: " ")) }

    static func jaccard(_ a: Set<Substring>, _ b: Set<Substring>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }
}
