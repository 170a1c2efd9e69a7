import PolicyModel

/// Options that change how input is read.
public struct ExtractionOptions: Sendable {
    /// Read every input as this format instead of detecting it.
    public var format: InputFormat?
    /// Inputs larger than this many bytes are refused with an error.
    public var maxInputSize: Int
    /// A document with fewer words than this is "no policy text".
    public var minimumWords: Int

    /// 64 MiB: far above any real policy, low enough that a runaway input cannot exhaust memory.
    public static let defaultMaxInputSize = 64 * 1024 * 1024

    /// Creates options.
    public init(format: InputFormat? = nil, maxInputSize: Int = defaultMaxInputSize, minimumWords: Int = 10) {
        self.format = format
        self.maxInputSize = maxInputSize
        self.minimumWords = minimumWords
    }
}

/// Reads input bytes of any supported format into a `Document`: the entry point of extraction.
public enum DocumentReader {
    /// Reads `bytes`; `path` only serves as a format hint through its extension.
    public static func read(_ bytes: [UInt8], path: String, options: ExtractionOptions = ExtractionOptions())
        throws(ExtractionError) -> Document
    {
        guard bytes.count <= options.maxInputSize else {
            throw ExtractionError(
                message: "input is \(bytes.count) bytes, over the limit of \(options.maxInputSize) (raise it with --max-input-size)")
        }
        guard bytes.contains(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else {
            throw ExtractionError(message: "empty input: no policy text to analyze")
        }
        guard !FormatDetector.isBinary(bytes) else {
            throw ExtractionError(message: "binary data, not a policy (expected HTML, XML, Markdown or plain text)")
        }
        let format = options.format ?? FormatDetector.detect(bytes, path: path)
        let text = TextDecoder.decode(bytes, markup: format == .html || format == .xml)
        let document: Document
        var xmlError: LibXMLReader.ParseFailure?
        switch format {
        case .html, .xml:
            let (raw, title, error) = try markupBlocks(text, asXML: format == .xml)
            xmlError = error
            document = DocumentAssembler.assemble(raw, title: title, format: format)
        case .markdown:
            document = DocumentAssembler.assemble(MarkdownReader.blocks(text), title: nil, format: format)
        case .text:
            document = DocumentAssembler.assemble(PlainTextReader.blocks(text), title: nil, format: format)
        }
        if let xmlError, !document.hasWords(atLeast: options.minimumWords) {
            // Malformed XML that left nothing to read: the parser's complaint says where.
            throw ExtractionError(line: xmlError.line, column: xmlError.column, message: "malformed XML: \(xmlError.message)")
        }
        guard document.hasWords(atLeast: options.minimumWords) else {
            // Chinese or Japanese text has few spaces, so few "words": say what it is instead.
            let letters = document.blocks.reduce((latin: 0, other: 0)) { sum, block in
                let these = Document.scriptLetters(block.text)
                return (sum.latin + these.latin, sum.other + these.other)
            }
            if Document.isMostlyOtherScript(letters, atLeast: 20) {
                throw ExtractionError(
                    message: "the text is not in English (\(letters.other) characters of another script); policyscan reads English policies only")
            }
            throw ExtractionError(
                message: "no policy text found (\(document.wordCount) words of text after dropping menus, scripts and other page chrome)")
        }
        return document
    }

    /// Parses markup and cuts it into raw blocks; the tree lives only inside this call, so its
    /// memory is returned before the document is assembled.
    private static func markupBlocks(_ text: String, asXML: Bool) throws(ExtractionError)
        -> (blocks: [RawBlock], title: String, error: LibXMLReader.ParseFailure?)
    {
        let parsed: (tree: MarkupTree, firstError: LibXMLReader.ParseFailure?)
        do {
            parsed = try LibXMLReader.parse(text, asXML: asXML)
        } catch {
            throw ExtractionError(line: error.line, column: error.column, message: "malformed XML: \(error.message)")
        }
        var selector = ContentSelector(tree: parsed.tree)
        let (region, dropped) = selector.select()
        var builder = MarkupBlockBuilder(tree: parsed.tree, dropped: dropped)
        return (builder.build(region: region), parsed.tree.title, parsed.firstError)
    }
}
