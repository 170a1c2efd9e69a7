/// A fixed list of words that is only ever asked "does it contain this word?": the statement
/// classifier's and the analyzer's word lists ("collect", "gather", "partners" ...).
///
/// `Set<String>` hashes each looked-up word with SipHash, which costs about as much as the rest
/// of a lookup several times over, and the classifier looks up some ten thousand words in a
/// typical policy. Here a word is hashed with FNV-1a over its UTF-8 bytes into an open-addressed
/// table at most half full. Only the list's own words are ever inserted, so the probe sequences are
/// fixed when the list is built: text being looked up cannot lengthen them, whatever it contains.
public struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    /// Each slot's word hash, never 0; 0 marks an empty slot. A lookup compares hashes and reads
    /// the word only when they are equal, so a word that is not in the set costs no string compare.
    private let hashes: [UInt64]
    /// The words in their slots ("" where empty).
    private let slots: [String]
    /// `slots.count - 1`; the table's size is a power of two.
    private let mask: Int
    /// The words in the order given, without duplicates.
    private let words: [String]

    /// A set of the given words.
    public init<S: Sequence>(_ list: S) where S.Element == String {
        let given = Array(list)
        var size = 4
        while size < given.count * 2 { size *= 2 }
        var hashes = [UInt64](repeating: 0, count: size)
        var slots = [String](repeating: "", count: size)
        var unique: [String] = []
        unique.reserveCapacity(given.count)
        for word in given {
            let h = Self.hash(word)
            var i = Int(truncatingIfNeeded: h) & (size - 1)
            while hashes[i] != 0, hashes[i] != h || slots[i] != word { i = (i + 1) & (size - 1) }
            if hashes[i] == 0 {
                hashes[i] = h
                slots[i] = word
                unique.append(word)
            }
        }
        self.hashes = hashes
        self.slots = slots
        self.mask = size - 1
        self.words = unique
    }

    /// A set of the listed words.
    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// True when `word` is one of the set's words.
    @inline(__always)
    public func contains(_ word: String) -> Bool {
        let h = Self.hash(word)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = hashes[i]
            if slot == 0 { return false }
            if slot == h, slots[i] == word { return true }
            i = (i + 1) & mask
        }
    }

    /// This set's words and the given ones.
    public func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String {
        WordSet(words + Array(other))
    }

    /// How many words the set holds.
    public var count: Int { words.count }

    /// The words, in the order they were given.
    public func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

    /// FNV-1a of the word's UTF-8 bytes, mixed so the low bits index well; never 0.
    @inline(__always)
    private static func hash(_ word: String) -> UInt64 {
        // Through `withUTF8`: iterating `utf8` decodes the string's storage a byte at a time.
        var text = word
        return text.withUTF8 { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return (h ^ (h >> 29)) | 1
        }
    }
}
