// Definitions and exceptions: a sentence that defines a term, or excepts data from what it states,
// states no collection of it.
extension StatementClassifier {
    /// "Personal data is any information that can identify you, including your
    /// name": a definition, whose relative clauses' verbs do not make it a practice.
    static func isDefinition(_ tokens: [Token], clause: Range<Int>, mention range: Range<Int>, hasVerbs: Bool) -> Bool {
        if let term = definedTerm(tokens), range.lowerBound >= term { return true }
        // "A unique identifier is a string that can single out a device",
        // "An IP address is a number assigned to your device": what a thing is, true of any
        // service. It becomes a statement only when we come into it ("A cookie is a file we place").
        // "Cookies are small text files that hold information": the same, in the plural.
        // (The plural may be the tail of a longer name: "web beacons", "tracking pixels".)
        let singularSubject =
            (range.lowerBound == clause.lowerBound + 1 || range.lowerBound == clause.lowerBound + 2)
            && Self.indefiniteArticles.contains(tokens[clause.lowerBound].text)
        let pluralSubject =
            !range.isEmpty && range.lowerBound - clause.lowerBound <= 2 && tokens[range.upperBound - 1].text.hasSuffix("s")
            && (clause.lowerBound..<range.lowerBound).allSatisfy {
                tokens[$0].isWord && !namesUs(tokens[$0])
            }
        if singularSubject || pluralSubject, range.upperBound + 1 < clause.upperBound,
            (tokens[range.upperBound].text == "is" && Self.indefiniteArticles.contains(tokens[range.upperBound + 1].text))
                || (tokens[range.upperBound].text == "are" && Self.pluralDefinitionHeads.contains(tokens[range.upperBound + 1].text)),
            // ("A cookie is a file that our web sites send", "... that this website places", "an
            // identifier collected by the site": ours. "a website" is any.)
            !clause.contains(where: { k in
                namesUs(tokens[k])
                    || ((tokens[k].text == "this" || tokens[k].text == "the") && k + 1 < clause.upperBound
                        && Self.siteWords.contains(tokens[k + 1].text))
            })
        {
            return true
        }
        let cue = clause.first { i in
            (tokens[i].classes.contains(.definition) && !isMeansNoun(tokens, i) && !(isDefiningVerb(tokens, i) && saysWhatWeDo(tokens, after: i)))
                || isCapability(tokens, i)
                || (tokens[i].text == "is" && isDefiningNoun(tokens, after: i, in: clause))
                // "By personal information, we mean data such as a name": the same, said by us.
                || isOurMeaning(tokens, i, clause: clause)
                // "'Services' shall mean ...": the legal form of "means".
                || (tokens[i].text == "mean" && i > clause.lowerBound && isDefiningVerb(tokens, i))
        }
        guard let cue else { return false }
        guard hasVerbs else { return true }
        guard cue < range.lowerBound else { return false }
        let before = clause.lowerBound..<cue
        // "When we use the term 'personal data' here, we mean ...": our use of
        // a word is not a use of data, so the "we" before the cue is only the speaker. (The
        // phrase may sit in the clause before: a comma can end it.)
        return !before.contains { tokens[$0].classes.contains(.firstParty) }
            || (isOurMeaning(tokens, cue, clause: clause) && (max(0, cue - 16)..<cue).contains { Self.termWords.contains(tokens[$0].text) })
    }

    /// Where the term starts when `tokens` open with a term and the verb that defines it:
    /// "'Usage Data' means data collected automatically", "Personal Data: means any information
    /// ... such as a name", "(e) 'Cookies' means small files placed on a device", "In Ohio,
    /// 'sensitive data' refers to ...; precise geolocation; ...". The term, its definition and the
    /// list that follows, whatever clauses it runs over, say what a word stands for, not what is
    /// collected. ("Profiling means we analyse your posts" says what we do; "This means ..." and
    /// "Giving us your number means ..." define no term.)
    static func definedTerm(_ tokens: [Token]) -> Int? {
        // The defining verb stands near the start: after a list mark or a short lead-in
        // ("According to the law, ...") and a term of a few words.
        // (The word classes are looked at first: this runs for every mention.)
        guard
            let cue = tokens.prefix(16).indices.first(where: {
                !tokens[$0].classes.isDisjoint(with: [.definition, .meaning]) && isDefiningVerb(tokens, $0)
            })
        else { return nil }
        if saysWhatWeDo(tokens, after: cue) { return nil }
        // ("shall mean" and "is defined as" have a word before the verb. "Personal Data: means"
        // and "'Cookie' - means" have a colon or a dash.)
        var end = tokens[cue].text == "mean" || tokens[cue].text == "defined" ? cue - 1 : cue
        if end > 0, tokens[end - 1].text == ":" || tokens[end - 1].text == "," { end -= 1 }
        var start = end
        while start > 0, tokens[start - 1].isWord { start -= 1 }
        let term = start..<end
        guard (1...6).contains(term.count),
            term.allSatisfy({ k in
                !tokens[k].classes.contains(.firstParty) && !Self.termPronouns.contains(tokens[k].text)
            })
        else { return nil }
        return start
    }

    /// "This means we keep your IP address", "which means that we collect", "refers to our
    /// use of": after the word at `i` we come in, so what follows states what we do.
    static func saysWhatWeDo(_ tokens: [Token], after i: Int) -> Bool {
        var k = i + 1
        if k < tokens.count, tokens[k].text == "to" || tokens[k].text == "as" { k += 1 }
        if k < tokens.count, tokens[k].text == "that" { k += 1 }
        return k < tokens.count && namesUs(tokens[k])
    }

    /// The verb that defines a term: "means", "refers to", "shall mean", "is defined as".
    static func isDefiningVerb(_ tokens: [Token], _ i: Int) -> Bool {
        let next = i + 1 < tokens.count ? tokens[i + 1].text : ""
        switch tokens[i].text {
        case "means": return !isMeansNoun(tokens, i)
        case "refers": return next == "to"
        case "mean": return i > 0 && tokens[i - 1].text == "shall"
        case "defined": return next == "as" && i > 0 && Self.beForms.contains(tokens[i - 1].text)
        default: return false
        }
    }

    /// Words that make what comes before "means" a statement rather than a term: "this means",
    /// "which means", "it means", "all of which means", "giving us your number means". (A term
    /// may hold a verb: "Log Data", "Usage Information".)
    static let termPronouns: WordSet = ["this", "that", "it", "which", "what", "who", "there", "all", "so", "you", "your", "we", "our"]

    /// "we mean", "we refer to", "we are referring to": the vendor saying what a term stands for.
    static func isOurMeaning(_ tokens: [Token], _ i: Int, clause: Range<Int>) -> Bool {
        guard tokens[i].classes.contains(.meaning) else { return false }
        switch tokens[i].text {
        case "mean", "refer":
            return i > clause.lowerBound && tokens[i - 1].text == "we"
        case "referring":
            return i - 1 > clause.lowerBound && (tokens[i - 1].text == "are" || tokens[i - 1].text == "were") && tokens[i - 2].text == "we"
        default:
            return false
        }
    }

    /// The verbs of `isOurMeaning` and "shall mean" (class `.meaning`).
    static let meaningWords: WordSet = ["mean", "refer", "referring"]

    /// The words a vendor uses for its own vocabulary: "when we use the term ...".
    static let termWords: WordSet = ["term", "terms", "phrase", "phrases", "word", "words", "terminology", "expression", "expressions"]

    /// What may stand between "use" and the word used: "use the term", "use these words".
    static let termDeterminers: WordSet = ["the", "this", "these", "that", "those", "a", "an"]

    static let indefiniteArticles: WordSet = ["a", "an"]
    /// What "are" opens when a plural names what a thing is ("cookies are small text files"), as
    /// opposed to a passive ("cookies are used to ...").
    static let pluralDefinitionHeads: WordSet = [
        "small", "tiny", "little", "short", "simple", "text", "files", "pieces", "bits", "strings", "snippets", "lines",
        "alphanumeric", "electronic", "invisible", "transparent", "unique", "graphic", "graphics", "images", "pixel", "data",
    ]
    /// What "this" names when the vendor speaks of itself: "this website places a cookie".
    static let siteWords: WordSet = ["website", "site", "app", "application", "service", "services", "platform", "web"]

    /// After "is": "information", "any information", "data that"; "is considered any information"
    /// ("Such data is considered any information linked to a person").
    /// So is a kind of it, or of anything: "is personal data that", "is a special category of
    /// personal information relating to", "is a kind of picture file".
    static func isDefiningNoun(_ tokens: [Token], after i: Int, in clause: Range<Int>) -> Bool {
        var j = i + 1
        if j < clause.upperBound, tokens[j].text == "considered" || tokens[j].text == "deemed" { j += 1 }
        if j + 2 < clause.upperBound, Self.indefiniteArticles.contains(tokens[j].text) {
            var k = j + 1
            while k < clause.upperBound, Self.dataKindQualifiers.contains(tokens[k].text) { k += 1 }
            // ("An avatar is a kind of picture file": a kind of anything says what a thing is.)
            return k + 1 < clause.upperBound && Self.kindNouns.contains(tokens[k].text) && tokens[k + 1].text == "of"
        }
        if j + 2 < clause.upperBound, Self.dataKindQualifiers.contains(tokens[j].text),
            tokens[j + 1].text == "data" || tokens[j + 1].text == "information", Self.relativePronouns.contains(tokens[j + 2].text)
        {
            return true
        }
        guard j < clause.upperBound else { return false }
        if tokens[j].text == "information" { return j == i + 1 }
        if tokens[j].text == "any" { return j + 1 < clause.upperBound && tokens[j + 1].text == "information" }
        return j == i + 1 && tokens[j].text == "data" && j + 1 < clause.upperBound && tokens[j + 1].text == "that"
    }

    /// Words that qualify the kind of data a definition names: "personal", "special category".
    static let dataKindQualifiers: WordSet = ["personal", "sensitive", "special", "particular", "protected"]
    /// "a category of", "a type of", "a kind of".
    static let kindNouns: WordSet = ["category", "type", "kind", "form", "class"]

    /// "through these means", "by means of", "by automated means": the noun, not "X means Y".
    static func isMeansNoun(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i].text == "means" && i > 0 && Self.meansNounMarkers.contains(tokens[i - 1].text)
    }

    /// "Other than names you provide, we don't collect personal information": the mention is the
    /// exception the denial leaves out.
    static func isExcepted(_ tokens: [Token], clause: Range<Int>, mention range: Range<Int>) -> Bool {
        let before = clause.lowerBound..<range.lowerBound
        return before.contains { i in
            i + 1 < range.lowerBound && (tokens[i].text == "other" || tokens[i].text == "apart") && ["than", "from"].contains(tokens[i + 1].text)
        } && !before.contains { isNegation(tokens, $0) }
    }
}
