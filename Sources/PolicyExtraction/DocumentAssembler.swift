import PolicyModel

/// A block as a reader found it, before headings are recognized and sections assigned.
struct RawBlock {
    var kind: Block.Kind
    var level: Int = 0
    var text: TextAccumulator
    var cells: [String] = []
    /// Set by readers that know a line is not a heading whatever it looks like (Markdown list items).
    var mayBeHeading = true
}

/// Turns raw blocks from any reader into a `Document`: recognizes lines that act as headings,
/// assigns every block its section path and splits sentences with their input lines.
enum DocumentAssembler {
    static func assemble(_ input: consuming [RawBlock], title: String?, format: InputFormat) -> Document {
        var raw = input
        var blocks: [Block] = []
        blocks.reserveCapacity(raw.count)
        var headings: [(level: Int, text: String)] = []
        for index in raw.indices {
            // Each raw block is released once used: a big page never holds two copies of its text.
            let item = raw[index]
            raw[index] = RawBlock(kind: .paragraph, text: TextAccumulator())
            guard !item.text.isEmpty else { continue }
            var kind = item.kind
            var level = item.level
            let text = item.text.text
            if kind == .paragraph, isPipeMenu(text) { continue }
            if kind == .paragraph, item.mayBeHeading, let pseudo = pseudoHeadingLevel(item) {
                kind = .heading
                level = pseudo
            }
            if kind == .heading, Document.isDateLine(text) {
                // The policy's date, set as a heading for its looks, heads no section: the
                // sections after it would otherwise all sit under it, and every revision's new
                // date would read as a renamed section in a diff.
                kind = .paragraph
                level = 0
            }
            if kind == .heading {
                while let last = headings.last, last.level >= level { headings.removeLast() }
            }
            let section = headings.map(\.text)
            var block = Block(kind: kind, level: level, text: text, cells: item.cells, section: section, line: item.text.firstLine)
            if kind == .heading || kind == .tableRow {
                block.sentences = [Sentence(text: text, line: block.line)]
            } else {
                let utf8 = item.text.bytes
                block.sentences = SentenceSplitter.split(text).map { range in
                    // A one-sentence block shares its text's storage.
                    let sentence = range.count == utf8.count ? text : String(decoding: utf8[range], as: UTF8.self)
                    return Sentence(text: sentence, line: item.text.line(at: range.lowerBound))
                }
            }
            if kind == .heading { headings.append((level, text)) }
            blocks.append(block)
        }
        blocks = CombinedDocumentFilter.apply(blocks)
        let cleanTitle = title.map(collapse).flatMap { $0.isEmpty ? nil : $0 }
        return Document(
            title: cleanTitle ?? blocks.first { $0.kind == .heading && $0.level <= 2 }?.text, format: format, blocks: blocks)
    }

    /// "Home | Site Map | What's New | Privacy": a line of short entries between bars is a menu,
    /// whatever element holds it.
    static func isPipeMenu(_ text: String) -> Bool {
        guard ByteSearch.contains(UInt8(ascii: "|"), in: text) else { return false }
        let parts = text.split(separator: "|", omittingEmptySubsequences: false).map { part in
            part.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
        }.map { String($0) }
        let entries = parts.filter { !$0.isEmpty }
        guard parts.count >= 3, entries.count >= 2 else { return false }
        return entries.allSatisfy { entry in
            let words = Document.wordCount(entry)
            return words >= 1 && words <= 4 && entry.last.map { !".:;!?".contains($0) } ?? false
        }
    }

    /// The level a paragraph gets when it acts as a heading: a short bold line (9), a short line in
    /// capitals or a numbered title like "2. DATA WE PROCESS" (7; "2.1 ..." is 8); nil otherwise.
    static func pseudoHeadingLevel(_ block: RawBlock) -> Int? {
        let text = block.text.text
        guard let last = text.last, !".;,".contains(last), text.count <= 120 else { return nil }
        let words = text.split(separator: " ")
        guard words.count <= 14, words.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        if let depth = numberingDepth(words[0]), words.count >= 2, words.count <= 12 {
            let titled = words.dropFirst().filter { $0.first?.isUppercase == true }.count
            if titled * 2 >= words.count - 1 { return 6 + min(depth, 3) }
        }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        let upper = letters.filter { $0.properties.isUppercase }.count
        if letters.count >= 4, upper * 10 >= letters.count * 9 { return 7 }
        if block.text.visibleCount > 0, block.text.emphasizedCount * 10 >= block.text.visibleCount * 9 { return 9 }
        return nil
    }

    /// 1 for "2." or "II.", 2 for "2.1", 3 for "2.1.3"; nil when the word is not a section number.
    static func numberingDepth(_ word: Substring) -> Int? {
        var body = word
        if body.last == "." || body.last == ")" { body = body.dropLast() }
        guard !body.isEmpty else { return nil }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        if parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }) {
            return parts.count == 1 && word.last != "." && word.last != ")" ? nil : parts.count
        }
        if parts.count == 1, word.last == ".", body.count <= 4, body.allSatisfy({ "IVXivx".contains($0) }) { return 1 }
        return nil
    }

    static func collapse(_ text: String) -> String {
        var accumulator = TextAccumulator()
        accumulator.append(Substring(text), line: 1, emphasized: false)
        return accumulator.text
    }
}
