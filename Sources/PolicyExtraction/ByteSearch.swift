/// Substring search on bytes: the extraction's scans run over whole pages, where String's
/// Character-level search costs ten times more.
enum ByteSearch {
    /// The indices just past each non-overlapping occurrence of `needle` in `haystack`.
    static func ends<C: RandomAccessCollection>(of needle: [UInt8], in haystack: C) -> [C.Index] where C.Element == UInt8 {
        guard let first = needle.first, haystack.count >= needle.count else { return [] }
        var result: [C.Index] = []
        var i = haystack.startIndex
        let last = haystack.index(haystack.endIndex, offsetBy: -needle.count)
        while i <= last {
            if haystack[i] == first {
                var j = haystack.index(after: i)
                var k = 1
                while k < needle.count, haystack[j] == needle[k] {
                    j = haystack.index(after: j)
                    k += 1
                }
                if k == needle.count {
                    result.append(j)
                    i = j
                    continue
                }
            }
            i = haystack.index(after: i)
        }
        return result
    }

    /// Whether `byte` occurs in `text`. Searched over the contiguous UTF-8: iterating
    /// `String.UTF8View` costs ~10 instructions a byte, and these scans see every byte of a page.
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(byte) }
    }

    /// How many times `byte` occurs in `text` (see `contains`).
    static func count(of byte: UInt8, in text: String) -> Int {
        var text = text
        return text.withUTF8 { $0.reduce(0) { $0 + ($1 == byte ? 1 : 0) } }
    }
}
