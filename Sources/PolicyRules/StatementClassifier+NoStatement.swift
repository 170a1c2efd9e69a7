// Sentences that state no practice: instructions, titles, channels, pointers, descriptions of a
// technology or of the document, disclaimers and asides.
extension StatementClassifier {
    /// "In your request, please give us your full name": an instruction to the reader
    /// (how to ask, where to look), not a statement of what is collected. "Please note that we
    /// collect ..." introduces one, and "please do not send us your card number" says what is not
    /// wanted.
    static func isInstruction(_ tokens: [Token], clause: Range<Int>, mention range: Range<Int>) -> Bool {
        // "Cookies: Please see the section below": a label takes the request that follows it.
        if range.upperBound + 1 < clause.upperBound, tokens[range.upperBound].text == ":", tokens[range.upperBound + 1].text == "please" {
            return true
        }
        // "We encourage you to send your letters by post": advice to
        // the reader, like "please" ("we encourage you not to send" is a denial, read as one).
        if let advice = (clause.lowerBound..<range.lowerBound).first(where: { k in
            k + 3 < range.lowerBound && tokens[k + 1].text == "you" && tokens[k + 2].text == "to" && Self.adviceVerbs.contains(tokens[k].text)
        }) {
            return !isNegation(tokens, advice + 3)
        }
        // "we recommend that you use a unique password": the same advice, as a clause.
        if let advice = (clause.lowerBound..<range.lowerBound).first(where: { k in
            k + 3 < range.lowerBound && tokens[k + 1].text == "that" && tokens[k + 2].text == "you" && Self.adviceVerbs.contains(tokens[k].text)
        }) {
            // (An introduction is read with an empty mention at its end: "we recommend that you:".)
            return !isNegation(tokens, advice + 3) && !(advice + 4 < tokens.count && isNegation(tokens, advice + 4))
        }
        // "You are strongly urged to pick a unique password": the same advice, in the passive.
        if let advice = (clause.lowerBound..<range.lowerBound).first(where: { k in
            k + 2 < range.lowerBound && Self.adviceParticiples.contains(tokens[k].text) && tokens[k + 1].text == "to"
                && (max(clause.lowerBound, k - 3)..<k).contains { tokens[$0].text == "you" }
        }) {
            return !isNegation(tokens, advice + 2)
        }
        // "If an email asks for your password, please tell us": a condition
        // whose main clause is a request to the reader. ("If you have shared your phone number
        // with us, please note that ..." opens a notice, which states a practice.)
        // "If you think an account was created using your name, contact us": the same, as an imperative.
        // "To get the health records we hold on you, write to us": a purpose
        // whose main clause is a request to the reader is the reader's purpose, and the same.
        if tokens[clause.lowerBound].text == "if" || tokens[clause.lowerBound].text == "to",
            let please = (range.upperBound..<clause.upperBound).first(where: { k in
                // ("If you opt in, we receive your location whenever you use our apps (e.g., visit
                // our website)": a bare imperative after our own clause is an example.)
                tokens[k].text == "please"
                    || (Self.requestImperatives.contains(tokens[k].text) && k + 1 < clause.upperBound
                        && Self.imperativeObjects.contains(tokens[k + 1].text)
                        && !(range.upperBound..<k).contains(where: { tokens[$0].text == "we" || tokens[$0].text.hasPrefix("we'") }))
            }),
            tokens[please - 1].text == ",", please + 1 < clause.upperBound, !Self.noticeVerbs.contains(tokens[please + 1].text),
            // (A table row reads its cells as one clause: "To enhance ... . | If you include
            // health details, ..." has no purpose of the reader's.)
            tokens[clause.lowerBound].text == "if" || !(clause.lowerBound..<please).contains(where: { Self.sentenceStops.contains(tokens[$0].text) })
        {
            return true
        }
        // "Make sure nobody sees you type your password in", "Be sure to sign out":
        // the reader's own care, as an imperative.
        if range.lowerBound - clause.lowerBound > 2, tokens[clause.lowerBound + 1].text == "sure",
            tokens[clause.lowerBound].text == "make" || tokens[clause.lowerBound].text == "be"
        {
            return true
        }
        guard let please = (clause.lowerBound..<range.lowerBound).first(where: { tokens[$0].text == "please" }),
            please + 1 < range.lowerBound
        else { return false }
        // ("please be aware that we collect" is a notice; "please be sure to provide us" is not.)
        let beSure = please + 2 < range.lowerBound && tokens[please + 1].text == "be" && tokens[please + 2].text == "sure"
        // ("please keep in mind that we collect" is a notice; "please keep your password
        // confidential" is advice.)
        let keepSafe = tokens[please + 1].text == "keep" && !(please + 2 < range.lowerBound && tokens[please + 2].text == "in")
        return (beSure || keepSafe || !Self.noticeVerbs.contains(tokens[please + 1].text))
            && !(please + 1..<min(range.lowerBound, please + 3)).contains(where: { isNegation(tokens, $0) })
    }

    /// "How we use cookies, log IP addresses and gather other data": a line
    /// that opens with a question word and ends without a stop is the title of a section (a table
    /// of contents in the text), not a statement. (A question is `isQuestion`.)
    static func isTitle(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first, first.isWord, Self.titleOpeners.contains(first.text), let last = tokens.last else { return false }
        return last.isWord || last.text == ")"
    }

    /// "Do we use cookies?", "What location information does the app collect?": a question
    /// asks what the policy is about to say; the answer states the practice. ("..., to answer
    /// prompts like 'Where is the closest cafe?'" quotes a question in a statement.)
    static func isQuestion(_ tokens: [Token]) -> Bool {
        guard tokens.last?.text == "?", let first = tokens.first(where: \.isWord) else { return false }
        return Self.questionOpeners.contains(first.text)
    }

    static let questionOpeners: WordSet = [
        "do", "does", "did", "is", "are", "was", "were", "can", "could", "will", "would", "should", "may", "must", "shall", "has", "have",
        "how", "what", "why", "who", "whom", "whose", "which", "where", "when",
    ]

    /// What ends a sentence or a table cell inside one clause.
    static let sentenceStops: WordSet = [".", "!", "?", ";", "|"]

    static let titleOpeners: WordSet = ["how", "what", "why", "which", "who"]

    /// "we may contact you by phone, email or postal mail": after "by" or "via", a list of bare
    /// channel words names how a message travels, not the user's number or address.
    static func isChannel(_ tokens: [Token], mention range: Range<Int>) -> Bool {
        guard range.allSatisfy({ Self.channelWords.contains(tokens[$0].text) }) else { return false }
        var i = range.lowerBound - 1
        while i >= 0, range.lowerBound - i <= 8 {
            let word = tokens[i].text
            if word == "by" || word == "via" { return true }
            guard Self.channelWords.contains(word) || word == "," || word == "and" || word == "or" || word == "direct" else { return false }
            i -= 1
        }
        return false
    }

    static let channelWords: WordSet = [
        "phone", "telephone", "email", "e", "mail", "post", "postal", "text", "sms", "fax", "facsimile", "letter", "message",
    ]

    /// "For more on cookies, see our Cookie Policy", "See Section IV for more
    /// detail on web beacons", "To learn how to manage cookies, click here", "Learn how to turn
    /// off precise location": the sentence points to where a practice is described; it states
    /// none itself.
    static func isPointer(_ tokens: [Token]) -> Bool {
        // Called for every mention: the first word decides for most sentences; only the "you
        // will find" pointer looks further, up to the first "you".
        guard let at = tokens.firstIndex(where: \.isWord) else { return false }
        let first = tokens[at].text
        if Self.pointerVerbs.contains(first) { return true }
        // "At the end of this page, you will find our Cookie Policy, with details of
        // our use of cookies".
        // ("help you find friends", "so you can find your way" are what a feature does.)
        if let you = tokens.firstIndex(where: { $0.text == "you" }), you + 3 < tokens.count,
            Self.modals.contains(tokens[you + 1].text) || tokens[you + 1].text == "will", tokens[you + 2].text == "find",
            Self.foundThings.contains(tokens[you + 3].text)
        {
            return true
        }
        // "Check which browser you use, then pick the link below" ("Check-in
        // data" names data).
        if first == "check" {
            return tokens[(at + 1)...].first(where: \.isWord).map { !["in", "ins", "out"].contains($0.text) } ?? false
        }
        guard
            first == "for" || first == "to" || first == "you" || first == "here" || first == "below"
                || Self.pointerQualifiers.contains(first)
        else { return false }
        var rest: [String] = []
        var i = at + 1
        while i < tokens.count, rest.count < 3 {
            if tokens[i].isWord { rest.append(tokens[i].text) }
            i += 1
        }
        switch first {
        case "here", "below":
            // "Here you will find details on how your data is processed".
            return rest.first == "you" && rest.dropFirst().prefix(2).contains { Self.pointerInfinitives.contains($0) }
        case _ where Self.pointerQualifiers.contains(first):
            // "Further information about cookies ..., visit www.example.com"; "More details on
            // cookies can be found in our Cookie Policy": the subject is the pointer itself.
            // ("Additional information we collect includes ...: see below" is a statement: the
            // pointer names its topic with "about", "on", "regarding".)
            let words = rest.drop { Self.pointerQualifiers.contains($0) }
            guard first != "a", first != "an", words.count >= 2, Self.pointerNouns.contains(words[words.startIndex]),
                Self.topicWords.contains(words[words.startIndex + 1])
            else { return false }
            var k = at + 2
            while k < tokens.count {
                if Self.pointerVerbs.contains(tokens[k].text), tokens[k - 1].text == "," || tokens[k - 1].text == ":" { return true }
                if tokens[k].text == "found", tokens[k - 1].text == "be" { return true }
                k += 1
            }
            return false
        case "for":
            // "For more detailed information about ...": past every qualifier.
            return rest.first { !Self.pointerQualifiers.contains($0) }.map { Self.pointerNouns.contains($0) } ?? false
        case "to":
            // ("To better understand your options, see our page on cookies": whatever the
            // purpose, a main clause that opens with "see" or "visit" points elsewhere.)
            if rest.first.map({ Self.pointerInfinitives.contains($0) }) ?? false { return true }
            var k = at + 2
            while k < tokens.count, tokens[k].isWord || tokens[k].text == "," {
                if Self.pointerVerbs.contains(tokens[k].text),
                    tokens[k - 1].text == "," || (k + 1 < tokens.count && Self.pointedPlaces.contains(tokens[k + 1].text))
                {
                    return true
                }
                k += 1
            }
            return false
        default:
            return rest.count >= 2 && Self.modals.contains(rest[0]) && Self.pointerInfinitives.contains(rest[1])
        }
    }

    static let indefinitePeople: WordSet = ["someone", "somebody", "anybody"]
    static let foundThings: WordSet = pointerQualifiers.union(pointerNouns).union(["our", "the", "this", "these", "links", "link"])
    static let topicWords: WordSet = ["about", "on", "regarding", "concerning", "of"]
    static let pointerVerbs: WordSet = ["see", "click", "visit", "refer", "consult", "learn"]
    /// "To learn how ...", "you can find ...".
    static let pointerInfinitives: WordSet = ["learn", "find"]
    /// What a pointer sends the reader to: "see our page", "visit the settings".
    static let pointedPlaces: WordSet = ["our", "the", "this", "section", "sections", "page", "here", "below", "above"]
    static let pointerQualifiers: WordSet = ["more", "further", "additional", "detailed", "a", "an"]
    static let pointerNouns: WordSet = ["information", "info", "details", "detail", "listing", "list", "description", "explanation"]

    /// "Clear gifs are small images that carry a unique ID", "Cookies are used to track usage
    /// patterns": a sentence that says what a tracking technology is or does describes the
    /// technology; the data it names is what such technology can hold, not what this company
    /// says it collects. The technology itself (the subject) is still named.
    static func describesTechnology(_ tokens: [Token], other range: Range<Int>) -> Bool {
        // "Using cookies: Cookies are small files kept on your device": a label first.
        var i = tokens.prefix(5).firstIndex { $0.text == ":" }.map { $0 + 1 } ?? 0
        guard range.lowerBound >= i else { return false }
        if i < tokens.count, Self.articles.contains(tokens[i].text) { i += 1 }
        let start = i
        while i < tokens.count, i - start < 3, tokens[i].isWord, !Self.technologyNouns.contains(tokens[i].text) { i += 1 }
        guard i < tokens.count, Self.technologyNouns.contains(tokens[i].text) else { return false }
        while i + 1 < tokens.count, Self.technologyNouns.contains(tokens[i + 1].text) { i += 1 }
        guard i + 1 < tokens.count, tokens[i + 1].text == "is" || tokens[i + 1].text == "are" else { return false }
        return range.lowerBound > i + 1
    }

    static let technologyNouns: WordSet = [
        "cookie", "cookies", "gif", "gifs", "beacon", "beacons", "pixel", "pixels", "tag", "tags", "bug", "bugs", "lso", "lsos",
    ]

    /// "Examples include fulfilling orders, sending e-mail and processing credit card payments":
    /// examples of something other than information (the tasks of the service providers the
    /// sentence before named) are no list of data. "Examples of the information we collect
    /// include" still is.
    static func listsOtherExamples(_ tokens: [Token], mention range: Range<Int>) -> Bool {
        guard let cue = tokens.prefix(range.lowerBound).firstIndex(where: { $0.text == "examples" || $0.text == "example" }),
            let include = tokens[cue..<range.lowerBound].firstIndex(where: { $0.text.hasPrefix("includ") })
        else { return false }
        // "Examples: Interaction with our Service, including browsing history" is a label and a
        // list of its own.
        // ("Examples include: a real name, an alias, a postal address" under a heading of what is
        // collected lists data; tasks are gerunds: "fulfilling orders, sending e-mail".)
        return !tokens[cue..<include].contains { $0.classes.contains(.dataNoun) || $0.text == "information" || $0.text == "data" || $0.text == ":" }
            && !tokens[..<cue].contains { $0.classes.contains(.firstParty) }
            // ("billing" in "your name, billing address" names data, not a task.)
            && (tokens[cue].text == "example"
                || ((include + 1)..<max(include + 1, range.upperBound)).contains { k in
                    tokens[k].text.hasSuffix("ing") && !tokens[k].text.hasPrefix("includ")
                        && !(k + 1 < tokens.count && Self.gerundHeads.contains(tokens[k + 1].text))
                }
                // (Or named by nouns of tasks: "Examples include order fulfillment, package delivery".)
                || (include + 1..<min(tokens.count, include + 4)).contains { Self.taskNouns.contains(tokens[$0].text) })
    }

    /// Nouns that name a task a service provider performs: "order fulfillment", "package delivery".
    static let taskNouns: WordSet = ["fulfillment", "fulfilment", "delivery", "hosting", "management", "analysis", "analytics"]

    /// Nouns that make the "-ing" word before them a modifier, not a task: "billing address",
    /// "browsing history", "shipping details".
    static let gerundHeads: WordSet = ["address", "addresses", "information", "details", "history", "data", "preferences", "records"]

    /// "We are not responsible for how resumes are kept, used or protected", "shall not be liable
    /// for ... misuse of Payment Information": a disclaimer of liability states no practice on what
    /// it disclaims. A new "we" after it ("and we will always require your consent for our own
    /// cookies") states one again.
    static func isDisclaimer(_ tokens: [Token], clause: Range<Int>, mention range: Range<Int>) -> Bool {
        (clause.lowerBound..<range.lowerBound).contains { i in
            // ("outside sites that we are not liable for, by counting clicks": "for"
            // without its object ends a relative clause.)
            // ("we do not have control over the cookies they set": a denied control is one too.)
            let control = tokens[i].text == "control" && i + 1 < tokens.count && tokens[i + 1].text == "over"
            return (Self.liabilityWords.contains(tokens[i].text) || control)
                && (max(clause.lowerBound, i - (control ? 6 : 3))..<i).contains { isNegation(tokens, $0) }
                && !(i..<range.lowerBound).contains { tokens[$0].text == "we" }
                && !(i + 2 < tokens.count && tokens[i + 1].text == "for" && !tokens[i + 2].isWord)
        }
    }

    /// "We keep automatic data in aggregate form, not linked to your IP address",
    /// "stored separately from your name": what the data is kept apart from is not said to be
    /// collected here.
    /// So are the examples of what it is kept apart from: "We keep search terms apart from
    /// account details that identify the user, such as name, email
    /// or phone number".
    static func isKeptApart(_ tokens: [Token], mention range: Range<Int>) -> Bool {
        func apart(_ k: Int) -> Bool {
            guard k >= 1 else { return false }
            let head = tokens[k - 1].text
            switch tokens[k].text {
            case "from": return head == "separately" || head == "apart"
            case "with", "to": return k >= 2 && Self.linkParticiples.contains(head) && isNegation(tokens, k - 2)
            default: return false
            }
        }
        // Back over a few words ("separately from your billing address" holds "address" too).
        var k = range.lowerBound - 1
        while k >= 0, range.lowerBound - k <= 3, tokens[k].isWord, !apart(k),
            tokens[k].classes.isDisjoint(with: [.collect, .firstParty, .userGiving, .negation])
        {
            k -= 1
        }
        if k >= 0, apart(k) { return true }
        // Back through the examples to "such as", and on to the noun they exemplify.
        guard
            let cue = (max(0, range.lowerBound - 10)..<range.lowerBound).last(where: {
                $0 + 1 < tokens.count && tokens[$0].text == "such" && tokens[$0 + 1].text == "as"
            })
        else { return false }
        k = cue - 1
        while k >= 0, cue - k <= 10 {
            if apart(k) { return true }
            if !tokens[k].classes.isDisjoint(with: [.collect, .firstParty, .userGiving]) { return false }
            k -= 1
        }
        return false
    }

    /// "Some browsers have a Do Not Track setting that tells sites
    /// you do not wish to be followed": the sentence is about the browser
    /// setting; its "do not" is the user's wish, not the vendor's denial. The feature is named
    /// with an article before it or a noun after it ("Do Not Track signals"), or as "DNT";
    /// "we do not track your browsing" stays a denial. Only a clause with no "we" or "our"
    /// describes the setting alone ("We respect Do Not Track and then set no cookies"
    /// states a practice), and a label before a colon names a topic, not the statement after it.
    static func describesDoNotTrack(_ tokens: [Token], clause: Range<Int>, mention range: Range<Int>) -> Bool {
        // "We don't honour Do Not Track browser settings": the mention names the feature.
        let k = range.lowerBound
        if k >= 3, tokens[k - 1].text == "track", tokens[k - 2].text == "not", tokens[k - 3].text == "do" { return true }
        var start = clause.lowerBound
        if let colon = (clause.lowerBound..<range.lowerBound).last(where: { tokens[$0].text == ":" }) { start = colon + 1 }
        let scope = start..<clause.upperBound
        // Called for every mention: the feature's name is looked for first, and is rare.
        let named = scope.contains { i in
            if tokens[i].text == "dnt" { return true }
            guard tokens[i].text == "track", i >= 2, tokens[i - 1].text == "not", tokens[i - 2].text == "do" else { return false }
            if i >= 3, Self.featureOwners.contains(tokens[i - 3].text) { return true }
            return i + 1 < tokens.count && (Self.featureNouns.contains(tokens[i + 1].text) || tokens[i + 1].text == "\"")
        }
        // ("While browsers have a Do Not Track feature that lets you tell sites not to track your
        // activities, we do not respond to it": our own clause after the comma speaks of the
        // signal, not of the mention.)
        let ours = start..<((min(range.upperBound, scope.upperBound)..<scope.upperBound).first { tokens[$0].text == "," } ?? scope.upperBound)
        return named && !ours.contains { namesUs(tokens[$0]) }
    }

    /// What names the Do Not Track feature before it: "a Do Not Track feature", "the browser's Do Not Track".
    static let featureOwners: WordSet = ["a", "the", "browser's", "browsers"]
    /// "and", "or": what joins two imperatives ("Pause and delete your history").
    static let joiners: WordSet = ["and", "or"]
    /// The auxiliary of a perfect ("once we have received the advertisements").
    static let haveForms: WordSet = ["have", "has", "had"]
    /// "able to", "unable to": the user's modal in three words.
    static let ableWords: WordSet = ["able", "unable"]
    /// What a "Do Not ..." feature is named for: "Do Not Track", "Do Not Sell", "Do Not Call".
    static let doNotNames: WordSet = ["track", "sell", "share", "call", "email", "mail"]
    static let featureNouns: WordSet = [
        "signal", "signals", "feature", "features", "setting", "settings", "request", "requests", "preference", "preferences",
        "header", "headers", "mechanism", "mechanisms", "option", "options", "standard", "standards", "instructions",
        "list", "registry", "link", "links",
    ]

    static let linkParticiples: WordSet = ["associated", "linked", "tied", "connected", "combined", "matched", "correlated"]

    static let liabilityWords: WordSet = ["responsible", "liable", "responsibility", "liability"]

    /// "This Privacy Policy explains how we collect ...", "This section says more about
    /// how we collect your payment details", "Our cookie notice does
    /// not address the way we use ...": the document speaks of itself; what it covers, or leaves
    /// out, is said elsewhere.
    static func describesDocument(_ tokens: [Token]) -> Bool {
        guard let at = tokens.firstIndex(where: \.isWord) else { return false }
        let first = tokens[at].text
        guard first == "this" || first == "the" || first == "our" else { return false }
        var sawDocument = false
        var skipped = 0
        var i = at + 1
        while i < tokens.count, i - at < 12 {
            defer { i += 1 }
            guard tokens[i].isWord else { continue }
            let word = tokens[i].text
            if Self.documentNouns.contains(word) {
                sawDocument = true
            } else if sawDocument, Self.documentVerbs.contains(word) {
                return true
            } else if word == "online" || word == "privacy" || word == "also" || word == "cookie" || word == "cookies" {
                continue
            } else if sawDocument, word == "does" || word == "do" || word == "not" {
                // "Our cookie notice does not address the way we use ...": what it leaves out.
                continue
            } else if sawDocument, skipped < 2 {
                // A parenthetical name: 'This Privacy Policy ("Policy") explains'.
                skipped += 1
            } else {
                return false
            }
        }
        return false
    }

    static let documentNouns: WordSet = ["policy", "section", "notice", "statement", "page", "document"]

    /// Whether the tokens say what a document, the law's "personal information" or anonymous data
    /// does not include: "As the CCPA uses the term, personal information does not include:".
    /// What follows is the scope of a term, neither collected nor denied.
    public static func definesScope(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { i in
            i + 1 < tokens.count && isNegation(tokens, i) && tokens[i + 1].classes.contains(.include)
                && includeVerbStems.contains(where: { tokens[i + 1].text.hasPrefix($0) })
                && (0..<i).contains { namesScopeSubject(tokens, $0, before: i) }
        }
    }

    /// Whether token `k`, before the denial at `i`, names what has a scope rather than data: a
    /// document, anonymous data, or the law's "personal information" / "personal data".
    static func namesScopeSubject(_ tokens: [Token], _ k: Int, before i: Int) -> Bool {
        documentNouns.contains(tokens[k].text) || anonymousWords.contains(tokens[k].text)
            || (tokens[k].text == "personal" && k + 1 < i && (tokens[k + 1].text == "information" || tokens[k + 1].text == "data"))
    }
    /// Data made anonymous, whose scope a denied inclusion gives: "aggregated data does not include".
    static let anonymousWords: WordSet = [
        "aggregated", "aggregate", "anonymous", "anonymized", "anonymised", "deidentified", "pseudonymized", "pseudonymised",
    ]
    static let documentVerbs: WordSet = [
        "describes", "explains", "provides", "covers", "applies", "tells", "outlines", "discusses", "summarizes", "governs", "sets",
        "addresses", "address", "cover", "apply", "govern", "describe", "explain",
    ]

    /// "To work out aggregate facts about users, including demographic and usage
    /// data.": an item of a list of purposes names what the purpose is about. "To provide
    /// the service, we collect your IP address" has a subject of its own.
    /// A table row read as one sentence ("To enhance your experience. | Your Input, such as health
    /// details, may be stored") has more than its purpose: the item ends at its first full stop.
    static func isPurposeItem(_ tokens: [Token], mention range: Range<Int>) -> Bool {
        guard tokens.count > 2, tokens[0].text == "to", Self.purposeVerbs.contains(tokens[1].text),
            !tokens[..<range.lowerBound].contains(where: { $0.text == "." || $0.text == "|" })
        else { return false }
        return !tokens.contains { $0.classes.contains(.firstParty) && $0.text != "us" }
    }

    /// Token `k` stands inside brackets that open after `start` and close before `end`: "data gathered
    /// by the app (or by partners who work inside it) can include", "plain cookies (not unique)".
    static func isInClosedAside(_ tokens: [Token], _ k: Int, from start: Int, before end: Int) -> Bool {
        func isBracket(_ j: Int) -> Bool { tokens[j].text == "(" || tokens[j].text == ")" }
        guard let open = (start..<k).last(where: isBracket), tokens[open].text == "(" else { return false }
        return (k + 1..<max(k + 1, end)).contains { tokens[$0].text == ")" }
    }

    /// How many tokens of `span` stand in brackets that open and close inside it, brackets included.
    static func bracketed(_ tokens: [Token], in span: Range<Int>) -> Int {
        var count = 0
        var open: Int?
        for k in span {
            if tokens[k].text == "(" { open = k }
            if tokens[k].text == ")", let start = open {
                count += k - start + 1
                open = nil
            }
        }
        return count
    }
}
