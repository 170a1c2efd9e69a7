internal import CLibXML2

/// The one place that talks to libxml2: parses HTML or XML into a `MarkupTree` through SAX events.
///
/// No libxml2 tree is ever built, so nothing can expand: entity references are resolved only to
/// the predefined XML entities and HTML's named characters (a static table), never to entities a
/// document declares; external entities and DTDs are refused by a deny-all loader and `NONET`.
/// Elements whose content is never policy text (scripts, styles, forms' controls, `<head>`) are
/// dropped while reading, which keeps big pages small.
enum LibXMLReader {
    /// Why a parse produced nothing usable.
    struct ParseFailure: Error {
        var line: Int
        var column: Int
        var message: String
    }

    private static let setUp: Void = {
        xmlInitParser()
        policyscan_installDenyAllLoader()
        policyscan_silenceErrors()
    }()

    /// Parses `utf8` (already transcoded to UTF-8) as HTML or XML.
    static func parse(_ text: String, asXML: Bool) throws(ParseFailure) -> (tree: MarkupTree, firstError: ParseFailure?) {
        _ = setUp
        let builder = TreeBuilder()
        var text = text
        text.makeContiguousUTF8()
        // The parser reads the string's own UTF-8 storage: no second copy of a large page.
        let ctxt: xmlParserCtxtPtr? =
            text.utf8.withContiguousStorageIfAvailable { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    asXML
                        ? xmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count))
                        : htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count))
                }
            } ?? nil
        guard let ctxt else { throw ParseFailure(line: 1, column: 1, message: "the XML parser could not start") }
        defer {
            ctxt.pointee.userData = nil
            if asXML { xmlFreeParserCtxt(ctxt) } else { htmlFreeParserCtxt(ctxt) }
        }
        builder.context = ctxt
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.characters = onCharacters
        handler.cdataBlock = onCharacters
        handler.ignorableWhitespace = onCharacters
        handler.reference = onReference
        handler.getEntity = onGetEntity
        handler.serror = onError
        if asXML {
            handler.startElementNs = onStartElementNs
            handler.endElementNs = onEndElementNs
        } else {
            handler.startElement = onStartElement
            handler.endElement = onEndElement
        }
        ctxt.pointee.sax.pointee = handler
        let unmanaged = Unmanaged.passUnretained(builder)
        ctxt.pointee.userData = unmanaged.toOpaque()
        // The input is UTF-8 already (TextDecoder did the browser's work); a stale declaration
        // inside it must not switch the decoder again.
        xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8)
        if asXML {
            let options =
                XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_NOCDATA.rawValue
            xmlCtxtUseOptions(ctxt, Int32(options))
            _ = xmlParseDocument(ctxt)
        } else {
            let options =
                HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NOIMPLIED.rawValue
            htmlCtxtUseOptions(ctxt, Int32(options))
            _ = htmlParseDocument(ctxt)
        }
        if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc) }
        withExtendedLifetime(builder) {}
        if builder.elementCount == 0, let failure = builder.firstFatal { throw failure }
        return (builder.tree, asXML ? builder.firstFatal : nil)
    }

    /// Elements whose whole content is dropped while reading.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "frameset", "object",
        "embed", "canvas", "button", "select", "option", "textarea", "input", "link", "meta", "audio", "base",
        "video", "picture", "source", "map", "dialog",
    ]

    /// Attributes the extractor uses to recognize chrome and hidden content.
    static let keptAttributes: [String] = [
        "id", "class", "role", "style", "hidden", "aria-hidden", "aria-label", "type",
    ]

    /// The kept attributes as bytes, to compare with libxml2's names before making a string.
    private static let keptAttributeBytes: [[UInt8]] = keptAttributes.map { Array($0.utf8) }

    /// The kept attribute `key` names, in lower case, or nil. Compared as bytes, any ASCII case: a
    /// modern page has thousands of attributes (data-*, srcset, aria-*), and making a lower-cased
    /// string of each name cost more than reading the rest of the element.
    static func keptAttribute(_ key: UnsafePointer<xmlChar>) -> String? {
        let length = Int(xmlStrlen(key))
        for (index, bytes) in keptAttributeBytes.enumerated() where bytes.count == length {
            var k = 0
            while k < length, asciiLower(key[k]) == bytes[k] { k += 1 }
            if k == length { return keptAttributes[index] }
        }
        return nil
    }

    /// An element name in lower case. libxml2's HTML parser gives names in ASCII lower case
    /// already; XML names keep their case, and only ASCII letters matter to the tag lists.
    static func elementName(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        let length = Int(xmlStrlen(name))
        let bytes = UnsafeBufferPointer(start: name, count: length)
        guard bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes.map(asciiLower), as: UTF8.self)
    }

    @inline(__always)
    private static func asciiLower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}

/// Receives SAX events; one per parse.
private final class TreeBuilder {
    var tree = MarkupTree()
    var context: xmlParserCtxtPtr?
    var stack: [Int] = [MarkupTree.root]
    /// > 0 while inside a dropped element; counts nested starts so the matching end is found.
    var skipDepth = 0
    var inTitle = false
    var elementCount = 0
    var firstFatal: LibXMLReader.ParseFailure?

    var line: Int { Int(context?.pointee.input?.pointee.line ?? 1) }

    /// An element opens; `name` is in lower case.
    func start(_ name: String, attributes: [(String, String)]) {
        elementCount += 1
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        if name == "title", tree.title.isEmpty {
            inTitle = true
            skipDepth = 1
            return
        }
        if LibXMLReader.droppedElements.contains(name) {
            skipDepth = 1
            return
        }
        let index = tree.append(.element, name: name, attributes: attributes, parent: stack[stack.count - 1], line: line)
        stack.append(index)
    }

    func end() {
        if skipDepth > 0 {
            skipDepth -= 1
            if skipDepth == 0 { inTitle = false }
            return
        }
        if stack.count > 1 { stack.removeLast() }
    }

    func text(_ text: String) {
        if inTitle {
            tree.title += text
            return
        }
        guard skipDepth == 0 else { return }
        // libxml2 reports the line where a chunk of text ends; the block builder wants its start.
        let newlines = ByteSearch.count(of: 0x0A, in: text)
        tree.appendText(text, parent: stack[stack.count - 1], line: max(1, line - newlines))
    }
}

private func builder(_ ctx: UnsafeMutableRawPointer?) -> TreeBuilder? {
    guard let ctx else { return nil }
    return Unmanaged<TreeBuilder>.fromOpaque(ctx).takeUnretainedValue()
}

private func string(_ chars: UnsafePointer<xmlChar>?) -> String {
    guard let chars else { return "" }
    return String(cString: chars)
}

private func onStartElement(
    _ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
    guard let builder = builder(ctx) else { return }
    var attributes: [(String, String)] = []
    if let atts {
        var i = 0
        while let key = atts[i] {
            if let name = LibXMLReader.keptAttribute(key) { attributes.append((name, string(atts[i + 1]))) }
            i += 2
        }
    }
    builder.start(LibXMLReader.elementName(name), attributes: attributes)
}

private func onEndElement(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
    builder(ctx)?.end()
}

private func onStartElementNs(
    _ ctx: UnsafeMutableRawPointer?, _ localname: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
    _ uri: UnsafePointer<xmlChar>?, _ nbNamespaces: Int32, _ namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
    _ nbAttributes: Int32, _ nbDefaulted: Int32, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
) {
    guard let builder = builder(ctx) else { return }
    var attributes: [(String, String)] = []
    if let atts {
        for i in 0..<Int(nbAttributes) {
            guard let key = atts[5 * i], let name = LibXMLReader.keptAttribute(key), let begin = atts[5 * i + 3],
                let end = atts[5 * i + 4]
            else {
                continue
            }
            let value = String(decoding: UnsafeBufferPointer(start: begin, count: end - begin), as: UTF8.self)
            attributes.append((name, value))
        }
    }
    builder.start(LibXMLReader.elementName(localname), attributes: attributes)
}

private func onEndElementNs(
    _ ctx: UnsafeMutableRawPointer?, _ localname: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
    _ uri: UnsafePointer<xmlChar>?
) {
    builder(ctx)?.end()
}

private func onCharacters(_ ctx: UnsafeMutableRawPointer?, _ chars: UnsafePointer<xmlChar>?, _ len: Int32) {
    guard let builder = builder(ctx), let chars, len > 0 else { return }
    builder.text(String(decoding: UnsafeBufferPointer(start: chars, count: Int(len)), as: UTF8.self))
}

/// An entity reference the parser did not resolve: only HTML's named characters become text.
private func onReference(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
    guard let builder = builder(ctx), let name, let entity = htmlEntityLookup(name) else { return }
    guard let scalar = Unicode.Scalar(entity.pointee.value) else { return }
    builder.text(String(Character(scalar)))
}

/// Only the five predefined XML entities exist: declared ones are never looked up, so they never expand.
private func onGetEntity(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) -> xmlEntityPtr? {
    guard let name else { return nil }
    return xmlGetPredefinedEntity(name)
}

private func onError(_ ctx: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let builder = builder(ctx), let error, builder.firstFatal == nil else { return }
    guard error.pointee.level == XML_ERR_FATAL else { return }
    let message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
    builder.firstFatal = LibXMLReader.ParseFailure(
        line: Int(error.pointee.line), column: Int(error.pointee.int2),
        message: String((message.split(separator: "\n").first ?? "malformed XML").trimmingSpaces()))
}
