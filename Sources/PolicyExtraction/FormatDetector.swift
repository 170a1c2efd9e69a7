import PolicyModel

/// Tells the format of an input from its content, using the file extension as a hint.
public enum FormatDetector {
    /// The format `bytes` are in; `path`'s extension decides only where the content is ambiguous
    /// (markup saved as `.html` is read as HTML even when it starts with an XML declaration, as browsers do).
    public static func detect(_ bytes: [UInt8], path: String) -> InputFormat {
        let ext =
            path.split(separator: "/").last.flatMap { name in
                name.contains(".") ? name.split(separator: ".").last.map { $0.lowercased() } : nil
            } ?? ""
        let head = asciiHead(bytes)
        let start = head.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        if start.hasPrefix("<") {
            let lower = start.lowercased()
            if ["html", "htm"].contains(ext) { return .html }
            if ["xml", "xhtml", "xht", "rss", "atom", "svg"].contains(ext) { return .xml }
            if lower.hasPrefix("<?xml") { return lower.contains("<!doctype html>") ? .html : .xml }
            if isHTML(lower) { return .html }
            if ext == "md" || ext == "markdown" { return .markdown }
            return .html
        }
        switch ext {
        case "html", "htm": return isHTML(head.lowercased()) ? .html : .text
        case "xml", "xhtml": return .xml
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "txt", "text": return .text
        default: break
        }
        let lower = head.lowercased()
        if isHTML(lower) { return .html }
        return looksLikeMarkdown(head) ? .markdown : .text
    }

    static func isHTML(_ lowerHead: String) -> Bool {
        ["<!doctype html", "<html", "<head", "<body", "<div", "<p>", "<p ", "<h1", "<h2", "<meta", "<title", "<table"]
            .contains { lowerHead.contains($0) }
    }

    static func looksLikeMarkdown(_ head: String) -> Bool {
        for line in head.split(separator: "\n").prefix(200) {
            let t = line.drop { $0 == " " }
            if t.hasPrefix("# ") || t.hasPrefix("## ") || t.hasPrefix("### ") || t.hasPrefix("**") || t.hasPrefix("| ") { return true }
            if t.contains("](") { return true }
        }
        return false
    }

    /// The first 8 KB as text, non-ASCII bytes replaced (enough to see tags and markers).
    static func asciiHead(_ bytes: [UInt8]) -> String {
        var slice = Array(bytes.prefix(8192))
        // UTF-16: keep only the low bytes so markers stay visible.
        if slice.starts(with: [0xFF, 0xFE]) || slice.starts(with: [0xFE, 0xFF]) {
            slice = slice.dropFirst(2).filter { $0 != 0 }
        } else if slice.starts(with: [0xEF, 0xBB, 0xBF]) {
            slice = Array(slice.dropFirst(3))
        }
        return String(decoding: slice.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
    }

    /// NUL bytes (outside UTF-16/32) or many control bytes in the first 8 KB: not text.
    public static func isBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        if TextDecoder.byteOrderMark(Array(bytes.prefix(4)))?.1 ?? 0 >= 2, !bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return false }
        var control = 0
        for byte in head {
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { control += 1 }
        }
        if control * 20 > head.count { return true }
        // Bytes that are neither UTF-8 nor plausible windows-1252 text: most high bytes in a row.
        let high = head.filter { $0 >= 0x80 }.count
        guard head.count >= 64, high * 10 > head.count * 4 else { return false }
        return !isUTF8Prefix(Array(head)) && TextDecoder.declaredEncoding(Array(head)) == nil
    }

    /// Valid UTF-8 but for a character cut off at the end of the sample.
    static func isUTF8Prefix(_ bytes: [UInt8]) -> Bool {
        var end = bytes.count
        // Back up over at most one incomplete trailing sequence (lead byte plus up to 2 continuation bytes).
        var back = 0
        while back < 3, end > 0, bytes[end - 1] & 0xC0 == 0x80 {
            end -= 1
            back += 1
        }
        if end > 0, bytes[end - 1] >= 0xC0 { end -= 1 }
        return String(validating: bytes[..<end], as: UTF8.self) != nil || String(validating: bytes, as: UTF8.self) != nil
    }
}
