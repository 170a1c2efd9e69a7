import Foundation

/// Turns input bytes into a Swift string the way browsers do.
///
/// Order of evidence: a byte-order mark; then, for HTML and XML, the encoding the document declares
/// (`<meta charset>`, `http-equiv`, the XML declaration); then valid UTF-8; else windows-1252.
/// A declared ISO-8859-1 or US-ASCII is read as windows-1252, as the WHATWG Encoding standard says.
enum TextDecoder {
    /// Decodes `bytes`; `markup` enables looking for a declaration in the first 4 KB.
    static func decode(_ bytes: [UInt8], markup: Bool) -> String {
        if let (encoding, skip) = byteOrderMark(bytes) {
            if let text = String(bytes: bytes[skip...], encoding: encoding) { return text }
        }
        if markup, let declared = declaredEncoding(bytes), declared != .utf8 {
            if let text = String(bytes: bytes, encoding: declared) { return text }
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let text = String(bytes: bytes, encoding: .windowsCP1252) { return text }
        // windows-1252 leaves five bytes undefined; map them one to one, as browsers do.
        return String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
    }

    static func byteOrderMark(_ bytes: [UInt8]) -> (String.Encoding, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) { return (.utf32LittleEndian, 4) }
        if bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return (.utf32BigEndian, 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }

    /// The encoding named by a `charset=` or `encoding=` in the first 4 KB, if Foundation knows it.
    static func declaredEncoding(_ bytes: [UInt8]) -> String.Encoding? {
        let head = bytes.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for key in ["charset=", "encoding="] {
            for end in ByteSearch.ends(of: Array(key.utf8), in: head) {
                var name = head[end...].drop { $0 == 0x22 || $0 == 0x27 || $0 == 0x20 }
                name = name.prefix {
                    ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F || $0 == 0x3A || $0 == 0x2E
                }
                if let encoding = encoding(named: String(decoding: name, as: UTF8.self)) { return encoding }
            }
        }
        return nil
    }

    static func encoding(named name: String) -> String.Encoding? {
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return .utf8
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252",
            "iso_8859-1", "cp819", "ibm819":
            return .windowsCP1252
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "csshiftjis", "ms932": return .shiftJIS
        case "euc-jp", "x-euc-jp": return .japaneseEUC
        case "iso-2022-jp": return .iso2022JP
        case "iso-8859-2", "latin2": return .isoLatin2
        case "windows-1250", "cp1250": return .windowsCP1250
        case "windows-1251", "cp1251": return .windowsCP1251
        case "windows-1253", "cp1253": return .windowsCP1253
        case "windows-1254", "cp1254": return .windowsCP1254
        default: return nil
        }
    }
}
