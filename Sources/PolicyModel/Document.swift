/// A policy as the analyzer reads it: ordered blocks of text with their structure and source lines.
///
/// Produced by the readers in `PolicyExtraction` from HTML, XML, Markdown or plain text; every later
/// stage (rules, analysis, reports) sees only this value, never the input bytes.
public struct Document: Sendable, Hashable {
    /// The policy's title: the page `<title>`, else the first top-level heading; nil when neither exists.
    public var title: String?
    /// The format the document was read as.
    public var format: InputFormat
    /// The blocks in reading order.
    public var blocks: [Block]

    /// Creates a document from already extracted blocks.
    public init(title: String?, format: InputFormat, blocks: [Block]) {
        self.title = title
        self.format = format
        self.blocks = blocks
    }

    /// The number of words in all blocks; a document with none is not a policy.
    public var wordCount: Int {
        blocks.reduce(0) { $0 + Document.wordCount($1.text) }
    }

    /// Whether the blocks hold at least `minimum` words; stops counting there.
    public func hasWords(atLeast minimum: Int) -> Bool {
        var count = 0
        for block in blocks {
            count += Document.wordCount(block.text)
            if count >= minimum { return true }
        }
        return count >= minimum
    }

    /// The number of words (runs of letters and digits) in `text`, counted on its UTF-8 bytes.
    public static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var previous: UInt8 = 0
            for byte in bytes {
                // A no-break space (C2 A0) separates words like a space.
                let isWordByte = (byte >= 0x80 && !(byte == 0xA0 && previous == 0xC2) && byte != 0xC2)
                    || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                if isWordByte, !inWord { count += 1 }
                inWord = isWordByte
                previous = byte
            }
            return count
        }
    }
}

/// The formats policyscan reads.
public enum InputFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// HTML as browsers read it (tag soup allowed).
    case html
    /// XHTML or any other XML.
    case xml
    /// Markdown (CommonMark-like, as Open Terms Archive records policies).
    case markdown
    /// Plain text, paragraphs separated by blank lines.
    case text
}
