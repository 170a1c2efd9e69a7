extension Evidence {
    /// Evidence up to this many UTF-8 bytes is quoted whole by the reports people read. Longer
    /// evidence is almost always a table row of a California disclosure table or a purpose table,
    /// thousands of characters long, where the data named is a few words of one cell.
    public static let shortQuote = 400

    /// The evidence as a report for people quotes it: whole when short; otherwise about
    /// `shortQuote` bytes around the mention, cut at spaces, with "…" where text is left out, and
    /// the row's first cell (its label: the category or the purpose) kept in front and its short
    /// closing cells (the "YES | NO" answers) behind, when the part quoted leaves them out. The
    /// JSON and SARIF outputs always carry the whole text.
    public var quote: String {
        let bytes = Array(text.utf8)
        guard bytes.count > Self.shortQuote else { return text }
        let mention = self.mention.map { $0.clamped(to: 0..<bytes.count) } ?? 0..<0
        let length = max(Self.shortQuote, mention.count)
        var start = max(0, mention.lowerBound - (length - mention.count) / 2)
        let end = min(bytes.count, start + length)
        start = max(0, end - length)
        // Cut at spaces, never inside the mention (a space is always a character boundary).
        let space = UInt8(ascii: " ")
        var from = start
        if from > 0 {
            while from < mention.lowerBound, bytes[from - 1] != space { from += 1 }
        }
        var to = end
        if to < bytes.count {
            while to > max(mention.upperBound, from), bytes[to] != space { to -= 1 }
        }
        if to <= from {
            // No space to cut at (a long address, or a script written without spaces): cut at
            // the next character boundary instead.
            to = end
            while to < bytes.count, bytes[to] & 0xC0 == 0x80 { to += 1 }
        }
        var prefix = from > 0 ? "… " : ""
        if from > 0, let bar = firstCellEnd(bytes), bar < from, bar <= 120 {
            prefix = String(decoding: bytes[0..<bar], as: UTF8.self) + " | … "
        }
        var suffix = to < bytes.count ? " …" : ""
        // The short cells that end a row ("| YES | YES" of a disclosure table) answer for it: kept.
        if let tail = shortCellsStart(bytes), to < tail {
            suffix = " … |" + String(decoding: bytes[(tail + 2)...], as: UTF8.self)
        }
        while from < to, bytes[from] == space { from += 1 }
        while to > from, bytes[to - 1] == space { to -= 1 }
        return prefix + String(decoding: bytes[from..<to], as: UTF8.self) + suffix
    }

    /// Where the run of short cells (at most three, of up to 24 bytes each) that ends a table row
    /// starts: the offset of the " | " before them, or nil.
    private func shortCellsStart(_ bytes: [UInt8]) -> Int? {
        var start: Int?
        var cellEnd = bytes.count
        var cells = 0
        for k in stride(from: bytes.count - 3, through: 0, by: -1) where cells < 3 && isCellBar(bytes, k) {
            guard cellEnd - (k + 3) <= 24 else { break }
            start = k
            cellEnd = k
            cells += 1
        }
        return start
    }

    /// Where the first cell of a table row ends (the offset of its " | "), or nil.
    private func firstCellEnd(_ bytes: [UInt8]) -> Int? {
        (0..<max(0, bytes.count - 2)).first { isCellBar(bytes, $0) }
    }

    /// The " | " that joins a row's cells in extracted text starts at `k`.
    private func isCellBar(_ bytes: [UInt8], _ k: Int) -> Bool {
        bytes[k] == UInt8(ascii: " ") && bytes[k + 1] == UInt8(ascii: "|") && bytes[k + 2] == UInt8(ascii: " ")
    }
}
