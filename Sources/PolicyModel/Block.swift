/// One unit of policy text: a heading, a paragraph, a list item, a table row or a definition.
public struct Block: Sendable, Hashable {
    /// What kind of block this is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A heading (real `<h1>`…`<h6>`, or a line that acts as one).
        case heading
        /// A paragraph of running text.
        case paragraph
        /// An item of a bulleted or numbered list.
        case listItem = "list-item"
        /// A table row; its cells are in `cells`.
        case tableRow = "table-row"
        /// A term or its description in a definition list.
        case definition
    }

    /// What kind of block this is.
    public var kind: Kind
    /// For headings, the level (1 is the outermost); 0 for other blocks.
    public var level: Int
    /// The block's text with whitespace collapsed; table rows join their cells with " | ".
    public var text: String
    /// The cells of a table row; empty for other kinds.
    public var cells: [String]
    /// The enclosing headings, outermost first (a heading's own path excludes itself).
    public var section: [String]
    /// The 1-based line in the input where the block starts.
    public var line: Int
    /// The block's sentences in order; a heading or a table row is one sentence.
    public var sentences: [Sentence]

    /// Creates a block.
    public init(
        kind: Kind, level: Int = 0, text: String, cells: [String] = [], section: [String] = [], line: Int,
        sentences: [Sentence] = []
    ) {
        self.kind = kind
        self.level = level
        self.text = text
        self.cells = cells
        self.section = section
        self.line = line
        self.sentences = sentences
    }
}

/// A sentence of a block, with the input line it starts on.
public struct Sentence: Sendable, Hashable {
    /// The sentence text, whitespace collapsed, exactly as `extract` prints it.
    public var text: String
    /// The 1-based line in the input where the sentence starts.
    public var line: Int

    /// Creates a sentence.
    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

extension Block {
    /// Words that end with a period without ending a sentence, lower-cased, without the final
    /// period: the sentence splitter's, and the reader's inside a table row, which is one sentence.
    public static let abbreviations: Set<String> = [
        "e.g", "i.e", "eg", "ie", "inc", "ltd", "co", "corp", "llc", "l.l.c", "plc", "gmbh", "s.a", "n.v", "b.v",
        "u.s", "u.s.a", "u.k", "e.u", "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "v", "jr", "sr",
        "approx", "dept", "fig", "sec", "art", "para", "cf", "al", "viz", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "p.o", "a.m", "p.m", "cal", "civ", "seq", "ca", "incl",
    ]
}
