import PolicyModel

/// Many sites publish their terms of use and their privacy policy on one page. The terms are not
/// privacy policy text: where a page titles a privacy policy and, as a peer or above it, a terms
/// document, the terms document's section is dropped.
enum CombinedDocumentFilter {
    static let termsTitles = [
        "terms of use", "terms of service", "terms and conditions", "terms & conditions", "user agreement",
        "conditions of use", "terms of sale", "visitor agreement", "terms and conditions of use", "website terms",
    ]

    static func apply(_ blocks: [Block]) -> [Block] {
        dropLeadingDocument(dropTermsSections(blocks))
    }

    /// A page that carries other documents first ("About this site", a user agreement) and the
    /// privacy policy after them under its own title: the policy starts at that title. It applies
    /// only when what precedes the title says little about data practices compared with what follows,
    /// so a policy's own later "Children's Privacy Policy" section never cuts its body away.
    static func dropLeadingDocument(_ blocks: [Block]) -> [Block] {
        guard let start = blocks.firstIndex(where: { $0.kind == .heading && namesPrivacyDocument($0.text) }), start > 0
        else { return blocks }
        let before = blocks[..<start]
        let after = blocks[start...]
        let wordsBefore = before.reduce(0) { $0 + Document.wordCount($1.text) }
        let wordsAfter = after.reduce(0) { $0 + Document.wordCount($1.text) }
        guard wordsBefore >= 300, wordsAfter >= 300 else { return blocks }
        let densityBefore = Double(practiceTerms(before)) / Double(wordsBefore)
        let densityAfter = Double(practiceTerms(after)) / Double(wordsAfter)
        return densityBefore * 3 < densityAfter ? Array(after) : blocks
    }

    /// How often blocks speak of data practices: "collect", "personal information", "cookie".
    static func practiceTerms(_ blocks: ArraySlice<Block>) -> Int {
        let terms = ["collect", "personal information", "personal data", "cookie", "information we", "your information"]
            .map { Array($0.utf8) }
        var count = 0
        for block in blocks {
            let text = block.text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            for term in terms { count += ByteSearch.ends(of: term, in: text).count }
        }
        return count
    }

    static func dropTermsSections(_ blocks: [Block]) -> [Block] {
        let headings = blocks.indices.filter { blocks[$0].kind == .heading }
        let privacyLevels = headings.filter { namesPrivacyDocument(blocks[$0].text) }.map { blocks[$0].level }
        guard let privacyLevel = privacyLevels.max() else { return blocks }
        var dropFrom: [Range<Int>] = []
        var i = 0
        while i < headings.count {
            let start = headings[i]
            let level = blocks[start].level
            guard level <= privacyLevel, namesTermsDocument(blocks[start].text) else {
                i += 1
                continue
            }
            var end = blocks.count
            var j = i + 1
            while j < headings.count {
                let next = blocks[headings[j]]
                if next.level < level || (next.level == level && !namesTermsDocument(next.text) && namesPrivacyDocument(next.text)) {
                    end = headings[j]
                    break
                }
                j += 1
            }
            dropFrom.append(start..<end)
            i = j
        }
        guard !dropFrom.isEmpty else { return blocks }
        var kept: [Block] = []
        var next = 0
        for range in dropFrom {
            kept.append(contentsOf: blocks[next..<range.lowerBound])
            next = range.upperBound
        }
        kept.append(contentsOf: blocks[next...])
        // Never leave less than a privacy policy's worth of text behind: a fifth of the blocks, or
        // 150 words (a short privacy statement after long terms of use is still one).
        guard kept.count * 5 < blocks.count else { return kept }
        return kept.reduce(0, { $0 + Document.wordCount($1.text) }) < 150 ? blocks : kept
    }

    /// Lower-cased letters and "&", one space between words. Scalar by scalar: every heading of a
    /// page goes through here.
    static func normalized(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var space = false
        for scalar in text.unicodeScalars {
            let letter: Unicode.Scalar?
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                letter = (lower >= 0x61 && lower <= 0x7A) || lower == UInt8(ascii: "&") ? Unicode.Scalar(lower) : nil
            } else {
                letter = scalar.properties.isAlphabetic ? scalar : nil
            }
            guard let letter else {
                space = true
                continue
            }
            if space, !result.isEmpty { result.append(" ") }
            space = false
            if letter.isASCII { result.append(letter) } else { result.append(contentsOf: letter.properties.lowercaseMapping.unicodeScalars) }
        }
        return String(result)
    }

    /// `text` contains `part`, compared as bytes: Foundation's `contains` goes through a locale-aware
    /// search, and every heading of a page is tested.
    static func has(_ text: String, _ part: String) -> Bool {
        !ByteSearch.ends(of: Array(part.utf8), in: Array(text.utf8)).isEmpty
    }

    static func namesPrivacyDocument(_ heading: String) -> Bool {
        let text = normalized(heading)
        guard text.split(separator: " ").count <= 8, !termsTitles.contains(where: { has(text, $0) }), !has(text, "terms")
        else { return false }
        return ["privacy policy", "privacy notice", "privacy statement"].contains { text.hasSuffix($0) }
            || text.hasPrefix("privacy policy") || text.hasPrefix("privacy notice") || text.hasPrefix("privacy statement")
    }

    static func namesTermsDocument(_ heading: String) -> Bool {
        let text = normalized(heading)
        let words = text.split(separator: " ")
        guard words.count <= 8, !has(text, "privacy") else { return false }
        guard !words.contains(where: { $0.hasPrefix("chang") || $0.hasPrefix("updat") || $0.hasPrefix("accept") || $0 == "these" })
        else { return false }
        return termsTitles.contains { text.hasSuffix($0) }
    }
}
