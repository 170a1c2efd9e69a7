import PolicyModel

/// What a sentence says about one category mention: is it a statement of collection, is it
/// denied, qualified, and who does it. Works on the clause around the mention, so "we do not sell
/// your data, but we collect your IP address" collects the IP address.
public enum StatementClassifier {
    /// The reading of one mention.
    public struct Reading: Sendable, Hashable {
        /// A collection verb or phrase governs the clause ("we collect", "you provide", "information includes").
        public var collection: Bool
        /// The clause denies it ("we do not collect", "no ... is collected", "without collecting").
        public var negated: Bool
        /// The clause qualifies it ("may", "from time to time").
        public var hedged: Bool
        /// Who does it.
        public var actor: Actor
        /// The clause speaks of another practice (sharing, selling, disclosing) and of no collection.
        public var otherPractice: Bool
        /// The sentence defines a term ("personal information means ...") rather than stating a practice.
        public var definition: Bool
        /// The sentence states no practice on this mention at all, whatever list or section holds it:
        /// it instructs the reader ("please send us your name"), points elsewhere ("For more
        /// information about cookies, see ..."), names a purpose ("To determine aggregate usage
        /// information"), a channel ("by phone or email"), or describes a technology or the document.
        public var noStatement: Bool
        /// The clause gives the user a choice over the data ("you can remove cookies", "you have
        /// the option to opt out"): no statement of collection, in a list or a section either.
        public var choice: Bool
        /// What made it a statement of collection: the verb ("collect"), "you provide", or "includes".
        public var basis: String
        /// The verb keeps the data on the user's own device ("messages are stored locally on your
        /// device"): the vendor holds nothing unless the data is a tracker placed there.
        public var onUsersDevice: Bool = false

        /// The reading of a mention on which the sentence states no practice: neither collected nor
        /// denied, whatever list or section holds it.
        static let noPractice = Reading(
            collection: false, negated: false, hedged: false, actor: .firstParty, otherPractice: false, definition: false,
            noStatement: true, choice: false, basis: "")
    }

    static let collectWords: WordSet = [
        "collect", "collects", "collected", "collecting", "collection", "record", "records", "recorded", "recording",
        "keep", "keeps", "kept", "save", "saves", "saved", "place", "places", "placed", "deploy", "deploys", "deployed",
        "employ", "employs", "employed", "create", "creates", "created", "build", "builds", "compile", "compiles", "compiled",
        "uploads",
        "log", "logs", "logged", "store", "stores", "stored", "storing", "process", "processes", "processed", "processing",
        "track", "tracks", "tracked", "request", "requests", "requested",
        "ask", "asks", "asked", "asking", "require", "requires", "required", "use", "uses", "used", "using", "access", "accesses",
        "accessed", "retain", "retains", "retained", "maintain", "maintains", "maintained", "look", "looks", "looked",
        "determine", "determines", "determined",
    ]
    static let collectPrefixes = [
        "utiliz", "utilis", "recogniz", "detect", "gather", "obtain", "receiv", "captur", "acquir", "monitor", "analyz", "analys", "infer", "derive",
        "solicit",
    ]
    /// Verbs that are collection when the user is their subject ("you provide", "information you submit").
    static let userGivingWords: WordSet = [
        "provide", "provides", "provided", "providing", "submit", "submits", "submitted", "submitting", "enter", "enters",
        "entered", "give", "gives", "given", "upload", "uploads", "uploaded", "send", "sends", "sent", "share", "shares",
        "shared", "supply", "supplies", "supplied", "disclose", "disclosed", "post", "posts", "posted", "register", "fill", "add",
        "adds", "added", "tell", "tells", "told",
    ]
    static let includeWords = ["includ", "contain", "consist", "compris", "example", "namely"]
    /// The verbs among them ("does not include"; "not Example" is a name).
    static let includeVerbStems = includeWords.filter { $0 != "example" && $0 != "namely" }
    /// Nouns (and pronouns standing for them) whose "includes" / "such as" lists name collected data.
    static let dataNouns: WordSet = [
        "information", "data", "details", "info", "categories", "types", "following", "it", "this", "these", "which",
    ]
    static let otherPracticeWords: WordSet = [
        "sell", "sells", "sold", "rent", "rents", "disclose", "discloses", "disclosed", "transfer", "transfers", "transferred",
        "share", "shares", "shared", "sharing", "lease", "trade", "release", "releases", "released", "forward", "forwards",
        "forwarded", "publish", "publishes", "published",
    ]
    /// Words that deny what follows them in a clause.
    public static let negations: WordSet = [
        "not", "never", "no", "don't", "doesn't", "didn't", "won't", "cannot", "can't", "neither", "nor", "without", "none",
        "isn't", "aren't", "wasn't", "weren't", "shouldn't", "wouldn't", "excluding", "impossible",
    ]
    static let hedges: WordSet = ["may", "might", "could", "occasionally", "sometimes", "possibly", "potentially"]
    static let hedgePhrases: [[String]] = [
        ["from", "time", "to", "time"], ["where", "applicable"], ["in", "some", "cases"], ["if", "applicable"],
        ["in", "certain", "cases"],
    ]
    static let hedgePhraseStarts = WordSet(hedgePhrases.map { $0[0] })
    static let clauseBreakWords: WordSet = ["but", "however", "although", "though", "whereas", "except", "unless"]
    /// ("we've" and the like reach here split by the tokenizer: "we" "have".)
    static let firstPartyWords: WordSet = ["we", "us"]
    /// Companies that are usually a third party in someone else's policy, and the first party in their own.
    public static let companyNames: WordSet = ["google", "facebook", "twitter", "linkedin", "apple", "microsoft", "amazon"]
    /// ("Google's use of the DART cookie": the possessive names the party too.)
    static let thirdPartyWords: WordSet = companyNames.union(companyNames.map { $0 + "'s" }).union([
        "partners", "partner", "advertisers", "advertiser", "networks", "providers", "vendors", "vendor",
        "processors", "processor", "they", "companies", "affiliates", "affiliate", "sponsors", "sponsor", "merchants",
        "parties", "party", "publishers", "publisher", "plugins", "they'll", "they've", "maker", "makers", "provider",
        "recruiters", "recruiter", "bank", "banks", "doctor", "doctors", "carrier", "carriers", "retailers", "retailer", "anyone",
        "manufacturer", "manufacturers", "insurers", "insurer", "phishers", "scammers", "fraudsters", "criminals", "hackers", "others",
        "spammers",
    ])
    static let definitionWords: WordSet = ["means", "refers", "defined", "defines", "definition"]

    /// The classes of one word.
    public static func classes(of word: String) -> WordClass {
        var result: WordClass = .annotated
        if let exact = exactClasses[word] { result.formUnion(exact) }
        var text = word
        text.withUTF8 { bytes in
            for (prefix, classes) in prefixClasses where prefix.count <= bytes.count {
                var k = 0
                while k < prefix.count, prefix[k] == bytes[k] { k += 1 }
                if k == prefix.count { result.formUnion(classes) }
            }
        }
        return result
    }

    /// Every word list above as one table: one lookup per distinct word of a document.
    private static let exactClasses: [String: WordClass] = {
        var table: [String: WordClass] = [:]
        let lists: [(WordSet, WordClass)] = [
            (collectWords, .collect), (userGivingWords, .userGiving), (dataNouns, .dataNoun), (otherPracticeWords, .otherPractice),
            (negations, .negation), (hedges, .hedge), (firstPartyWords, .firstParty), (thirdPartyWords, .thirdParty),
            (clauseBreakWords, .clauseBreak), (definitionWords, .definition), (determiners, .determiner),
            (hedgePhraseStarts, .hedgeStart), (securingWords, .securing), (meaningWords, .meaning),
        ]
        for (words, classes) in lists {
            for word in words { table[word, default: []].formUnion(classes) }
        }
        return table
    }()

    /// The prefix lists as bytes ("gather" covers "gathers", "gathered").
    private static let prefixClasses: [([UInt8], WordClass)] =
        collectPrefixes.map { (Array($0.utf8), WordClass.collect) } + includeWords.map { (Array($0.utf8), WordClass.include) }

    /// Looks up every word's classes once; `read` then tests bits instead of sets.
    public static func annotate(_ tokens: inout [Token]) {
        var cache: [String: WordClass] = [:]
        annotate(&tokens, cache: &cache)
    }

    /// The same, remembering each word's classes in `cache` across the sentences of a document.
    public static func annotate(_ tokens: inout [Token], cache: inout [String: WordClass]) {
        for i in tokens.indices where tokens[i].classes.isEmpty {
            guard tokens[i].isWord else {
                tokens[i].classes = .annotated
                continue
            }
            if let known = cache[tokens[i].text] {
                tokens[i].classes = known
            } else {
                let computed = classes(of: tokens[i].text)
                cache[tokens[i].text] = computed
                tokens[i].classes = computed
            }
            // (The class bit first: this runs for every word of the document.)
            if tokens[i].classes.contains(.otherPractice), tokens[i].text == "trade", isNounTrade(tokens, i) {
                tokens[i].classes.subtract(.otherPractice)
            }
        }
    }

    /// "trade shows", "trade secrets", "the Federal Trade Commission": "trade" before a noun it
    /// qualifies is no sale. As a verb of a practice it takes its object or joins a list of verbs:
    /// "trade your information", "sell, trade, or rent", "trade it".
    static func isNounTrade(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].isWord else { return false }
        let next = tokens[i + 1].text
        return !tradeObjects.contains(next) && !dataNouns.contains(next)
    }

    /// What follows "trade" the verb: a determiner or pronoun of its object, a list's conjunction.
    static let tradeObjects: WordSet = objectDeterminers.union([
        "any", "and", "or", "it", "them", "personal", "such", "user", "users", "customer", "customers", "email", "emails",
        "contact", "data", "information", "pii", "anything", "lists", "mailing",
    ])

    /// True for a verb (or noun) of collection: "collect", "gathered", "receives", "logs".
    public static func isCollectVerb(_ word: String) -> Bool {
        collectWords.contains(word) || collectPrefixes.contains { word.hasPrefix($0) }
    }

    /// A word that can start a main clause's subject: "we", "you", "your name", "the data".
    static func isSubjectStart(_ token: Token) -> Bool {
        token.classes.contains(.firstParty) || token.classes.contains(.thirdParty)
            || Self.subjectStarts.contains(token.text)
    }

    /// "When you create an account, Valve collects": a name followed by a verb of a practice or a
    /// modal is a subject, though no word list knows it.
    static func isNamedSubject(_ tokens: [Token], _ i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i].isWord, tokens[i].classes.isDisjoint(with: [.determiner, .dataNoun, .negation]) else { return false }
        let next = tokens[i + 1]
        return (!next.classes.isDisjoint(with: [.collect, .otherPractice]) && next.text.hasSuffix("s")) || Self.modals.contains(next.text)
            || next.text == "will"
    }

    /// Words whose period is no sentence end: "Example Inc. provides", "(ex. as part of".
    static let abbreviations = WordSet(Block.abbreviations.union(["ex", "etc"]))

    /// The part of `clause` in the sentence that holds `range`, where a period inside the tokens
    /// ends a sentence (a table row is read whole, and its cells can hold several).
    static func ownSentence(_ clause: Range<Int>, around range: Range<Int>, in tokens: [Token]) -> Range<Int> {
        func ends(_ k: Int) -> Bool { endsSentence(tokens, k) }
        var lower = clause.lowerBound
        for k in clause.lowerBound..<max(clause.lowerBound, range.lowerBound) where ends(k) { lower = k + 1 }
        let upper = (range.upperBound..<max(range.upperBound, clause.upperBound)).first(where: ends) ?? clause.upperBound
        return lower..<max(lower, upper)
    }

    /// Whether the period at `k` ends a sentence inside the tokens: a word follows, and no
    /// abbreviation ("Inc.", "ex.") comes before it.
    static func endsSentence(_ tokens: [Token], _ k: Int) -> Bool {
        k > 0 && k + 1 < tokens.count && !tokens[k].isWord && tokens[k].text == "." && tokens[k + 1].isWord
            && !Self.abbreviations.contains(tokens[k - 1].text)
    }

    /// Whether the tokens are a table row's, which is read whole: its cells are joined by "|".
    static func isTableRow(_ tokens: [Token]) -> Bool {
        tokens.contains { $0.text == "|" && !$0.isWord }
    }

    /// Words after "such as" or "including" that open examples of circumstances, not of data.
    static let circumstanceOpeners: WordSet = ["if", "whenever", "once", "after", "before", "while", "because", "since", "unless"]
    /// Words that open a subordinate clause at the start of a sentence.
    static let subordinators: WordSet = [
        "if", "when", "whenever", "where", "once", "after", "before", "while", "because", "since", "although", "unless", "as",
    ]

    /// The clause around token `position`: `;` `!` `?` and contrast words end it. A period inside a
    /// sentence belongs to an abbreviation ("e.g.", "U.S."), so it does not.
    public static func clause(around range: Range<Int>, in tokens: [Token]) -> Range<Int> {
        func isBreak(_ i: Int) -> Bool {
            let t = tokens[i]
            guard t.isWord else { return t.text == ";" || t.text == "!" || t.text == "?" }
            guard t.classes.contains(.clauseBreak) || (t.classes.isEmpty && clauseBreakWords.contains(t.text)) else { return false }
            // "including, but not limited to," continues the list.
            if t.text == "but", tokens[(i + 1)..<min(tokens.count, i + 4)].contains(where: { $0.text == "limited" }) { return false }
            // "We do not, however, collect": an aside between the auxiliary and its verb.
            if t.text == "however", i >= 2, i + 1 < tokens.count, tokens[i - 1].text == ",", tokens[i + 1].text == ",",
                Self.asideHosts.contains(tokens[i - 2].text) || tokens[i - 2].classes.contains(.negation)
            {
                return false
            }
            return true
        }
        var start = range.lowerBound
        while start > 0, !isBreak(start - 1) { start -= 1 }
        var end = range.upperBound
        while end < tokens.count, !isBreak(end) { end += 1 }
        // "we record your browser version but not your email address": the denied item shares the
        // verb of the clause before it.
        if start >= 2, tokens[start - 1].text == "but", tokens[start].text == "not", range.lowerBound - start <= 3 {
            start -= 1
            while start > 0, !isBreak(start - 1) { start -= 1 }
        }
        // "includes your IP address; login and password information; browser type": a part with
        // no verb and no subject is an item of a list the clause before it introduces.
        // A verb right after "you" is a relative clause of the item ("the pages you access").
        func isListItem(_ part: Range<Int>) -> Bool {
            !part.contains { i in
                guard !range.contains(i) else { return false }
                let classes = tokens[i].classes
                if !classes.intersection([.otherPractice, .negation, .firstParty, .include]).isEmpty { return true }
                if !classes.intersection([.collect, .userGiving]).isEmpty { return i == 0 || tokens[i - 1].text != "you" }
                return Self.clauseVerbs.contains(tokens[i].text)
            }
        }
        // "If you check a box to receive an offer, your name will be shared": an opening
        // subordinate clause ends at its comma, and its verbs do not govern the main clause.
        // The main clause starts at the first comma followed by a subject ("If you clear cookies,
        // switch devices or change browsers, you must opt out once more").
        func opensMain(_ i: Int) -> Bool {
            tokens[i].text == "," && i + 1 < tokens.count && (isSubjectStart(tokens[i + 1]) || isNamedSubject(tokens, i + 1))
        }
        // ("For example, when you register, you provide ...": a discourse marker before the
        // opening clause leaves it the opening clause.)
        var lead = start
        if let comma = (start..<min(range.lowerBound, start + 3)).first(where: { tokens[$0].text == "," }),
            (start..<comma).allSatisfy({ Self.discourseMarkers.contains(tokens[$0].text) })
        {
            lead = comma + 1
        }
        if lead < range.lowerBound, subordinators.contains(tokens[lead].text),
            let comma = (lead..<range.lowerBound).first(where: opensMain)
        {
            start = comma + 1
        } else if let opening = (start..<min(end, start + 4)).first(where: { subordinators.contains(tokens[$0].text) }),
            (start..<opening).allSatisfy({ Self.noteWords.contains(tokens[$0].text) }), opening < range.lowerBound,
            let comma = (range.upperBound..<end).first(where: opensMain), !tokens[comma + 1].classes.contains(.firstParty)
        {
            // The mirror: a mention inside the opening clause is not governed by a main clause of
            // another subject ("Note that if you stop sites from setting
            // cookies, some pages may not work for you"). Ours may still say
            // what becomes of it ("If you sign in with Facebook, we receive your public profile").
            end = comma
        }
        guard isListItem(start..<end) else { return start..<end }
        while start > 0, tokens[start - 1].text == ";" {
            var previous = start - 1
            while previous > 0, !isBreak(previous - 1) { previous -= 1 }
            let part = previous..<(start - 1)
            start = previous
            // The part with a verb or subject introduces the list: it is the last one taken.
            if !isListItem(part) { break }
        }
        return start..<end
    }

    /// Words of a marker that may stand, with its comma, before an opening clause: "For example,", "In addition,".
    static let discourseMarkers: WordSet = [
        "for", "example", "instance", "in", "addition", "additionally", "also", "similarly", "likewise", "further", "furthermore",
    ]
    /// What opens a sentence before its "if" clause: "Please note that if ...", "Please note, if ...".
    static let noteWords: WordSet = ["please", "note", "that", ","]

    /// Whether the sentence as a whole states no practice, whatever it mentions: a pointer
    /// elsewhere ("For more information about cookies, see ..."), a sentence about the document
    /// ("This policy explains ..."), or a section title. It depends on the words alone, so a
    /// caller reading several mentions of one sentence works it out once.
    public static func statesNothing(_ tokens: [Token]) -> Bool {
        isPointer(tokens) || describesDocument(tokens) || isTitle(tokens)
    }

    /// Reads the mention at `range` of `tokens`. `others` are the sentence's other mentions: the
    /// words that name data there are not verbs ("trade union membership, health, or age" trades
    /// nothing; "the devices you use" uses nothing). `sentenceStatesNothing` is
    /// `statesNothing(tokens)` when the caller already has it.
    public static func read(
        _ input: [Token], mention range: Range<Int>, others: [Range<Int>] = [], sentenceStatesNothing: Bool? = nil
    ) -> Reading {
        var tokens = input
        if tokens.first.map({ !$0.classes.contains(.annotated) }) ?? false { annotate(&tokens) }
        for other in others where !other.overlaps(range) { mask(&tokens, other) }
        let clause = clause(around: range, in: tokens)
        var verbs: [Int] = []
        var userGiving: [Int] = []
        var otherVerbs: [Int] = []
        var toUs: [Int] = []
        var includes = false
        var includeCue = -1
        var seenDataNoun = false
        // A list cue followed by "if" or the like gives examples of circumstances, not of data:
        // "tied to your personal information in certain cases, such as if you have linked your
        // account". ("when" and "where" may name data: "such as when you plan to buy a car",
        // "where you live".)
        func listsCircumstances(after cue: Int) -> Bool { cue < tokens.count && Self.circumstanceOpeners.contains(tokens[cue].text) }
        for i in clause where tokens[i].isWord && !range.contains(i) {
            let word = tokens[i].text
            let classes = tokens[i].classes
            if classes.contains(.collect), !isUsersOwnAction(tokens, verb: i, clause: clause), !isNoun(tokens, i), !isIdiom(tokens, i),
                !isCapability(tokens, i)
            {
                verbs.append(i)
            }
            // "this includes", "which may contain": a pronoun standing for data; "these ads
            // contain cookies": a determiner of another noun.
            if classes.contains(.dataNoun),
                !Self.dataPronouns.contains(word) || i + 1 >= clause.upperBound
                    || tokens[i + 1].classes.contains(.include) || Self.pronounFollowers.contains(tokens[i + 1].text)
            {
                seenDataNoun = true
            }
            // "Our server logs include your IP address", "each log entry contains": what a record
            // of ours holds is data we keep.
            if i < range.lowerBound, Self.recordHolders.contains(word), tokens[i + 1].classes.contains(.include) { seenDataNoun = true }
            // The last cue before the mention is the one that introduces it.
            if seenDataNoun, classes.contains(.include), !listsCircumstances(after: i + 1) {
                includes = true
                if i < range.lowerBound { includeCue = i }
            }
            if word == "such", i + 1 < tokens.count, tokens[i + 1].text == "as", seenDataNoun, !listsCircumstances(after: i + 2) {
                includes = true
                if i < range.lowerBound { includeCue = i }
            }
            // "Your location is sent to us", "information provided to us by our partners": what
            // reaches us is collected, whoever gives it. After the mention only a passive says so
            // ("your location is sent to us"); "other information you have provided to us" names
            // information of its own.
            if isToUs(tokens, after: i, end: clause.upperBound),
                !classes.isDisjoint(with: [.userGiving, .otherPractice]) || Self.receivingVerbs.contains(word),
                i < range.lowerBound || (max(range.upperBound, i - 2)..<i).contains(where: { Self.passiveAuxiliaries.contains(tokens[$0].text) })
            {
                verbs.append(i)
                toUs.append(i)
                continue
            }
            // "we will provide your contact information (for example, name ...) to that
            // advertiser": what we hand another party is shared, not collected.
            if classes.contains(.userGiving), i < range.lowerBound, Self.givingVerbs.contains(word), isOurs(tokens, verb: i, clause: clause),
                givesToOtherParty(tokens, after: i, end: clause.upperBound)
            {
                otherVerbs.append(i)
            }
            var usersOwnSharing = false
            if classes.contains(.userGiving), isUserSubject(tokens, verb: i, clause: clause) {
                // "you give your card details straight to those providers": what the
                // user hands another party is that party's, a practice other than ours.
                if givesToOthers(tokens, verb: i, end: clause.upperBound) {
                    if !classes.contains(.otherPractice), i < range.lowerBound { otherVerbs.append(i) }
                    // ("Your name and photo | shown to those with whom you share content": after
                    // the mention, the user's sharing is about something else.)
                    usersOwnSharing = i >= range.upperBound
                } else {
                    userGiving.append(i)
                }
            }
            // "the information you share" is the user giving it, not the vendor sharing it.
            // "identifiers that we transfer to your computer" places them on the user's own device:
            // a use of cookies, not a disclosure.
            if classes.contains(.otherPractice), !userGiving.contains(i), !usersOwnSharing {
                if isToUsersDevice(tokens, after: i, end: clause.upperBound) { verbs.append(i) } else { otherVerbs.append(i) }
            }
        }
        // "such as" and "including" name what a sentence is about; with sharing or selling in the
        // clause, that is what is shared, not what is collected.
        // Sharing after the list ("..., and any information you permit the third party to share
        // with us") does not make the list what is shared.
        if otherVerbs.contains(where: { $0 < range.lowerBound }) { includes = false }
        // "We don't personalize ads based on categories such as health": a denied clause whose
        // only cue is a list names what something is not about, not what is collected.
        // Said by us ("We don't show you ads based on ... health"), neither does a list or a
        // section around it make it one. ("Location (not precise geolocation), which covers
        // your general location" and "This does not reveal your precise coordinates, only country,
        // state, city" still list data.)
        // The denial at `denial` is ours: "we" (or our name) right before it.
        func deniedByUs(_ denial: Int) -> Bool { (max(clause.lowerBound, denial - 2)..<denial).contains { tokens[$0].classes.contains(.firstParty) } }
        var deniedTopic = false
        if includes, verbs.isEmpty, userGiving.isEmpty,
            let denial = (clause.lowerBound..<range.lowerBound).first(where: { isNegation(tokens, $0) })
        {
            includes = false
            deniedTopic = deniedByUs(denial)
        }
        // "We never show tailored ads based on what you keep in our mail app": what a practice we
        // deny would be based on is named, not held, whatever section holds the sentence.
        if !deniedTopic, verbs.isEmpty, userGiving.isEmpty,
            let based = (max(clause.lowerBound, range.lowerBound - 10)..<range.lowerBound).last(where: { k in
                tokens[k].text == "based" && k + 1 < range.lowerBound && (tokens[k + 1].text == "on" || tokens[k + 1].text == "upon")
            }),
            !hasVerb(tokens, in: based + 2..<range.lowerBound),
            let denial = (clause.lowerBound..<based).first(where: { isNegation(tokens, $0) })
        {
            deniedTopic = deniedByUs(denial)
        }
        // "Encryption is used to protect your card number": "use" governs the safeguard, not the data.
        let securing = clause.contains { tokens[$0].classes.contains(.securing) }
        if securing {
            verbs.removeAll { Self.useForms.contains(tokens[$0].text) }
            // "Sensitive information, such as a card number, is encrypted": an example of what is
            // protected, not a statement that it is collected.
            includes = false
            // "We require our vendors to encrypt sensitive data such as a card number": the data is
            // the object of the safeguard, not of the verb before it.
            // (Within twenty words and one table cell: a row's purpose cell does not reach its data cell.)
            if let safeguard = (clause.lowerBound..<range.lowerBound).last(where: { k in
                k > 0 && tokens[k].classes.contains(.securing) && tokens[k - 1].text == "to"
            }), range.lowerBound - safeguard <= 20, !(safeguard..<range.lowerBound).contains(where: { tokens[$0].text == "|" }) {
                verbs.removeAll { $0 < safeguard }
                userGiving.removeAll { $0 < safeguard }
            }
        }
        // The mention is the object of the nearest verb before it: "we receive your email and will
        // never share your name" shares the name. A collection verb after it ("your name is
        // collected") still counts.
        let before = (verbs + userGiving).filter { $0 < range.lowerBound }.max() ?? -1
        let otherBefore = otherVerbs.filter { $0 < range.lowerBound }.max() ?? -1
        // "we may use and share your medical records": verbs joined by "and" share the
        // object, so the data is used as well as shared.
        let coordinated =
            before >= 0 && before < otherBefore && otherBefore - before <= 3
            && (before + 1..<otherBefore).contains { ["and", "or", ","].contains(tokens[$0].text) }
        if otherBefore > before, !coordinated {
            verbs.removeAll { $0 < range.lowerBound }
            userGiving.removeAll { $0 < range.lowerBound }
            // "we may transfer your name, your posts and other data gathered through
            // the app": a participle after the mention describes a noun of its own; only a
            // passive ("your name is collected") still governs it.
            verbs.removeAll { v in
                v >= range.upperBound
                    && !(max(range.upperBound, v - 3)..<v).contains {
                        Self.auxiliaries.contains(tokens[$0].text) || tokens[$0].classes.contains(.firstParty)
                    }
            }
        }
        // "We log IP addresses to help us see how visitors move around the site": a mention after
        // an infinitive of purpose is what the purpose is about, not what the verb before it takes.
        // The purpose's own verb, and the infinitives that continue the list ("to diagnose problems
        // with our server, to administer the site and to gather broad demographic information"),
        // are purposes too.
        // (Within one table cell: "To facilitate payments | Payment Information" lists, in its next
        // cell, the data the purpose uses.)
        if let purpose = (clause.lowerBound..<range.lowerBound).last(where: { k in
            k + 1 < range.lowerBound && tokens[k].text == "to" && Self.purposeVerbs.contains(tokens[k + 1].text)
        }), includeCue < purpose, !(purpose..<range.lowerBound).contains(where: { tokens[$0].text == "|" }) {
            // "to study trends, run the site, follow how users move, and gather wide
            // demographic data": bare verbs after a comma or "and" continue the list too.
            verbs.removeAll { v in
                v <= purpose + 1 || (v < range.lowerBound && Self.purposeListJoiners.contains(tokens[v - 1].text))
            }
            userGiving.removeAll { $0 < purpose }
            // "for any lawful purpose, including to help find faults ..., to gather
            // wide demographic data": a list that the purpose
            // opens is a list of purposes.
            includes = false
        }
        // "We collect your name when you register or complete a survey": what follows "when you"
        // is the occasion of the collection, not its object; only verbs inside that clause govern
        // a mention there ("when you provide your email address"). A colon after it starts the
        // list of what is collected again, and so does a parenthesis that names it: "We collect
        // certain information when you visit the Site (collectively, “Usage Data”)".
        if let marker = (clause.lowerBound..<range.lowerBound).last(where: { isOccasion(tokens, $0) }),
            !(marker..<range.lowerBound).contains(where: { tokens[$0].text == ":" }),
            !((marker..<range.lowerBound).last(where: { tokens[$0].text == "(" }).map { range.lowerBound - $0 <= 3 } ?? false)
        {
            // Inside it, a verb with an object of its own before the mention does not govern it:
            // "when you enter a contest or complete a survey" enters the contest; "when you provide
            // your name, email address" provides both.
            // "a user's email address" is the mention's own phrase, not another object.
            func hasOwnObject(_ verb: Int) -> Bool {
                verb + 1 < range.lowerBound - 1
                    && ((verb + 1)..<(range.lowerBound - 1)).contains { k in
                        (tokens[k].text == "a" || tokens[k].text == "an") && !(k + 2 < range.lowerBound && tokens[k + 2].text == "s")
                    }
            }
            // "We collect information when you use the Services, such as your IP address": a
            // "such as" after the occasion names the collected information again.
            if includeCue < marker {
                verbs.removeAll { $0 < marker || hasOwnObject($0) }
                userGiving.removeAll { $0 < marker || hasOwnObject($0) }
                includes = false
            }
        }
        // Before the mention, a giving verb governs it unless a new predicate starts between them:
        // "the point where you join the Internet, and is run by your ISP".
        userGiving.removeAll { verb in
            verb < range.lowerBound && (verb + 1..<range.lowerBound).contains { Self.predicateStarts.contains(tokens[$0].text) }
        }
        // After the mention, a giving verb governs it as a relative clause ("the survey answers
        // you submit") or a passive ("provided by you"), not with an object of its own ("or send us
        // a message").
        userGiving.removeAll { verb in
            guard verb >= range.upperBound else { return false }
            let between = range.upperBound..<verb
            let relative = verb - range.upperBound <= 4 && between.contains { Self.userWords.contains(tokens[$0].text) }
            // "uploaded, entered, or otherwise transmitted by you": participles sharing one "by you".
            let passive = tokens[verb].text.hasSuffix("ed") && byYou(tokens, after: verb, within: 8, end: tokens.count)
            return !relative && !passive
        }
        // A verb after the mention governs it only as a passive or with its own subject: "your
        // name is collected", "the data we use". A bare gerund or infinitive starts another
        // phrase: "sending e-mail, analyzing data" lists activities.
        // The mention as the verb's subject ("Our cookies store your user ID", "Log files record
        // the pages you visit") is in use.
        let subject = (clause.lowerBound..<range.lowerBound).allSatisfy { tokens[$0].classes.contains(.determiner) }
        verbs.removeAll { v in
            v >= range.upperBound && !governsBackward(tokens, verb: v, after: range.upperBound)
                && !(subject && (range.upperBound..<v).allSatisfy { Self.subjectVerbFillers.contains(tokens[$0].text) }
                    // "Telephone requests are not acceptable": a noun after the mention, not its verb.
                    && !(v + 1 < clause.upperBound && (Self.predicateStarts.contains(tokens[v + 1].text) || !tokens[v + 1].isWord)))
        }
        // "You can update your email address at any time": the user's control over the data,
        // not a statement that it is collected (unless the clause also says "we collect").
        // "the cookies that we have placed" describes the object of the choice; it says nothing more.
        // (In a table row, read whole, only the mention's own sentence offers its choice: "Content
        // you upload, like photos. The dashboard lets you manage your data." lists the photos.)
        // The mention's own sentence when the tokens are a table row, worked out once for the
        // choice here and the denied use below.
        lazy var rowSentence = isTableRow(tokens) ? ownSentence(clause, around: range, in: tokens) : nil
        let userChoice =
            isUserControl(tokens, clause: clause)
            && (rowSentence.map { isUserControl(tokens, clause: $0) } ?? true)
            && !verbs.contains(where: { v in
                (max(clause.lowerBound, v - 3)..<v).contains { k in
                    // ("Please note that we use ..." is a statement, not a relative clause.)
                    // "any other information we may keep" is a relative clause without its pronoun.
                    tokens[k].classes.contains(.firstParty)
                        && !(k > 1 && Self.relativePronouns.contains(tokens[k - 1].text) && !Self.thatVerbs.contains(tokens[k - 2].text))
                        && !(k > 0 && tokens[k - 1].classes.contains(.dataNoun) && !Self.dataPronouns.contains(tokens[k - 1].text))
                }
            })
        let noStatement =
            (sentenceStatesNothing ?? statesNothing(tokens)) || isInstruction(tokens, clause: clause, mention: range)
            || isChannel(tokens, mention: range)
            || isPurposeItem(tokens, mention: range) || describesTechnology(tokens, other: range) || listsOtherExamples(tokens, mention: range)
            || isDisclaimer(tokens, clause: clause, mention: range)
            || isKeptApart(tokens, mention: range) || describesDoNotTrack(tokens, clause: clause, mention: range) || deniedTopic
            || isCondition(tokens, mention: range) || isRefused(tokens, mention: range) || isLackedOnOccasion(tokens, mention: range)
        // "what you decide to share with us as part of a survey", "a survey that requests
        // your name": a phrase that names the data with a verb of its own says that it is given
        // or asked for, when nothing else in the clause does.
        if verbs.isEmpty, userGiving.isEmpty, !includes, otherVerbs.isEmpty,
            let own = range.first(where: { k in
                // (Not a noun such as "log-in", nor an infinitive: "surveys ... to provide feedback".)
                let toUs = k + 2 < range.upperBound && tokens[k + 2].text == "us"
                // ("a survey that requests your name": a relative clause's verb may end the phrase.)
                let ends =
                    k > range.lowerBound && k + 1 == range.upperBound && k + 1 < clause.upperBound
                    && Self.relativePronouns.contains(tokens[k - 1].text)
                return (toUs || (k > range.lowerBound && tokens[k - 1].text != "to")) && (k + 1 < range.upperBound || ends)
                    && !tokens[k].classes.isDisjoint(with: [.collect, .userGiving]) && !Self.compoundHeads.contains(tokens[k].text)
                    && Self.ownVerbFollowers.contains(tokens[k + 1].text)
            })
        {
            verbs.append(own)
        }
        if userChoice || noStatement {
            verbs.removeAll()
            userGiving.removeAll()
            includes = false
        }
        // "Data gathered by the app (or by partners who work inside it) can include your IP
        // address": a verb inside a parenthesis that closes before the mention speaks only
        // inside it, when another verb governs the mention.
        let parenthetical = verbs.filter { v in
            v < range.lowerBound && isInClosedAside(tokens, v, from: clause.lowerBound, before: range.lowerBound)
        }
        if !parenthetical.isEmpty, verbs.count + userGiving.count > parenthetical.count { verbs.removeAll { parenthetical.contains($0) } }
        let collection = !verbs.isEmpty || !userGiving.isEmpty || includes
        let allVerbs = (verbs + userGiving).sorted()
        // Done only on the user's consent or step, the practice is conditional, not denied.
        // The denial nearest before the mention, looked for once for the need, consent and limit readings.
        let denialBefore = (clause.lowerBound..<range.lowerBound).last(where: { isNegation(tokens, $0) })
        let conditional =
            isConditionalOnUser(tokens, mention: range, clause: clause)
            || deniesNeed(tokens, mention: range, clause: clause, denialBefore: denialBefore)
        let denied =
            !conditional && !isExcepted(tokens, clause: clause, mention: range) && isNegated(tokens, mention: range, clause: clause, verbs: allVerbs)
            && !limitsRetention(tokens, clause: clause) && !waivesConsent(tokens, mention: range, clause: clause, denialBefore: denialBefore)
        let negated = denied && !isUsersOwnDenial(tokens, clause: clause, mention: range)
        // The verbs a denied use can be about:
        // (Not a verb of a condition after the mention, "... for personalisation when we receive
        // such data".)
        // (Nor a participle right after the data that describes it: "other files stored on your
        // device".)
        // (In a table row, read whole, only the verbs of the mention's own sentence: "To analyze
        // feedback | Your prompts. We do not use your prompts to train models" limits the use.)
        let verbSentence = negated ? rowSentence : nil
        let ownVerbs = allVerbs.filter { v in
            !(v > range.upperBound && v >= 2 && Self.ownSubjects.contains(tokens[v - 1].text) && Self.subordinators.contains(tokens[v - 2].text))
                && !(v >= range.upperBound && describesPlace(tokens, participle: v, end: clause.upperBound))
                && verbSentence?.contains(v) != false
        }
        let limits = LimitContext(
            tokens: tokens, clause: clause, mention: range, allVerbs: allVerbs, ownVerbs: ownVerbs, collection: collection, denied: denied,
            negated: negated, denialBefore: denialBefore)
        if Self.limitReadings.contains(where: { $0(limits) }) { return .noPractice }
        // (In a table row, read whole, only the mention's own sentence qualifies it.)
        let hedged = isHedged(tokens, clause: rowSentence ?? clause, mention: range, verbs: allVerbs) || conditional
        let verb = allVerbs.last { $0 < range.lowerBound } ?? allVerbs.first
        // What is given to us is ours to collect, whoever gives it.
        let actor =
            userGiving.contains(where: { $0 == verb }) || toUs.contains(where: { $0 == verb })
            ? .firstParty : actorOf(tokens, verb: verb, clause: clause, mention: range)
        let definition = isDefinition(tokens, clause: clause, mention: range, hasVerbs: !verbs.isEmpty)
        // Only when nothing else in the clause takes it: "We read the phone numbers that
        // sit in your phone's address book", "kept on the disk and sent to
        // Microsoft".
        // ("... and never sent to us" still keeps it there.)
        let onUsersDevice =
            !verbs.isEmpty && userGiving.isEmpty && toUs.isEmpty
            && verbs.allSatisfy { v in Self.keepingVerbs.contains(tokens[v].text) && isToUsersDevice(tokens, after: v, end: clause.upperBound) }
            && !clause.contains { k in
                Self.sendingWords.contains(tokens[k].text) && !(max(clause.lowerBound, k - 2)..<k).contains { isNegation(tokens, $0) }
            }
        return Reading(
            collection: collection, negated: negated, hedged: hedged, actor: actor, otherPractice: !otherVerbs.isEmpty && !collection,
            definition: definition, noStatement: noStatement, choice: userChoice, basis: verb.map { tokens[$0].text } ?? (includes ? "includes" : ""),
            onUsersDevice: onUsersDevice)
    }

    /// Words naming where someone is: what "determine" works out when it collects.
    static let placeWords: WordSet = ["location", "geolocation", "country", "city", "region", "whereabouts", "position", "area"]
    /// Words before a safeguard: "reasonable", "appropriate technical and".
    static let safeguardQualifiers: WordSet = [
        "reasonable", "appropriate", "adequate", "commercially", "industry", "standard", "physical", "technical", "administrative",
        "organizational", "organisational", "and", "security", "the", "our", "such", "strict", "robust",
    ]
    /// What a safeguard is called: "security practices", "safeguards", "procedures".
    static let safeguardNouns: WordSet = [
        "practices", "procedures", "safeguards", "measures", "controls", "policies", "protections", "standards", "programs", "program",
    ]

    /// Verbs that move data off the user's device: "kept on the disk and sent to the vendor".
    static let sendingWords: WordSet = [
        "send", "sends", "sent", "transmit", "transmits", "transmitted", "upload", "uploads", "uploaded", "sync", "syncs", "synced",
        "synchronized", "synchronised", "backed",
    ]
    /// Words before the thing that holds data: "stored in cookies", "kept within the cookie".
    static let containerWords: WordSet = ["in", "within", "inside", "into"]
    /// Mentions that name where data is kept rather than data: "cookies", "local storage".
    static let containerNouns: WordSet = [
        "cookie", "cookies", "storage", "logs", "files", "file", "database", "databases", "browser", "device", "devices",
    ]
    /// Possessives before a container: "in your cookies", "in our logs".
    static let containerOwners: WordSet = ["your", "our", "their", "his", "her", "its"]
    /// Verbs that keep data where they put it: "stored on your device" keeps it there.
    static let keepingVerbs: WordSet = [
        "store", "stores", "stored", "storing", "save", "saves", "saved", "saving", "keep", "keeps", "kept", "cache", "caches", "cached",
        "process", "processes", "processed", "processing",
    ]

    /// What may follow a verb inside a mention that states the giving: "share with us as part of
    /// surveys", "collected from surveys", "a survey that requests your name".
    static let ownVerbFollowers: WordSet = ["with", "to", "in", "through", "via", "from", "for", "your", "us"]

    /// "Personal data is any information that can identify you, including your
    /// name": a definition, whose relative clauses' verbs do not make it a practice.
    static func isDefinition(_ tokens: [Token], clause: Range<Int>, mention range: Range<Int>, hasVerbs: Bool) -> Bool {
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
                tokens[$0].isWord && !tokens[$0].classes.contains(.firstParty) && tokens[$0].text != "our"
            }
        if singularSubject || pluralSubject, range.upperBound + 1 < clause.upperBound,
            (tokens[range.upperBound].text == "is" && Self.indefiniteArticles.contains(tokens[range.upperBound + 1].text))
                || (tokens[range.upperBound].text == "are" && Self.pluralDefinitionHeads.contains(tokens[range.upperBound + 1].text)),
            // ("A cookie is a file that our web sites send", "... that this website places", "an
            // identifier collected by the site": ours. "a website" is any.)
            !clause.contains(where: { k in
                tokens[k].classes.contains(.firstParty) || tokens[k].text == "our"
                    || ((tokens[k].text == "this" || tokens[k].text == "the") && k + 1 < clause.upperBound
                        && Self.siteWords.contains(tokens[k + 1].text))
            })
        {
            return true
        }
        let cue = clause.first { i in
            (tokens[i].classes.contains(.definition) && !isMeansNoun(tokens, i)) || isCapability(tokens, i)
                || (tokens[i].text == "is" && isDefiningNoun(tokens, after: i, in: clause))
                // "By personal information, we mean data such as a name": the same, said by us.
                || isOurMeaning(tokens, i, clause: clause)
                // "'Services' shall mean ...": the legal form of "means".
                || (tokens[i].classes.contains(.meaning) && i > clause.lowerBound && tokens[i].text == "mean" && tokens[i - 1].text == "shall")
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
    static func isDefiningNoun(_ tokens: [Token], after i: Int, in clause: Range<Int>) -> Bool {
        var j = i + 1
        if j < clause.upperBound, tokens[j].text == "considered" || tokens[j].text == "deemed" { j += 1 }
        guard j < clause.upperBound else { return false }
        if tokens[j].text == "information" { return j == i + 1 }
        if tokens[j].text == "any" { return j + 1 < clause.upperBound && tokens[j + 1].text == "information" }
        return j == i + 1 && tokens[j].text == "data" && j + 1 < clause.upperBound && tokens[j + 1].text == "that"
    }

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

    /// "We do not keep your IP address longer than 30 days", "your input is processed and not
    /// retained further", "we don't keep your searches after you close the app": a denied keeping
    /// followed by how long says how long the data is kept, not that it is never collected.
    /// ("We do not store your IP address on our servers" still denies.)
    static func limitsRetention(_ tokens: [Token], clause: Range<Int>) -> Bool {
        for i in clause where isNegation(tokens, i) {
            guard let keep = (i + 1..<min(clause.upperBound, i + 4)).first(where: { Self.retentionVerbs.contains(tokens[$0].text) }) else { continue }
            let after = keep + 1..<min(clause.upperBound, keep + 14)
            if after.contains(where: { k in
                // ("further" closes the keeping, "not retained further,", not a reference: "as
                // described further below".)
                if tokens[k].text == "further" { return k + 1 >= tokens.count || !tokens[k + 1].isWord }
                return Self.retentionLimits.contains(tokens[k].text)
                    || (tokens[k].text == "more" && k + 1 < tokens.count && tokens[k + 1].text == "than")
            }) {
                return true
            }
        }
        return false
    }

    /// "We do not link the details we keep in cookies to anything else": a verb with a subject of its
    /// own after the denial's noun ("the information [that] we store") is a relative clause's;
    /// the denial is of the verb before it. ("We do not collect, and we never store, ..." joins
    /// a second clause: its "we" follows "and".)
    static func hasOwnSubject(_ tokens: [Token], verb v: Int, after i: Int) -> Bool {
        var s = v - 1
        if s > i, Self.modals.contains(tokens[s].text) || tokens[s].text == "also" { s -= 1 }
        guard s > i + 1, Self.ownSubjects.contains(tokens[s].text) else { return false }
        let before = tokens[s - 1]
        // (Nor an inverted subject: "under no circumstances do we collect".)
        return before.isWord && !Self.joiners.contains(before.text) && before.text != "but" && !isNegation(tokens, s - 1)
            && !Self.invertingAuxiliaries.contains(before.text)
    }

    /// The position of the word after token `i`, past one adverb: "not technically required",
    /// "does not directly control".
    static func wordAfter(_ tokens: [Token], _ i: Int, end: Int) -> Int? {
        guard i + 1 < end else { return nil }
        return tokens[i + 1].text.hasSuffix("ly") && i + 2 < end ? i + 2 : i + 1
    }

    /// "The settings don't control processing of your chats", "this does not apply to collection
    /// of ...", "we will not stop collecting": the denied verb rules over the practice after it,
    /// which the denial leaves as it is.
    static func deniesGoverning(_ tokens: [Token], after i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        // ("apply" ends like an adverb: the verb is looked for first.)
        if Self.governingVerbs.contains(tokens[i + 1].text) { return true }
        return wordAfter(tokens, i, end: tokens.count).map { Self.governingVerbs.contains(tokens[$0].text) } ?? false
    }
    /// Verbs of control, scope and limit, whose denial leaves the practice they rule over.
    static let governingVerbs: WordSet = [
        "control", "controls", "affect", "affects", "apply", "applies", "limit", "limits", "restrict", "restricts", "prevent",
        "prevents", "stop", "stops", "govern", "governs", "override", "overrides", "change", "changes",
    ]

    /// "Membership does not require an email address", "cookies are not required for searching":
    /// a denied need makes the data optional. It is collected when given (hedged), not denied.
    /// The denial is the one nearest before the mention, or, with none there, one right after it
    /// ("We do not collect your email address, and we do not need it" still denies).
    static func deniesNeed(_ tokens: [Token], mention range: Range<Int>, clause: Range<Int>, denialBefore: Int?) -> Bool {
        // (An introduction, read with an empty mention at its end, keeps its denial: "Our ads do
        // not require: - To collect your email address".)
        guard !range.isEmpty, let k = deniedNeed(tokens, mention: range, clause: clause, denialBefore: denialBefore) else { return false }
        // "We do not need to collect your location" denies our own collecting; "we do not require
        // you to provide it" leaves the user's giving optional. What "does not require consent"
        // waives is the consent, not the data (`waivesConsent`).
        return !(k + 1..<min(clause.upperBound, k + 4)).contains { j in
            (tokens[j].text == "to" && j + 1 < clause.upperBound && tokens[j + 1].classes.contains(.collect))
                || Self.mannerNouns.contains(tokens[j].text)
        }
    }

    /// "Cookies that do not require consent", "we do not need your permission to collect it": a
    /// denied need of consent waives the consent, and denies nothing of the data (a denied need
    /// of the data makes it optional instead: `deniesNeed`).
    static func waivesConsent(_ tokens: [Token], mention range: Range<Int>, clause: Range<Int>, denialBefore: Int?) -> Bool {
        guard let need = deniedNeed(tokens, mention: range, clause: clause, denialBefore: denialBefore) else { return false }
        return (need + 1..<min(clause.upperBound, need + 3)).contains { Self.mannerNouns.contains(tokens[$0].text) }
    }

    /// The word of need ("require", "need") right after the denial nearest before the mention
    /// (`denialBefore`), or, with none there, one right after it.
    static func deniedNeed(_ tokens: [Token], mention range: Range<Int>, clause: Range<Int>, denialBefore: Int?) -> Int? {
        guard
            let denial = denialBefore
                ?? (range.upperBound..<min(clause.upperBound, range.upperBound + 4)).first(where: { isNegation(tokens, $0) }),
            let need = wordAfter(tokens, denial, end: clause.upperBound), Self.needVerbs.contains(tokens[need].text)
        else { return nil }
        return need
    }

    /// Words of need, whose denial makes the data optional.
    static let needVerbs: WordSet = ["require", "requires", "required", "need", "needs", "needed", "mandatory", "obligatory"]

    /// Token `k` is a word of another data mention that is an item of a list: after a comma,
    /// a bracket, "and", "or", "such as" or "including" (and a determiner).
    static func isListedData(_ tokens: [Token], _ k: Int) -> Bool {
        guard tokens[k].classes.contains(.otherMention) else { return false }
        var j = k
        while j > 0, tokens[j - 1].classes.contains(.otherMention) { j -= 1 }
        if j > 0, tokens[j - 1].classes.contains(.determiner) || tokens[j - 1].text == "your" { j -= 1 }
        guard j > 0 else { return false }
        let before = tokens[j - 1].text
        return before == "," || before == "(" || before == ":" || before == "as" || before == "including" || Self.joiners.contains(before)
    }

    /// Subjects that open a relative clause without its pronoun: "the data we keep".
    static let ownSubjects: WordSet = ["we", "you", "they"]
    /// Auxiliaries that come before their subject after a fronted denial: "nor do we", "never will we".
    static let invertingAuxiliaries: WordSet = subjectVerbs.union(predicateStarts).union(haveForms).union(["do", "does", "did"])

    /// What stands before a message's manner: "in an unsolicited email", "any unsolicited call",
    /// "non-secure or unsolicited".
    static let channelOpeners: WordSet = ["a", "an", "any", "in", "by", "via", "or"]
    /// Verbs of asking the user for data, whose denial by a channel is a warning about messages
    /// that pretend to come from us.
    static let askingVerbs: WordSet = ["ask", "asks", "request", "requests", "solicit", "solicits"]
    /// Words that open the channel a request would come by: "by email", "over the phone".
    static let channelPrepositions: WordSet = ["by", "via", "through", "over", "in"]
    /// Words between that preposition and the channel: "through an unsolicited e-mail".
    static let channelDeterminers: WordSet = ["a", "an", "the", "any", "unsolicited", "our"]

    /// Verbs of keeping data, whose denial may only give its end.
    static let retentionVerbs: WordSet = [
        "keep", "keeps", "kept", "retain", "retains", "retained", "store", "stores", "stored", "hold", "holds", "held",
        "save", "saves", "saved", "maintain", "maintains", "maintained", "preserve", "preserved",
    ]
    /// Words that give a keeping its end: "longer than", "beyond", "after", "indefinitely", "no
    /// permanent logs" ("more than" and a closing "further" are read in `limitsRetention`).
    static let retentionLimits: WordSet = ["longer", "beyond", "after", "past", "indefinitely", "permanently", "forever", "permanent"]

    /// Negation cue in the clause before the mention, governing a verb ("we do not collect X",
    /// "without collecting X") or the mention itself ("no X"); or after it, before a verb ("X is not collected").
    static func isNegated(_ tokens: [Token], mention range: Range<Int>, clause: Range<Int>, verbs: [Int]) -> Bool {
        // "We cannot provide the service without these cookies", "it is not possible to recover
        // your account without your password": after an impossibility, "without" names what is
        // required. ("without sending your voice data" still denies the sending.)
        if let without = (max(clause.lowerBound, range.lowerBound - 4)..<range.lowerBound).last(where: { tokens[$0].text == "without" }),
            !hasVerb(tokens, in: without + 1..<range.lowerBound),
            !(without + 1..<range.lowerBound).contains(where: { tokens[$0].text.hasSuffix("ing") }),
            (clause.lowerBound..<without).contains(where: { k in
                Self.impossibilityWords.contains(tokens[k].text)
                    || tokens[k].text == "not" && (k + 1..<min(without, k + 3)).contains { Self.possibilityWords.contains(tokens[$0].text) }
            })
        {
            return false
        }
        // "no analytics or crash reports": a "no" that heads the list the mention stands in.
        // "(but not your user name, address or other personal details)", "(not including your
        // name, postal or email address, or phone number)": so does a "not" that opens the list.
        var back = range.lowerBound - 1
        while back >= clause.lowerBound, range.lowerBound - back <= 14 {
            let token = tokens[back]
            if isNegation(tokens, back), Self.listNegations.contains(token.text) { return true }
            if token.text == "not", isNegation(tokens, back), back > 0, back + 1 < tokens.count,
                tokens[back - 1].text == "but" || tokens[back + 1].text == "including"
            {
                return true
            }
            if !token.classes.intersection([.collect, .firstParty]).isEmpty { break }
            if !token.isWord, token.text != "," { break }
            back -= 1
        }
        // A table row is read whole, and a period inside a cell ends a sentence there: "We do not
        // collect your precise location. We only collect a rough area worked out from your
        // IP address" denies the one, not the other.
        lazy var isRow = isTableRow(tokens)
        // "that we are not liable for, by counting clicks": the denial is of liability.
        for i in clause.lowerBound..<range.lowerBound
        where isNegation(tokens, i)
            && !(i + 1..<min(tokens.count, i + 4)).contains(where: { Self.liabilityWords.contains(tokens[$0].text) })
            && !deniesGoverning(tokens, after: i)
        {
            // (An introduction is read with an empty mention at its very end.)
            if (i + 1..<range.lowerBound).contains(where: { endsSentence(tokens, $0) }), isRow {
                continue
            }
            // "we set plain cookies (not unique) that hold your choices": a denial inside a
            // parenthesis that closes before the mention speaks of the parenthesis only. ("We do not
            // (and will not) collect" ends its parenthesis with the denial of the verb after it.)
            if tokens[i + 1].isWord, isInClosedAside(tokens, i, from: clause.lowerBound, before: range.lowerBound) {
                continue
            }
            // "Widgets which cannot use your exact location might still use your town": a denial
            // inside a relative clause ends where the main clause's modal comes after its verb.
            if i >= 1, (max(clause.lowerBound, i - 2)..<i).contains(where: { Self.relativePronouns.contains(tokens[$0].text) }),
                let denied = verbs.first(where: { $0 > i && $0 - i <= 5 }), denied < range.lowerBound,
                // (Not the modal of another relative clause: "the list of apps that can use your location".)
                (denied + 1..<range.lowerBound).contains(where: {
                    Self.modals.contains(tokens[$0].text) && !Self.relativePronouns.contains(tokens[$0 - 1].text)
                })
            {
                continue
            }
            // "We do not retain full card details, we only save your name": a comma and a new
            // subject of ours open another clause, and the denial stays in the first. So does the
            // user with a verb of their own: "so that we never collect data from minors by
            // mistake, you may be asked for your birth date".
            if (i + 1..<max(i + 1, range.lowerBound - 1)).contains(where: { k in
                tokens[k].text == ","
                    && (tokens[k + 1].classes.contains(.firstParty)
                        || (tokens[k + 1].text == "you" && k + 2 < range.lowerBound && Self.subjectVerbs.contains(tokens[k + 2].text)))
            }) {
                continue
            }
            // "We do not store your full card number and only keep the last four digits": a verb
            // after "and only" ("but we only") is what is done; the denial stays before it.
            if (i + 2..<max(i + 2, range.lowerBound - 1)).contains(where: { k in
                guard tokens[k].text == "only", !tokens[k + 1].classes.isDisjoint(with: Self.verbClasses) else { return false }
                let before = tokens[k - 1].classes.contains(.firstParty) ? k - 2 : k - 1
                return before > i && (Self.joiners.contains(tokens[before].text) || tokens[before].text == "but" || tokens[before].text == ",")
            }) {
                continue
            }
            if range.lowerBound - i <= 2,
                tokens[i].text == "no" || tokens[i].text == "without" || tokens[i].text == "not"
                    || tokens[i].text == "never" || tokens[i].text == "nor" || tokens[i].text == "neither"
            {
                return true
            }
            // "our service provider – not Example – collects your financial information": a
            // denial inside an aside denies the aside's noun, not the verb after it.
            let inAside = i > clause.lowerBound && tokens[i - 1].text == ","
            // ("We do not (under any circumstances) collect": an aside in brackets does not count.)
            if verbs.contains(where: { v in
                v > i && v - i - bracketed(tokens, in: i + 1..<v) <= 5 && !(inAside && (i + 1..<v).contains { tokens[$0].text == "," })
                    && !hasOwnSubject(tokens, verb: v, after: i)
            }) {
                return true
            }
            // "The data we keep does not include your name", "what you submit should not contain
            // medical records": a denied inclusion denies what it would have listed. (What a
            // document or the law's "personal information" does not include is its scope.) Every
            // item of a list the denied object opens is denied, however long: "should not include
            // any sensitive data, such as government identifiers (...), card numbers, medical records".
            // (Looked for only once the cheaper tests below pass: this runs for every denial.)
            func listedUnder() -> Bool {
                (i + 2..<range.lowerBound).contains { k in (tokens[k].text == "such" && tokens[k + 1].text == "as") || tokens[k].text == "including" }
                    && !hasVerb(tokens, in: i + 2..<range.lowerBound)
            }
            if i + 1 < range.lowerBound, tokens[i + 1].classes.contains(.include), range.lowerBound - i <= 12 || listedUnder(),
                Self.includeVerbStems.contains(where: { tokens[i + 1].text.hasPrefix($0) }),
                // (Nor what aggregate or anonymous data leaves out: "the aggregated statistics do
                // not include your name" says what makes them anonymous.)
                !(clause.lowerBound..<i).contains(where: { namesScopeSubject(tokens, $0, before: i) })
            {
                return true
            }
            // "We do not have any technical way to read your passwords": a denied means or
            // ability reaches its infinitive.
            // ("you do not have to enter the data to use the forum" only waives a duty.)
            if i + 2 < range.lowerBound, Self.possessionWords.contains(tokens[i + 1].text),
                Self.articles.contains(tokens[i + 2].text)
                    || tokens[i + 2].text == "any",
                verbs.contains(where: { $0 > i && $0 - i <= 8 && tokens[$0 - 1].text == "to" })
            {
                return true
            }
            // "We will not, at any time, request": an aside between commas does not end the reach.
            if let close = asideEnd(tokens, after: i, before: range.lowerBound), verbs.contains(where: { $0 > close && $0 - close <= 3 }) {
                return true
            }
        }
        var i = range.upperBound
        while i < clause.upperBound {
            // A sentence that ends inside a table row ends the reach after the mention as well:
            // "Your prompts and outputs. We do not use your prompts to train models when ..." says
            // nothing against the data the cell lists.
            if isRow, endsSentence(tokens, i) { break }
            // "Used solely for crash monitoring, and not used for advertising": a second predicate
            // that denies a use for a purpose limits the use of what the first one takes.
            // ("... and it is not used to ...": its subject and auxiliaries may come between.)
            if i > range.upperBound, isNegation(tokens, i), i + 3 < clause.upperBound,
                case let used = tokens[i + 1].text == "be" ? i + 2 : i + 1, tokens[used].text == "used",
                tokens[used + 1].text == "to" || tokens[used + 1].text == "for",
                secondPredicateJoiner(tokens, after: range.upperBound, before: i) != nil,
                // (When the denied use is the only verb, nothing is said to be taken: "Your chats
                // won't appear in your history, and won't be used to train our models".)
                verbs.contains(where: { $0 != used })
            {
                i += 1
                continue
            }
            // "Your voice data is processed to answer you and is not retained": a second predicate
            // that denies keeping what the first one takes says how long it is kept. The data is
            // still taken. ("... and is not stored" with no other verb still denies, and so does
            // one that leaves it on the user's device: "processed on your device and never stored".)
            // So does a main predicate after a relative clause that takes the data: "Location
            // that is processed with your permission is not stored in your history".
            func takes(_ v: Int) -> Bool {
                !Self.retentionVerbs.contains(tokens[v].text) && !(max(clause.lowerBound, v - 4)..<v).contains { isNegation(tokens, $0) }
                    && !isToUsersDevice(tokens, after: v, end: clause.upperBound)
            }
            func takenBeforeJoiner() -> Bool {
                guard let joiner = secondPredicateJoiner(tokens, after: range.upperBound, before: i) else { return false }
                return verbs.contains { $0 < joiner && takes($0) }
            }
            if i > range.upperBound, isNegation(tokens, i), i + 2 < clause.upperBound,
                case let kept = tokens[i + 1].text == "be" ? i + 2 : i + 1, Self.retentionVerbs.contains(tokens[kept].text),
                // (Nor a denial of more than the keeping: "not stored or processed on our servers".)
                !(kept + 2 < clause.upperBound && Self.joiners.contains(tokens[kept + 1].text)
                    && !tokens[kept + 2].classes.isDisjoint(with: Self.verbClasses) && !Self.retentionVerbs.contains(tokens[kept + 2].text)),
                takenBeforeJoiner()
                    || (Self.relativePronouns.contains(tokens[range.upperBound].text)
                        && verbs.contains(where: { $0 > range.upperBound && $0 <= range.upperBound + 4 && $0 < i && takes($0) }))
            {
                i += 1
                continue
            }
            // "We store your password and we do not store your card number": a subject of ours
            // after "and", "or" or "but" opens a clause of its own, whose denial is of its own
            // object. ("... your messages and we do not store them" denies the messages again.)
            if i > range.upperBound, opensOwnClause(tokens, subject: i, verb: verbs.first(where: { $0 > i }) ?? tokens.count) {
                return false
            }
            // "browsing activities on platforms that may not utilize our technology": past a
            // relative clause of another noun, a denial is that noun's.
            // ("a rough location near you, which we also never log" is still our denial.)
            // ("ensuring that the code is neither stored": a "that" after a verb opens what is
            // ensured, no relative clause.)
            if Self.relativePronouns.contains(tokens[i].text), i > range.upperBound,
                !(tokens[i].text == "that"
                    && (Self.thatVerbs.contains(tokens[i - 1].text) || tokens[i - 1].text.hasPrefix("ensur")
                        || !tokens[i - 1].classes.isDisjoint(with: Self.verbClasses))),
                let denial = (i + 1..<min(clause.upperBound, i + 5)).first(where: { isNegation(tokens, $0) }),
                !(i + 1..<denial).contains(where: { tokens[$0].classes.contains(.firstParty) })
            {
                return false
            }
            // ("IP addresses, account numbers and other PII are not sent": a denial under a heading
            // about collection, whose verb is no verb of collecting.)
            // (Only the passive: "we can't send you anything" denies no collection.)
            if isNegation(tokens, i),
                verbs.contains(where: { $0 > i && $0 - i <= 3 })
                    || (i + 1 < clause.upperBound && Self.sendingWords.contains(tokens[i + 1].text) && i > range.upperBound
                        && Self.beForms.contains(tokens[i - 1].text))
            {
                return true
            }
            i += 1
        }
        return false
    }

    /// Right after the mention, "is not used to ..." or "are never used for ...": the denial is
    /// of the purpose.
    static func deniesPurposeOnly(_ tokens: [Token], after range: Range<Int>, clause: Range<Int>) -> Bool {
        var k = range.upperBound
        while k < clause.upperBound, k - range.upperBound < 3, Self.beForms.contains(tokens[k].text) || Self.modals.contains(tokens[k].text) {
            k += 1
        }
        guard k > range.upperBound, k + 2 < clause.upperBound, isNegation(tokens, k), tokens[k + 1].text == "used" else { return false }
        return tokens[k + 2].text == "to" || tokens[k + 2].text == "for"
    }

    /// The closing comma of an aside of one to `maxWords` words right after token `i` ("not, at
    /// any time, request"; "can, through the options in your browser, choose"), if there is one
    /// before `limit`.
    static func asideEnd(_ tokens: [Token], after i: Int, before limit: Int, maxWords: Int = 4) -> Int? {
        guard i + 2 < limit, tokens[i + 1].text == "," else { return nil }
        return (i + 3..<min(limit, i + 3 + maxWords)).first { tokens[$0].text == "," }
            .flatMap { close in (i + 2..<close).allSatisfy { tokens[$0].isWord } ? close : nil }
    }

    /// A negation word that denies: not "without limitation", "not limited to", "not only".
    static func isNegation(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].classes.contains(.negation) else { return false }
        // "when you register without a Facebook account": inside the user's occasion, "without"
        // is a condition, not a denial.
        if tokens[i].text == "without", isInUsersOccasion(tokens, before: i) {
            return false
        }
        // "gathered by others without your knowledge or ours": a manner, not a denial.
        if tokens[i].text == "without" {
            var k = i + 1
            while k < min(tokens.count, i + 5) {
                if Self.mannerNouns.contains(tokens[k].text) { return false }
                guard Self.objectDeterminers.contains(tokens[k].text) || Self.mannerQualifiers.contains(tokens[k].text) else { break }
                k += 1
            }
        }
        // "aggregated or not", "whether or not": an alternative, not a denial; "not all services
        // require cookies" limits, it does not deny.
        if tokens[i].text == "not", i > 0, tokens[i - 1].text == "or" { return false }
        // "civil registration no, gender", "serial no)": after a noun and before a break, "no" is
        // the abbreviation of "number".
        if tokens[i].text == "no", i > 0, tokens[i - 1].isWord, Self.numberedNouns.contains(tokens[i - 1].text),
            i + 1 == tokens.count || !tokens[i + 1].isWord
        {
            return false
        }
        // "kept on the phone even if not signed in", "when not in use": a condition
        // put in the negative, not a denial of the statement.
        if tokens[i].text == "not", i > 0, Self.conditionHeads.contains(tokens[i - 1].text) { return false }
        if tokens[i].text == "not", i + 1 < tokens.count, Self.partialWords.contains(tokens[i + 1].text) { return false }
        guard i + 1 < tokens.count else { return true }
        // "Do Not Track signals", "a Nevada Do Not Sell request": the name of a feature denies nothing.
        if tokens[i].text == "not", i > 0, tokens[i - 1].text == "do", i + 2 < tokens.count,
            Self.doNotNames.contains(tokens[i + 1].text), Self.featureNouns.contains(tokens[i + 2].text) || tokens[i + 2].text == "\""
        {
            return false
        }
        // "some features may not function properly": the service's failing, not a data practice.
        if tokens[i].text == "not", Self.failingVerbs.contains(tokens[i + 1].text) { return false }
        // "a right to tell us not to process your data": the user's instruction.
        if tokens[i].text == "not", i >= 2, tokens[i - 1].text == "us", Self.instructingVerbs.contains(tokens[i - 2].text) { return false }
        // "may include, but not be limited to": the idiom with its auxiliary.
        if tokens[i + 1].text == "be", i + 2 < tokens.count, Self.negationIdioms.contains(tokens[i + 2].text) { return false }
        return !Self.negationIdioms.contains(tokens[i + 1].text)
    }

    /// "may", "might", "from time to time" in the clause qualify its statement. `verbs` are the
    /// verbs that take the mention.
    static func isHedged(_ tokens: [Token], clause: Range<Int>, mention range: Range<Int>, verbs: [Int]) -> Bool {
        for i in clause where tokens[i].isWord {
            if tokens[i].classes.contains(.hedge) {
                // "We use cookies to show ads to people who may be interested", "cookies that may
                // identify your browser": a relative clause after the mention qualifies its own
                // noun, not the statement. ("Information that may include your name" still hedges.)
                if i >= range.upperBound, i > clause.lowerBound, Self.relativePronouns.contains(tokens[i - 1].text) { continue }
                // "We collect your IP address so that we may show local news", "..., and we may
                // reply to it": after the mention, a modal qualifies the statement only as the
                // modal of a verb that takes the mention ("your name may be collected", "which we
                // may keep").
                if i >= range.upperBound, Self.modals.contains(tokens[i].text), !verbs.contains(where: { $0 > i && $0 - i <= 4 }) { continue }
                if i < range.lowerBound, Self.modals.contains(tokens[i].text) {
                    // "To show offers that may interest you, we collect ...", "partners who may
                    // work with us collect ...": before the mention, a modal of a relative clause
                    // qualifies that clause's noun unless the clause's own verb takes the data
                    // ("information that may include your name", "data that may be collected").
                    if i > clause.lowerBound, Self.relativePronouns.contains(tokens[i - 1].text),
                        !(i + 1..<min(range.lowerBound, i + 3)).contains(where: { verbs.contains($0) || tokens[$0].classes.contains(.include) })
                    {
                        continue
                    }
                    // "We may ask you to confirm it, and we collect your name": a modal before a
                    // subject of ours that opens the verb taking the data qualifies another predicate.
                    if let next = verbs.last(where: { $0 > i && $0 < range.lowerBound }),
                        (i + 1..<next).contains(where: { k in
                            (tokens[k].text == "," || tokens[k].text == "and") && k + 1 < next && tokens[k + 1].classes.contains(.firstParty)
                        })
                    {
                        continue
                    }
                }
                return true
            }
            guard tokens[i].classes.contains(.hedgeStart) else { continue }
            for phrase in hedgePhrases where i + phrase.count <= clause.upperBound {
                if phrase.indices.allSatisfy({ tokens[i + $0].text == phrase[$0] }) { return true }
            }
        }
        return false
    }

    static let determiners: WordSet = [
        "the", "these", "those", "this", "that", "such", "a", "an", "their", "its", "of", "any",
        // A word after a possessive or a quantifier is a noun: "for all requests", "your store".
        "your", "our", "my", "his", "her", "all", "each", "every", "some", "many",
    ]

    /// "these records", "the app store", "an online store": a verb's spelling used as a noun.
    static func isNoun(_ tokens: [Token], _ i: Int) -> Bool {
        let word = tokens[i].text
        // "minimizes the use of cookies": "use" after an article and before "of" is the noun ("our
        // use of cookies" stays a statement of use).
        if word == "use", i > 0, i + 1 < tokens.count, tokens[i + 1].text == "of", Self.articles.contains(tokens[i - 1].text) {
            return true
        }
        // "any use or misuse of your Account", "any use of your data": the noun.
        if word == "use", i > 0, i + 1 < tokens.count, tokens[i - 1].text == "any", tokens[i + 1].text == "of" || tokens[i + 1].text == "or" {
            return true
        }
        // "the Terms of Use", "ease of use": after "of", "use" is the noun; so is "when the app
        // is not in use".
        if word == "use", i > 0, tokens[i - 1].text == "of" || tokens[i - 1].text == "in" { return true }
        // "If there is unauthorized use of your card": a misuse is a noun.
        if word == "use" || word == "access", i > 0, Self.misuseWords.contains(tokens[i - 1].text) { return true }
        // "criminal record", "academic records": after the adjective of its kind, the noun.
        if word == "record" || word == "records", i > 0, Self.recordKinds.contains(tokens[i - 1].text) { return true }
        // "the California Customer Records statute", "call records containing", "app logs of your
        // visits", "message logs, contacts": a record or log named by what it is of, followed by no
        // object. ("The app records typing cadence", "our server logs your IP address": verbs.)
        if word == "records" || word == "logs" || word == "log", i > 0, Self.recordSubjects.contains(tokens[i - 1].text),
            i + 1 == tokens.count || !tokens[i + 1].isWord || Self.nounFollowers.contains(tokens[i + 1].text)
        {
            return true
        }
        // "date of birth, place of birth", "place of residence": the noun.
        if word == "place", i + 1 < tokens.count, tokens[i + 1].text == "of" { return true }
        guard i > 0, word != "collection", word != "use", word != "collect" else { return false }
        // "cookies, log files, and device identifiers": a verb's spelling before a noun of records,
        // with no subject or modal before it, is the first half of a compound noun.
        if Self.compoundHeads.contains(word), i + 1 < tokens.count, Self.recordNouns.contains(tokens[i + 1].text),
            !tokens[i - 1].classes.contains(.firstParty), !Self.subjectOrModal.contains(tokens[i - 1].text)
        {
            return true
        }
        if word.hasPrefix("store"), Self.storeQualifiers.contains(tokens[i - 1].text) { return true }
        // "in response to legal process", "a judicial process": the noun of the courts.
        if word == "process" || word == "processes", Self.legalQualifiers.contains(tokens[i - 1].text) { return true }
        // "we will not disclose records revealing ...", "keep logs of": right after a verb, the
        // plural is its object.
        if word == "records" || word == "logs",
            !tokens[i - 1].classes.isDisjoint(with: [.collect, .userGiving, .otherPractice])
        {
            return true
        }
        // "we do not share inferred home location", "sell processed location data": a participle
        // right after a verb of another practice qualifies that verb's object.
        if word.hasSuffix("ed"), tokens[i - 1].classes.contains(.otherPractice), i + 1 < tokens.count, tokens[i + 1].isWord { return true }
        // "unauthorized access to your password": the verb takes a direct object, the noun "to".
        // "we will have access to your contacts" is collection again.
        if word == "access", i + 1 < tokens.count, tokens[i + 1].text == "to" {
            return !Self.accessVerbs.contains(tokens[i - 1].text)
        }
        // "unauthorized access of any account password": "of" follows the noun only.
        if word == "access", i + 1 < tokens.count, tokens[i + 1].text == "of" { return true }
        // "a survey that requests your name": "that" before a plural is the relative pronoun,
        // and the word its verb ("that cookie" and "that access" stay nouns).
        if tokens[i - 1].text == "that", word.hasSuffix("s"), !word.hasSuffix("ss") { return false }
        return tokens[i - 1].classes.contains(.determiner)
    }

    /// "please keep in mind", "keep in touch", "marketing will take place", "keeps users up to
    /// date": a collection verb's spelling in an idiom that keeps or places no data.
    static func isIdiom(_ tokens: [Token], _ i: Int) -> Bool {
        let word = tokens[i].text
        if word == "place" { return i > 0 && Self.takeForms.contains(tokens[i - 1].text) }
        // "We may look at which site sent you here", "to help us look at mouse movements"
        // examine data; "look for", "look forward", "a candid look at", "or look at a product" do not.
        if word.hasPrefix("look") {
            return
                !(i > 0 && i + 1 < tokens.count && tokens[i + 1].text == "at"
                && (tokens[i - 1].classes.contains(.firstParty) || Self.verbFillers.contains(tokens[i - 1].text) || tokens[i - 1].text == "to"))
        }
        // "Do Not Track signals": the name of a feature.
        if word == "track", i >= 2, tokens[i - 1].text == "not", tokens[i - 2].text == "do", i + 1 < tokens.count,
            Self.featureNouns.contains(tokens[i + 1].text)
        {
            return true
        }
        // "mechanisms that give users choice regarding the collection of their online activities":
        // the object of a choice, not a statement that it is collected.
        if word == "collection" || word == "use" {
            // ("choices about the collection and use of": both.)
            var k =
                word == "use" && i >= 2 && (tokens[i - 1].text == "and" || tokens[i - 1].text == "or")
                    && tokens[i - 2].text == "collection" ? i - 3 : i - 1
            if k > 0, tokens[k].text == "the" { k -= 1 }
            return k >= 1 && Self.choiceTopicWords.contains(tokens[k].text) && Self.choiceNounWords.contains(tokens[k - 1].text)
        }
        // "we may determine your location through your IP address", "location information, which
        // we determine from your device": working out where the user is collects it; "to
        // determine whether", "determine eligibility" collect nothing. (A relative clause may stand
        // a few words from the place it works out: "geographic location information, which we may
        // determine".)
        if word.hasPrefix("determin") {
            let near = max(0, i - 8)..<min(tokens.count, i + 5)
            return !near.contains { Self.placeWords.contains(tokens[$0].text) }
        }
        // "maintain reasonable security practices to protect ...": what is kept up is the
        // safeguard, not data.
        if word.hasPrefix("maintain") {
            var k = i + 1
            while k < tokens.count, k <= i + 3, Self.safeguardQualifiers.contains(tokens[k].text) { k += 1 }
            if k < tokens.count, Self.safeguardNouns.contains(tokens[k].text) { return true }
        }
        // "e-mail is not recognized as a secure form of communication": a judgement, not detection.
        if word.hasPrefix("recogni"), i + 1 < tokens.count, tokens[i + 1].text == "as" { return true }
        // "while logged into social media accounts", "log in to your account": signing in.
        // ("Your IP address is logged in our server logs" is kept: "in" before a place.)
        if word == "log" || word == "logs" || word == "logged" {
            guard i + 1 < tokens.count, Self.signInParticles.contains(tokens[i + 1].text) else { return false }
            let particle = tokens[i + 1].text
            if particle != "in" && particle != "on" { return true }
            return
                !(i + 2 < tokens.count
                && (Self.objectDeterminers.contains(tokens[i + 2].text) || tokens[i + 2].text == "server"
                    || tokens[i + 2].text == "servers"))
        }
        guard word.hasPrefix("keep") || word == "kept", i + 1 < tokens.count else { return false }
        // A person kept ("keep you informed") is not data kept.
        if Self.keptPeople.contains(tokens[i + 1].text) { return true }
        return tokens[i + 1].text == "in" && i + 2 < tokens.count && (tokens[i + 2].text == "mind" || tokens[i + 2].text == "touch")
    }

    /// Objects of "keep" that are people: "keep you informed", "keeps users up to date".
    static let keptPeople: WordSet = ["you", "users", "them", "him", "her", "people", "customers", "members", "us", "everyone"]
    /// The forms of "take" before "place" in "take place".
    static let takeForms: WordSet = ["take", "takes", "took", "taking", "taken"]
    static let misuseWords: WordSet = [
        "unauthorized", "unauthorised", "fraudulent", "improper", "unlawful", "illegal", "inappropriate", "unintended",
    ]

    /// "when you register without a Facebook account": what the user goes without on the occasion
    /// of a practice is neither collected nor denied.
    /// So is what a concession names: "even when photos are not collected".
    static func isLackedOnOccasion(_ tokens: [Token], mention range: Range<Int>) -> Bool {
        if range.lowerBound > 1,
            (max(1, range.lowerBound - 4)..<range.lowerBound).contains(where: { k in
                Self.occasionOpeners.contains(tokens[k].text) && tokens[k - 1].text == "even"
                    && (k + 1..<range.lowerBound).allSatisfy { tokens[$0].isWord }
            })
        {
            return true
        }
        // ("without a Facebook or Google account": the words of one object may come between.)
        guard let without = (max(0, range.lowerBound - 5)..<range.lowerBound).last(where: { tokens[$0].text == "without" }),
            (without + 1..<range.lowerBound).allSatisfy({ tokens[$0].isWord && tokens[$0].classes.isDisjoint(with: Self.verbClasses) })
        else { return false }
        return isInUsersOccasion(tokens, before: without)
    }

    /// Whether "when you" or "if you" opens the words right before token `i` (at most five, with
    /// no punctuation between): the user's occasion that `i` stands in.
    static func isInUsersOccasion(_ tokens: [Token], before i: Int) -> Bool {
        (max(0, i - 5)..<i).contains { k in
            Self.occasionOpeners.contains(tokens[k].text) && k + 1 < i && tokens[k + 1].text == "you"
                && !(k + 2..<i).contains { !tokens[$0].isWord }
        }
    }

    /// Words that open the user's occasion or a concession: "when you register", "even if".
    static let occasionOpeners: WordSet = ["when", "if"]

    /// Who makes a choice over the data: "you", or the user in the third person.
    static let choosers: WordSet = ["you", "users", "user", "visitors"]

    /// "you can delete", "you may opt out", "you can update": the clause is about the user's choices.
    static func isUserControl(_ tokens: [Token], clause: Range<Int>) -> Bool {
        // "Manage your details, such as name, email or phone number": an
        // imperative to the user.
        // "Video settings: Pause and delete your video search history": after a label too.
        let label = (clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 5)).first { tokens[$0].text == ":" }
        if let first = ((label.map { $0 + 1 } ?? clause.lowerBound)..<clause.upperBound).first(where: { tokens[$0].isWord }) {
            if controlVerbs.contains(tokens[first].text),
                first + 1 < clause.upperBound && tokens[first + 1].text == "your"
                    || first + 3 < clause.upperBound && Self.joiners.contains(tokens[first + 1].text)
                        && controlVerbs.contains(tokens[first + 2].text) && tokens[first + 3].text == "your"
            {
                return true
            }
            // "To opt out of cookies that allow targeted advertising, there are options ...", "To
            // delete your search history, open Settings": the user's way out. ("To manage your
            // account, we collect your email" has the mention in a clause of its own.)
            if tokens[first].text == "to", first + 1 < clause.upperBound, Self.refusalVerbs.contains(tokens[first + 1].text) {
                return true
            }
            // "Objection: the right to object to processing, including profiling", "Right to delete
            // your data": an item of a list of the user's rights.
            let right = tokens[first].text == "the" ? first + 1 : first
            if right + 2 < clause.upperBound, tokens[right].text == "right", tokens[right + 1].text == "to",
                controlVerbs.contains(tokens[right + 2].text)
            {
                return true
            }
        }
        // A modal is required: "after you delete your account" dates a retention period.
        // ("advertising IDs, both of which are random numbers that you can reset": a relative
        // clause describes the data; it gives no choice over the statement.)
        // ("Users can disable cookies in their browser settings": the user in the third person;
        // "content other users can view" is someone else.)
        for i in clause
        where Self.choosers.contains(tokens[i].text)
            && !(i > clause.lowerBound && (Self.relativePronouns.contains(tokens[i - 1].text) || tokens[i - 1].text == "other"))
        {
            var j = i + 1
            // "the settings screen allows you to manage your past searches": a choice given.
            // ("is needed to allow you to open your files" names a purpose of ours.)
            var modal =
                i > clause.lowerBound && Self.grantVerbs.contains(tokens[i - 1].text) && j < clause.upperBound && tokens[j].text == "to"
                && !(i >= 2 && tokens[i - 2].text == "to")
            if modal { j += 1 }
            var steps = 0
            while j < clause.upperBound, steps < 3 {
                steps += 1
                let word = tokens[j].text
                // "you may do so by disabling pictures in your mail app": the way a choice is made.
                if modal, word == "do", j + 1 < clause.upperBound, tokens[j + 1].text == "so" {
                    j += 2
                    continue
                }
                if modal, word == "by", j + 1 < clause.upperBound, Self.controlGerunds.contains(tokens[j + 1].text) { return true }
                // "You may access parts of our service by signing up": access to a service, not to data.
                if word == "access", (j + 1..<min(clause.upperBound, j + 7)).contains(where: { Self.serviceNouns.contains(tokens[$0].text) }) {
                    break
                }
                if controlVerbs.contains(word) { return modal }
                // "You can add or update your e-mail address": a verb joined to a choice is one too.
                if modal, j + 2 < clause.upperBound, tokens[j + 1].text == "or" || tokens[j + 1].text == "and",
                    controlVerbs.contains(tokens[j + 2].text)
                {
                    return true
                }
                // "You must change your phone number in the app's settings" opens with the
                // obligation; a "(you must delete your account ...)" inside another clause is an aside.
                if Self.modals.contains(word) || (word == "must" && i == clause.lowerBound) { modal = true }
                // "you may be able to pick which cookies we set": the choice itself.
                if Self.choiceVerbs.contains(word), j + 1 < clause.upperBound, Self.choiceObjects.contains(tokens[j + 1].text) {
                    return true
                }
                // "If you choose to disable cookies": a choice without a modal.
                if Self.choiceVerbs.contains(word), j + 1 < clause.upperBound, tokens[j + 1].text == "to" {
                    modal = true
                    j += 2
                    continue
                }
                // "You have the option to opt out", "you have the right to delete": a choice named as a noun.
                if word == "have", j + 3 < clause.upperBound, tokens[j + 1].text == "the", Self.choiceNouns.contains(tokens[j + 2].text),
                    tokens[j + 3].text == "to"
                {
                    modal = true
                    j += 4
                    continue
                }
                // "You can, through the options in your browser, choose to reject cookies": an aside
                // after the modal.
                if word == ",", modal, let close = asideEnd(tokens, after: j - 1, before: clause.upperBound, maxWords: 8) {
                    j = close + 1
                    steps -= 1
                    continue
                }
                // "You are able to opt out": a modal spelled in three words.
                if word == "are" || word == "be", j + 2 < clause.upperBound, tokens[j + 1].text == "able", tokens[j + 2].text == "to" {
                    modal = true
                    j += 3
                    continue
                }
                guard Self.controlFillers.contains(word) else { break }
                j += 1
            }
        }
        // "Certain information, such as your address, can be updated by calling us": the same
        // choice, said in the passive.
        for i in clause where i + 2 < clause.upperBound && tokens[i + 1].text == "be" {
            if Self.modals.contains(tokens[i].text), Self.controlParticiples.contains(tokens[i + 2].text) { return true }
        }
        return false
    }

    /// A modal or an adverb that stands in its place after a subject: "may", "will", "also".
    public static func isModal(_ token: Token) -> Bool {
        verbFillers.contains(token.text)
    }

    /// A line that tells the user what they can do ("You can use your device settings to turn on
    /// location services") rather than naming data: under a heading about collected data it is no
    /// label of that data. A line in which the user hands something over ("You can also add
    /// payment information to your account") still is one.
    public static func tellsUsersOwnDoing(_ tokens: [Token]) -> Bool {
        tokens.count >= 3 && tokens[0].text == "you" && isModal(tokens[1])
            && !tokens.contains { userGivingWords.contains($0.text) }
    }

    /// The denial nearest before the mention is the user's, not ours: a condition ("If you do not
    /// give us your email address, we cannot register you", "or you haven't
    /// given us an email address"), or a means we cannot do without ("We can't help
    /// you without you providing some information about yourself").
    static func isUsersOwnDenial(_ tokens: [Token], clause: Range<Int>, mention range: Range<Int>) -> Bool {
        guard let denial = (clause.lowerBound..<range.lowerBound).last(where: { isNegation(tokens, $0) }) else { return false }
        if tokens[denial].text == "without" {
            return denial + 1 < range.lowerBound && tokens[denial + 1].text == "you"
                && (clause.lowerBound..<denial).contains { isNegation(tokens, $0) }
        }
        // "If you forget your password and do not have access to your inbox": the condition's
        // subject carries on to its next verb.
        if denial > 0, Self.verbAuxiliaries.contains(tokens[denial - 1].text) || Self.contractedDenials.contains(tokens[denial].text),
            usersCondition(tokens, in: clause.lowerBound..<denial) != nil
        {
            return true
        }
        // "you do not need to tell us your name": giving it is optional, not denied.
        if denial >= 1, tokens[denial - 1].text == "you" || (denial >= 2 && tokens[denial - 2].text == "you"),
            denial + 3 < range.lowerBound, tokens[denial + 1].text == "need" || tokens[denial + 1].text == "have", tokens[denial + 2].text == "to",
            tokens[denial + 3].classes.contains(.userGiving)
        {
            return true
        }
        // The user gives the data: "you do not provide", "you choose not to provide", "you haven't
        // provided"; or does not want it used: "if you do not want your location used".
        guard let you = (max(clause.lowerBound, denial - 3)...denial).last(where: { tokens[$0].text == "you" }),
            (max(clause.lowerBound, you - 2)..<you).contains(where: { Self.conditionWords.contains(tokens[$0].text) }),
            (denial + 1..<min(range.lowerBound, denial + 4)).contains(where: {
                tokens[$0].classes.contains(.userGiving) || Self.consentVerbs.contains(tokens[$0].text)
            })
        else { return false }
        return true
    }

    /// The denial follows a condition in which the user refuses or takes something away ("If you
    /// do not allow these cookies", "if you disable location services"), in a later clause ("we
    /// will not be able to ..."). A condition the user merely meets ("If you visit our site, we do
    /// not collect your IP address") leaves the denial ours.
    static func isConsequenceOfRefusal(_ tokens: [Token], denial: Int) -> Bool {
        guard let condition = (0..<denial).first(where: { opensUsersCondition(tokens, $0, before: denial) }) else { return false }
        guard
            let refusal = (condition + 2..<denial).first(where: { k in
                Self.refusalVerbs.contains(tokens[k].text)
                    || (k + 1 < denial && (tokens[k].text == "turn" || tokens[k].text == "switch") && tokens[k + 1].text == "off")
                    || (isNegation(tokens, k) && (k + 1..<min(denial, k + 3)).contains { Self.consentVerbs.contains(tokens[$0].text) })
            })
        else { return false }
        // The denial opens a clause of its own: "..., we will not", "... cookies we will not".
        // (An aside keeps its own denial: "If you would like to opt out (though we don't use
        // phone numbers)".)
        // (A parenthesis closed before the denial is no aside around it: "(e.g., the news app), we
        // don't collect".)
        let between = refusal + 1..<denial
        return between.contains { tokens[$0].text == "," || tokens[$0].text == "we" }
            && !between.contains { k in
                Self.asideOpeners.contains(tokens[k].text) && !(tokens[k].text == "(" && (k + 1..<denial).contains { tokens[$0].text == ")" })
            }
    }

    /// "if you", "unless you", "when you" at `k`, ending before `end`.
    static func opensUsersCondition(_ tokens: [Token], _ k: Int, before end: Int) -> Bool {
        Self.userConditions.contains(tokens[k].text) && k + 1 < end && tokens[k + 1].text == "you"
    }

    /// The last "if you" in `span` whose subject runs on to the span's end, with no other subject
    /// or clause mark between: "If you lose your password and do not have access ...".
    static func usersCondition(_ tokens: [Token], in span: Range<Int>) -> Int? {
        guard let condition = span.last(where: { opensUsersCondition(tokens, $0, before: span.upperBound) }),
            !(condition + 2..<span.upperBound).contains(where: { k in
                !tokens[k].isWord || (Self.otherSubjects.contains(tokens[k].text) && !isObjectPronoun(tokens, k, after: condition + 1))
            })
        else { return nil }
        return condition
    }

    /// "it" right after the user's verb is that verb's object, not a new subject: "If you reset
    /// it and do not ..." stays the user's condition, where "If you sign up and it does not ..."
    /// does not. Only a joining word ("and it", "or it") or the condition itself lets "it" open a
    /// clause.
    static func isObjectPronoun(_ tokens: [Token], _ k: Int, after subject: Int) -> Bool {
        tokens[k].text == "it" && k - 1 > subject && tokens[k - 1].isWord && !Self.clauseJoiners.contains(tokens[k - 1].text)
    }

    /// Words after which a pronoun opens a clause of its own: "and it", "so it", "because it".
    static let clauseJoiners: WordSet = joiners.union(["but", "so", "then", "because", "since", "as", "that", "when", "while", "until"])

    static let conditionWords: WordSet = ["if", "unless", "or", "("]
    /// Words that open an aside or a contrast: "(though we don't ...)", "but we do not ...".
    static let asideOpeners: WordSet = ["(", "though", "although", "but", "however", "while", "whereas"]
    /// What a service does when it fails: "may not function properly", "will not work".
    static let failingVerbs: WordSet = ["function", "work", "operate", "load"]
    /// Verbs of a user's instruction to us: "tell us not to", "ask us not to".
    static let instructingVerbs: WordSet = ["tell", "ask", "instruct", "direct", "request", "require"]
    /// The people a user answers for, who act in the user's place: "when your child uses the app".
    static let usersPeople: WordSet = ["child", "children", "kid", "kids", "teen", "teens", "teenager", "minor", "minors"]
    /// Words that open a condition the user meets: "if you", "unless you", "when you".
    static let userConditions: WordSet = ["if", "unless", "when", "should"]
    /// What the user may refuse to allow: "if you do not allow", "if you don't want".
    static let consentVerbs: WordSet = [
        "allow", "accept", "consent", "agree", "permit", "enable", "want", "wish", "grant", "opt",
    ]
    /// An auxiliary that carries a denial: "do not", "have not", "are not".
    static let verbAuxiliaries: WordSet = ["do", "does", "did", "have", "has", "had", "are", "were", "can", "could"]
    /// Denials written with their auxiliary: "don't", "can't".
    static let contractedDenials: WordSet = ["don't", "doesn't", "didn't", "haven't", "hasn't", "can't", "cannot", "aren't"]
    /// Subjects that end the user's condition: "If you visit our site and we do not ...".
    static let otherSubjects: WordSet = ["we", "they", "it", "he", "she", "there", "who", "which", "that", "i"]

    /// Imperatives that open a request to the reader after an "if" clause: "..., contact us".
    /// ("..., email address, or location" is a list: the imperative must take its object.)
    static let requestImperatives: WordSet = ["contact", "call", "write", "visit", "see", "click", "notify", "refer", "consult"]
    static let imperativeObjects: WordSet = ["us", "our", "the", "this", "here", "to", "your"]
    /// Verbs that give the reader advice: "we encourage you to", "we recommend you to".
    static let adviceVerbs: WordSet = ["encourage", "recommend", "advise", "urge"]
    /// The same advice in the passive: "you are encouraged to".
    static let adviceParticiples: WordSet = ["encouraged", "advised", "urged", "recommended"]
    static let serviceNouns: WordSet = ["services", "service", "site", "sites", "website", "websites", "app", "apps", "features", "platform"]
    static let grantVerbs: WordSet = ["allow", "allows", "let", "lets", "enable", "enables", "permit", "permits"]
    static let choiceNouns: WordSet = ["option", "right", "ability", "choice", "opportunity"]

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
        if tokens[clause.lowerBound].text == "if",
            let please = (range.upperBound..<clause.upperBound).first(where: { k in
                // ("If you opt in, we receive your location whenever you use our apps (e.g., visit
                // our website)": a bare imperative after our own clause is an example.)
                tokens[k].text == "please"
                    || (Self.requestImperatives.contains(tokens[k].text) && k + 1 < clause.upperBound
                        && Self.imperativeObjects.contains(tokens[k + 1].text)
                        && !(range.upperBound..<k).contains(where: { tokens[$0].text == "we" || tokens[$0].text.hasPrefix("we'") }))
            }),
            tokens[please - 1].text == ",", please + 1 < clause.upperBound, !Self.noticeVerbs.contains(tokens[please + 1].text)
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
    /// of contents in the text), not a statement. A question ("Do we use cookies?") is left alone.
    static func isTitle(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first, first.isWord, Self.titleOpeners.contains(first.text), let last = tokens.last else { return false }
        return last.isWord || last.text == ")"
    }

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
        // ("Examples include: a real name, alias, postal address" under a heading of what is
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
        return named && !ours.contains { tokens[$0].classes.contains(.firstParty) || tokens[$0].text == "our" }
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

    /// Pronouns that stand for data when a verb follows them ("this includes"), and the words
    /// that may stand between ("this may include", "which also contains").
    static let dataPronouns: WordSet = ["it", "this", "these", "which"]
    /// What may stand between "and" and the verb of a second predicate about the same data: "and
    /// it will not be used", "and they are not used".
    static let secondPredicateOpeners = WordSet(dataPronouns.union(subjectVerbs).union(["they", "those"]))
    /// The auxiliary of a denial: "and do not keep it".
    static let doForms: WordSet = ["do", "does", "did"]

    /// The "and" or "but" that joins a second predicate about the mention, ending before the
    /// denial at `i`: "..., and it will not be used", "... and do not keep it". Its subject and
    /// auxiliaries may stand between; anything else opens other words, and there is none.
    static func secondPredicateJoiner(_ tokens: [Token], after start: Int, before i: Int) -> Int? {
        (start..<i).last { k in
            !beForms.contains(tokens[k].text) && !secondPredicateOpeners.contains(tokens[k].text) && !doForms.contains(tokens[k].text)
        }.flatMap { tokens[$0].text == "and" || tokens[$0].text == "but" ? $0 : nil }
    }
    static let pronounFollowers: WordSet = verbFillers.union(["usually", "would", "should", "further", "specifically", ",", "(", ":"])

    /// "Parties with whom you share your content", "when you share content on your Facebook
    /// profile", "you can share articles through social media", "if you provide your password to
    /// an aggregation website": the user gives to others, not to us.
    static func givesToOthers(_ tokens: [Token], verb: Int, end: Int) -> Bool {
        let sharing = tokens[verb].text.hasPrefix("shar")
        // ("Parties with whom you may decide to share your posts": the same recipient, a few
        // words before the verb.)
        if sharing, verb >= 2, let whom = (max(1, verb - 6)..<verb).last(where: { tokens[$0].text == "whom" }), tokens[whom - 1].text == "with",
            (whom + 1..<verb).allSatisfy({ tokens[$0].isWord })
        {
            return true
        }
        var i = verb + 1
        while i < end, i - verb <= 14 {
            let word = tokens[i].text
            // "give us", "send to us"; "about your accounts with us" names the accounts, not the receiver.
            if word == "us", i == verb + 1 || tokens[i - 1].text != "with" || sharing { return false }
            // "with" and "to" may follow a long object ("share your email address, age, contacts
            // list, city or other details with a partner"); a place ("on", "through") stays
            // near the verb, or it is likely another clause's ("what you share, ... on Zoom").
            if sharing, word == "with" || (word == "on" && i - verb <= 8) {
                return i + 1 < end && tokens[i + 1].text != "us" && tokens[i + 1].classes.isDisjoint(with: [.firstParty, .ownName])
            }
            if sharing, i - verb <= 8 {
                if word == "through" || word == "via" {
                    let next = i + 1 < end && tokens[i + 1].classes.contains(.determiner) ? i + 2 : i + 1
                    if next < end, tokens[next].text == "social" { return true }
                }
            }
            // The first "to" decides: "to another party", "to an aggregation website", "to any
            // third party"; "to us", "to our staff" or an infinitive ("to receive offers") is not.
            if word == "to", i + 1 < end {
                let next = tokens[i + 1].text
                if Self.otherRecipientStarts.contains(next) { return true }
                // "to our partners", "to its service providers": another party, however it is owned.
                if Self.ownerWords.contains(next),
                    (i + 2..<min(end, i + 5)).contains(where: { tokens[$0].classes.contains(.thirdParty) })
                {
                    return true
                }
                guard next == "a" || next == "an" || next == "any" else { return false }
                return (i + 2..<min(end, i + 4)).contains { Self.recipientNouns.contains(tokens[$0].text) }
            }
            i += 1
        }
        return false
    }

    /// Possessives before a recipient: "to our partners" ("to the Federal Reserve Bank" may be the vendor itself).
    static let ownerWords: WordSet = ["our", "its", "their", "these", "those"]
    /// Words that open a recipient other than us: "to another website", "to third parties", "to
    /// them" (a policy calls itself "we" and "us").
    static let otherRecipientStarts: WordSet = ["another", "other", "others", "third", "them"]
    /// Who, after "to a" (and at most one more word), receives what the user gives: "to a
    /// payment service", "to an individual". A company's own name is not among them: "to a CBS
    /// Interactive service" is the first party.
    static let recipientNouns: WordSet = [
        "third", "party", "website", "site", "service", "app", "application", "company", "organization", "organisation",
        "individual", "person", "friend", "business", "merchant", "provider", "franchisee", "franchised", "retailer",
    ]

    /// "These features", "social media widgets", "sharing buttons": parts of a page another party
    /// runs (`actorOf`).
    static let widgetWords: WordSet = ["features", "feature", "widgets", "widget", "buttons", "button"]
    static let widgetQualifiers: WordSet = ["these", "such", "media", "social", "sharing", "networking"]

    /// "sent to us", "shared with us": the verb at `i` gives to the first party. ("Advertisers may
    /// give us the ZIP code of the audience they want to reach" names a target, so a bare "give
    /// us" after another party is left to the other rules.)
    static func isToUs(_ tokens: [Token], after i: Int, end: Int) -> Bool {
        guard i + 2 < end, tokens[i + 1].text == "to" || tokens[i + 1].text == "with" else { return false }
        // "sent to Microsoft" in Microsoft's own statement: the company is the first party.
        return tokens[i + 2].text == "us" || (tokens[i + 2].classes.contains(.firstParty) && tokens[i + 2].text != "our")
    }

    /// What may stand between a subject and its verb: "cookies may also store".
    static let subjectVerbFillers: WordSet = verbFillers.union(["automatically"])
    /// Modals, auxiliaries and adverbs that stand between a subject and its verb ("may also", "will
    /// typically", "does only"); the two sets above add their own.
    static let verbFillers: WordSet = modals.union(["also", "typically", "generally", "often", "only", "will", "do", "does"])

    static let passiveAuxiliaries: WordSet = beForms.union(["get", "gets"])

    /// Verbs by which data reaches someone, collection when what they pass goes "to us" (sharing,
    /// forwarding and giving qualify by their word class).
    static let receivingVerbs: WordSet = [
        "transmit", "transmits", "transmitted", "pass", "passes", "passed", "report", "reports",
        "reported", "deliver", "delivers", "delivered",
    ]

    /// "Please note that ...", "please be aware that ...": the reader is told a fact, not asked to act.
    static let noticeVerbs: WordSet = ["note", "be", "understand", "remember", "know", "keep", "recognize", "realize", "consider"]

    /// Verbs whose "that" introduces a statement: "note that we use", "agree that we may".
    static let thatVerbs: WordSet = noticeVerbs.union([
        "aware", "agree", "acknowledge", "means", "ensure", "confirm", "understood", "informed", "advised",
    ])

    static let choiceObjects: WordSet = ["which", "whether", "what", "how"]
    static let choiceVerbs: WordSet = ["choose", "chooses", "wish", "wishes", "want", "wants", "decide", "decides", "prefer", "elect", "opt"]

    static let controlParticiples: WordSet = [
        "updated", "corrected", "deleted", "changed", "modified", "removed", "edited", "erased", "amended", "disabled",
    ]
    /// Participles of the user's controls that a means can follow: "managed using your browser
    /// settings", "cleared by using the browser's menu".
    static let meansParticiples = WordSet(controlParticiples.union(["managed", "blocked", "cleared", "controlled", "rejected"]))

    /// Control verbs that only take data away (not "manage", "access" or "view").
    static let refusalVerbs: WordSet = [
        "opt", "delete", "disable", "block", "reject", "refuse", "decline", "remove", "erase", "withdraw", "unsubscribe", "clear",
    ]
    /// The "-ing" forms of the commonest `controlVerbs`, for "you can do so by disabling ...".
    static let controlGerunds: WordSet = [
        "deleting", "disabling", "blocking", "refusing", "declining", "rejecting", "stopping", "removing", "clearing", "erasing",
        "opting", "turning", "adjusting", "managing", "changing", "configuring", "withdrawing", "unsubscribing", "updating",
        "resetting", "pausing",
    ]
    static let controlVerbs: WordSet = [
        "delete", "disable", "block", "refuse", "decline", "reject", "stop", "remove", "clear", "erase", "opt", "turn",
        "adjust", "manage", "control", "limit", "change", "configure", "prevent", "withdraw", "unsubscribe", "update",
        "correct", "edit", "modify", "review", "deactivate", "cancel", "view", "access", "accept", "set", "object", "restrict",
        "rectify", "pause", "reset", "download", "export",
    ]

    /// "data that can identify you": what information can do, the language of
    /// definitions, not a practice.
    /// It is said in a relative clause ("information that could be used") or of a thing in general
    /// ("An IP address can be used to identify ..."); "cookies may be used to identify your
    /// computer" says what the vendor does with cookies.
    static func isCapability(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].text == "used", i > 0, tokens[i - 1].text == "be", i + 2 < tokens.count, tokens[i + 1].text == "to" else { return false }
        // ("which can be used to personally identify someone": an adverb may stand before the verb.)
        guard let verb = wordAfter(tokens, i + 1, end: tokens.count) else { return false }
        return Self.identifyingVerbs.contains(tokens[verb].text)
            && ((max(0, i - 5)..<i).contains { Self.relativePronouns.contains(tokens[$0].text) }
                // "A cookie ID may be used to identify a returning browser": what
                // any such thing can do, said of a thing in general.
                || (tokens[0].text == "a" || tokens[0].text == "an") && (max(0, i - 3)..<i).contains { Self.modals.contains(tokens[$0].text) })
    }

    /// What data can be used to do, said to define it rather than to use it.
    static let identifyingVerbs: WordSet = ["identify", "contact", "locate", "recognize", "recognise", "distinguish", "trace"]

    /// "to your computer's hard drive", "on your device": the destination of a verb at `verb` is
    /// the user's own machine.
    static func isToUsersDevice(_ tokens: [Token], after verb: Int, end: Int) -> Bool {
        var i = verb + 1
        while i + 2 < end, i - verb <= 4 {
            if tokens[i].text == "to" || tokens[i].text == "on" || tokens[i].text == "onto",
                tokens[i + 1].text == "your" || tokens[i + 1].text == "the",
                (i + 2..<min(end, i + 5)).contains(where: { Self.deviceWords.contains(tokens[$0].text) })
            {
                return true
            }
            i += 1
        }
        return false
    }

    /// "by you" starts within `within` tokens after `verb`, before `end`.
    static func byYou(_ tokens: [Token], after verb: Int, within: Int, end: Int) -> Bool {
        var i = verb + 1
        while i + 1 < end, i - verb <= within {
            if tokens[i].text == "by", tokens[i + 1].text == "you" { return true }
            i += 1
        }
        return false
    }

    /// "when you", "if you", "whenever you": the start of a clause saying when something happens.
    static func isOccasion(_ tokens: [Token], _ i: Int) -> Bool {
        // "you" first: this runs for every word before a mention.
        guard (i + 1 < tokens.count && tokens[i + 1].text == "you") || (i + 2 < tokens.count && tokens[i + 2].text == "you") else { return false }
        return Self.occasionWords.contains(tokens[i].text)
    }

    /// A verb after a mention that can have the mention as its object: a participle ("collected",
    /// "kept") or a verb with its subject or auxiliary between ("we use", "is processed", "tools that collect").
    static func governsBackward(_ tokens: [Token], verb: Int, after start: Int) -> Bool {
        let word = tokens[verb].text
        // "no control over the cookies after we have received the ads": a perfect
        // with an object of its own is no passive of the mention.
        if verb >= 1, verb + 1 < tokens.count, Self.haveForms.contains(tokens[verb - 1].text),
            Self.objectDeterminers.contains(tokens[verb + 1].text)
        {
            return false
        }
        // "... ads to you where we do not require consent": the verb's own object follows it.
        if verb + 1 < tokens.count, Self.ownObjects.contains(tokens[verb + 1].text) { return false }
        // "Chat logs are erased after a week if a complaint is not created": a condition after the
        // mention with a subject of its own speaks of that subject. ("... unless it is shared" still
        // points back to the mention.)
        if let opener = (max(start, verb - 12)..<verb).last(where: { Self.conditionOpeners.contains(tokens[$0].text) }),
            opener + 2 < verb, Self.ownSubjectDeterminers.contains(tokens[opener + 1].text), tokens[opener + 2].isWord,
            !Self.auxiliaries.contains(tokens[opener + 2].text),
            // ("When a customer permits us, we collect ...": the comma ends the condition.)
            !(opener + 1..<verb).contains(where: { tokens[$0].text == "," })
        {
            return false
        }
        if word.hasSuffix("ed") || Self.irregularParticiples.contains(word) { return true }
        // "profiling that utilises your data", "a piece of code that collects information": the
        // mention is the subject of the relative clause, not its object.
        if verb >= 1, Self.relativePronouns.contains(tokens[verb - 1].text), word.hasSuffix("s"), !word.hasSuffix("ss") { return false }
        var i = verb - 1
        while i >= start, verb - i <= 3 {
            // ("your payment details are handled by the provider, and we do not receive your card
            // details": after "and", "or" or "but", our subject opens a clause of its own, with an
            // object of its own; "and we use it" points back to the mention.)
            if opensOwnClause(tokens, subject: i, verb: verb) {
                return false
            }
            if tokens[i].classes.contains(.firstParty)
                || Self.auxiliaries.contains(tokens[i].text)
            {
                return true
            }
            i -= 1
        }
        return false
    }

    /// The verb is the user's doing, not the vendor's: "you can use your email", "keep your
    /// password safe" (an imperative at the start of the clause), "if you access the site".
    static func isUsersOwnAction(_ tokens: [Token], verb: Int, clause: Range<Int>) -> Bool {
        if verb == clause.lowerBound, tokens[verb].text != "collected", tokens[verb].text != "used" { return true }
        // "If you are unable to open this Policy": "able to" is the user's modal.
        if verb >= 4, tokens[verb - 1].text == "to", Self.ableWords.contains(tokens[verb - 2].text),
            (max(clause.lowerBound, verb - 6)..<verb - 2).contains(where: { tokens[$0].text == "you" })
        {
            return true
        }
        // "If you sign up to receive SMS messages", "you opt in to receive": what the user
        // receives comes from us.
        // So is what the user sends and receives: "You can use the app to make and receive calls".
        if tokens[verb].text == "receive", verb >= 1 {
            var to: Int?
            if tokens[verb - 1].text == "to" {
                to = verb - 1
            } else if verb >= 3, Self.joiners.contains(tokens[verb - 1].text), tokens[verb - 3].text == "to" {
                to = verb - 3
            }
            if let to, (max(clause.lowerBound, to - 6)..<to).contains(where: { tokens[$0].text == "you" }),
                !(to..<verb).contains(where: { tokens[$0].classes.contains(.firstParty) })
            {
                return true
            }
            // "lets members choose the option to receive offers", "agreed to receive messages",
            // "authorized to receive reports": whoever chose or may receive is the one receiving,
            // whether "you", "users" or a recipient; "we have the option to receive" stays ours.
            if let to, choosesToReceive(tokens, to: to, clauseStart: clause.lowerBound) { return true }
        }
        if opensWithUsersParticiple(tokens, verb: verb) { return true }
        // "Cookies can be managed using your browser settings", "some cannot be deleted by using
        // them": the means of a control is the user's, whoever the sentence names.
        if tokens[verb].text == "using", let participle = verb >= 2 && tokens[verb - 1].text == "by" ? verb - 2 : verb >= 1 ? verb - 1 : nil,
            Self.meansParticiples.contains(tokens[participle].text)
        {
            return true
        }
        var i = verb - 1
        while i >= clause.lowerBound, verb - i <= 3 {
            let word = tokens[i].text
            // "even when you are not using the app": the user's own doing, in the progressive.
            // ("the rough area you were in while using the app": "were" is not "using"'s.)
            if word == "are" || word == "were", tokens[verb].text.hasSuffix("ing"), i > clause.lowerBound, tokens[i - 1].text == "you",
                i == verb - 1 || (i == verb - 2 && Self.progressiveFillers.contains(tokens[verb - 1].text))
            {
                return true
            }
            if tokens[i].classes.contains(.firstParty) || word == "be" || word == "is" || word == "are" || word == "been" { return false }
            if word == "you" { return true }
            // "When your child uses the app": the people the user answers for act as the user does.
            if Self.usersPeople.contains(word), i > clause.lowerBound, tokens[i - 1].text == "your" { return true }
            i -= 1
        }
        // "If you forget your password and do not have access to your inbox": a denied verb joined
        // to the condition's own keeps its subject.
        if let condition = usersCondition(tokens, in: clause.lowerBound..<verb),
            (max(condition + 2, verb - 4)..<verb).contains(where: { tokens[$0].text == "and" || tokens[$0].text == "or" }),
            (max(condition + 2, verb - 3)..<verb).contains(where: { isNegation(tokens, $0) }),
            !(condition + 2..<verb).contains(where: { tokens[$0].classes.contains(.firstParty) })
        {
            return true
        }
        // "it is your job to keep the password safe": the user's duty.
        if verb >= 3, tokens[verb - 1].text == "to", Self.dutyNouns.contains(tokens[verb - 2].text), tokens[verb - 3].text == "your" {
            return true
        }
        // "You can reduce these risks by choosing a strong password, using different passwords":
        // in a clause the user opens, a gerund is the user's own, unless we come in first.
        if tokens[verb].text.hasSuffix("ing"), tokens[clause.lowerBound].text == "you",
            !(clause.lowerBound..<verb).contains(where: { tokens[$0].classes.contains(.firstParty) })
        {
            return true
        }
        // "You agree not to use a false name", "If you no longer wish to use your Google
        // Account", "you have the right to obtain your records": the user's verb,
        // reached through the infinitive.
        i = verb - 1
        while i >= clause.lowerBound, verb - i <= 8, Self.infinitiveChain.contains(tokens[i].text) { i -= 1 }
        guard i >= clause.lowerBound, i < verb - 1, tokens[i].text == "you" else { return false }
        // "to inspect and obtain": a second verb joined to the infinitive is one too.
        return tokens[verb - 1].text == "to" || verb - 3 > i && Self.joiners.contains(tokens[verb - 1].text) && tokens[verb - 3].text == "to"
    }

    /// "After receiving an email, you can unsubscribe", "If, after recording your voice, you share
    /// it": an opening participle has the subject of the clause after its comma.
    static func opensWithUsersParticiple(_ tokens: [Token], verb: Int) -> Bool {
        // The opener starts the sentence, or follows a first "if," / "when,". (The position is
        // asked first: this runs for every verb of every mention.)
        guard verb == 1 || (verb == 3 && tokens[1].text == "," && Self.occasionWords.contains(tokens[0].text)) else { return false }
        guard tokens[verb].text.hasSuffix("ing"), Self.participleOpeners.contains(tokens[verb - 1].text) else { return false }
        var k = verb + 1
        while k + 1 < tokens.count, k - verb <= 24 {
            if tokens[k].text == "," { return tokens[k + 1].text == "you" }
            k += 1
        }
        return false
    }

    /// Prepositions that open a participle phrase before the main clause: "after receiving ...,".
    static let participleOpeners: WordSet = ["after", "upon", "before", "while", "when", "on"]

    /// "... the option to", "opted in to", "signed up to", "authorized to": a word of choice,
    /// consent or entitlement before the "to" of "to receive", with no first party just before it.
    static func choosesToReceive(_ tokens: [Token], to: Int, clauseStart: Int) -> Bool {
        guard to >= 1, to > clauseStart else { return false }
        var choice = to - 1
        let word = tokens[choice].text
        if word == "in" || word == "up" {
            // "opt in to", "sign up to": the particle belongs to the verb before it.
            guard choice - 1 >= clauseStart, Self.particleChoiceVerbs.contains(tokens[choice - 1].text) else { return false }
            choice -= 1
        } else if !Self.choiceToReceiveWords.contains(word) {
            return false
        }
        return !(max(clauseStart, choice - 4)...choice).contains(where: { tokens[$0].classes.contains(.firstParty) })
    }

    /// Words before "to receive" that name a choice, consent or entitlement to be sent something.
    static let choiceToReceiveWords: WordSet = [
        "option", "options", "opportunity", "agree", "agrees", "agreed", "consent", "consents", "consented",
        "permission", "preference", "preferences", "elect", "elects", "elected", "electing", "choose", "chooses",
        "chose", "chosen", "wish", "wishes", "like", "want", "wants", "entitled", "authorized", "authorised",
        "subscribe", "subscribes", "subscribed", "register", "registers", "registered",
    ]
    /// Verbs whose particle ("in", "up") comes before "to receive": "opt in to receive", "sign up to
    /// receive" (and "opt-in to receive": a hyphen separates words).
    static let particleChoiceVerbs: WordSet = [
        "opt", "opts", "opted", "opting", "sign", "signs", "signed", "signing",
    ]

    /// A purpose after the verb, outside the mention: "to identify", "for advertising", "in
    /// order to", "based on".
    static func namesPurpose(_ tokens: [Token], after verb: Int, mention range: Range<Int>, end: Int) -> Bool {
        var k = verb + 1
        while k + 1 < end {
            if range.contains(k) {
                k = range.upperBound
                continue
            }
            let word = tokens[k].text
            let next = tokens[k + 1]
            // ("never use data that would let us identify you": the relative clause's purpose.)
            if Self.relativePronouns.contains(word) { return false }
            // ("We do not use GPS to collect your location" denies the collecting.)
            if word == "to", next.isWord, !Self.nonInfinitiveStarts.contains(next.text), !next.classes.contains(.collect) { return true }
            if word == "for", next.isWord { return true }
            if word == "based", next.text == "on" { return true }
            k += 1
        }
        return false
    }

    /// What follows a "to" that is no infinitive: "to us", "to third parties", "to the extent".
    static let nonInfinitiveStarts: WordSet = [
        "us", "you", "them", "him", "her", "it", "the", "a", "an", "any", "third", "other", "our", "your", "their", "its", "such", "this",
        "these", "those", "anyone", "anybody", "outside", "external", "affiliates", "partners", "advertisers", "companies",
    ]

    static let progressiveFillers: WordSet = ["not", "no", "also", "still", "currently", "actively", "already"]
    /// Words between "you" and the infinitive it governs: "you may not want to", "you have the right
    /// to", and the verbs a right joins to it ("the right to inspect and obtain").
    static let infinitiveChain: WordSet = choiceNouns.union([
        "to", "not", "no", "longer", "want", "wants", "agree", "agrees", "choose", "chooses", "decide", "decides", "wish", "wishes",
        "need", "needs", "may", "can", "will", "would", "should", "must", "also", "do", "don't", "never", "have", "has", "the",
        "inspect", "access", "review", "request", "and", "or", "rights", "following",
    ])

    /// "we will provide", "we may also give": the verb at `verb` is ours, with at most two
    /// auxiliaries or adverbs between.
    static func isOurs(_ tokens: [Token], verb: Int, clause: Range<Int>) -> Bool {
        var i = verb - 1
        while i >= clause.lowerBound, verb - i <= 3 {
            if tokens[i].classes.contains(.firstParty) { return tokens[i].text != "us" }
            guard Self.subjectVerbFillers.contains(tokens[i].text) || Self.subjectVerbs.contains(tokens[i].text) else { return false }
            i -= 1
        }
        return false
    }

    /// "to that advertiser", "to our partners", "to a third party" within the clause after `verb`
    /// (and before the next "to us").
    static func givesToOtherParty(_ tokens: [Token], after verb: Int, end: Int) -> Bool {
        var i = verb + 1
        while i + 1 < end, i - verb <= 24 {
            if tokens[i].text == "to" {
                let next = tokens[i + 1].text
                if next == "us" { return false }
                if Self.otherRecipientStarts.contains(next) || Self.otherParties.contains(next) || tokens[i + 1].classes.contains(.thirdParty) {
                    return true
                }
                if Self.pointingDeterminers.contains(next) || Self.ownerWords.contains(next) {
                    return (i + 2..<min(end, i + 4)).contains {
                        Self.otherParties.contains(tokens[$0].text) || tokens[$0].classes.contains(.thirdParty)
                    }
                }
            }
            i += 1
        }
        return false
    }

    /// Verbs of handing over that, with us as the subject, share: "we provide", "we give". (Each
    /// is also a verb of the user's giving, which the reading checks first.)
    static let givingVerbs: WordSet = ["provide", "provides", "give", "gives", "supply", "supplies", "send", "sends"]
    /// Determiners before a recipient after "to": "to that advertiser", "to the partners".
    static let pointingDeterminers: WordSet = ["the", "that", "this", "those", "these", "such", "each", "any", "a", "an"]
    /// Parties that are never the vendor, besides the third-party words (`thirdPartyWords`:
    /// "advertisers", "partners", "affiliates" ...), which the recipient test asks for too: "to
    /// that vendor", "to our affiliate", "to marketers".
    static let otherParties: WordSet = ["sponsor", "vendor", "merchant", "affiliate", "marketer", "marketers"]

    /// "you provide", "you may submit", "information you give us", "provided by you".
    static func isUserSubject(_ tokens: [Token], verb: Int, clause: Range<Int>) -> Bool {
        var i = verb - 1
        while i >= clause.lowerBound, verb - i <= 4 {
            // ("They may send you messages, send messages to groups": "you" after a verb is its
            // object; "ask you to share" still has the user do the sharing.)
            if tokens[i].text == "you", i > clause.lowerBound, !tokens[i - 1].classes.isDisjoint(with: Self.verbClasses),
                verb > 0, tokens[verb - 1].text != "to"
            {
                return false
            }
            if tokens[i].text == "you" || tokens[i].text == "users" || tokens[i].text == "user" { return true }
            // "we give", "advertisers may give us", "you permit us to share": someone else is doing
            // the giving.
            if tokens[i].text == "we" || tokens[i].text == "us" || tokens[i].classes.contains(.thirdParty) { return false }
            i -= 1
        }
        if verb + 2 < clause.upperBound, tokens[verb + 1].text == "by", tokens[verb + 2].text == "you" { return true }
        // "uploaded, entered, or otherwise transmitted by you": participles sharing one "by you".
        if tokens[verb].text.hasSuffix("ed"), byYou(tokens, after: verb, within: 8, end: clause.upperBound) { return true }
        if verb + 1 < clause.upperBound, tokens[verb + 1].text == "us" { return true }
        if verb + 2 < clause.upperBound, tokens[verb + 1].text == "to" || tokens[verb + 1].text == "with",
            tokens[verb + 2].text == "us"
        {
            return true
        }
        return false
    }

    /// "your employer may access your mailbox", "your mobile operator can see where
    /// you are": the user's own organisation or network is another party. Not when the user
    /// acts with it ("you or your organisation create an account"), nor as an example in
    /// parentheses ("(such as your school)").
    static func isUsersParty(_ tokens: [Token], _ i: Int, verb: Int, clause: Range<Int>) -> Bool {
        guard Self.usersParties.contains(tokens[i].text),
            (max(clause.lowerBound, i - 2)..<i).contains(where: { tokens[$0].text == "your" })
        else { return false }
        if (max(clause.lowerBound, i - 5)..<i).contains(where: { k in
            tokens[k].text == "you" && k + 1 < i && Self.joiners.contains(tokens[k + 1].text)
        }) {
            return false
        }
        return !(i + 1..<verb).contains { tokens[$0].text == ")" }
    }

    /// "your device's manufacturer and model": a party word after a device's possessive is data
    /// about the device, not a party.
    static func isDeviceAttribute(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0, tokens[i - 1].text.hasSuffix("'s") else { return false }
        return Self.deviceWords.contains(String(tokens[i - 1].text.dropLast(2)))
    }

    /// Parties of the user's own, named with "your": "your employer", "your mobile operator".
    static let usersParties: WordSet = [
        "employer", "employers", "organisation", "organization", "operator", "school", "administrator", "admin", "isp", "workplace",
    ]

    /// Who performs the verb: "we" before it wins (also "we and our partners"); a third-party
    /// word before it, or "by" a third party after it, makes it third party.
    static func actorOf(_ tokens: [Token], verb: Int?, clause: Range<Int>, mention: Range<Int>) -> Actor {
        guard let verb else { return .firstParty }
        // The nearest party before the verb is its subject: "we may allow service providers to
        // process payments" has the providers process them; "we and our partners collect" is ours.
        // Only a party close before the verb is its subject; a party word further back is more
        // likely an item of a list ("mobile carrier, browser type ... derived from").
        var i = verb - 1
        var floor = max(clause.lowerBound, verb - 6)
        while i >= floor {
            let classes = tokens[i].classes
            if classes.contains(.firstParty) {
                // "Partners who work with us collect ...", "vendors that we hire may collect ...":
                // ours inside a relative clause whose noun is another party; that party is the subject.
                // (Not "providers that help us determine" nor "partners that we have retained": "us"
                // after a verb and "we" before the verb itself are the verb's subject.)
                let insideRelative =
                    i > clause.lowerBound + 1
                    && ((tokens[i].text == "us" && Self.objectPrepositions.contains(tokens[i - 1].text))
                        || (tokens[i].text == "we" && (i + 2..<max(i + 2, verb)).contains { Self.subjectVerbs.contains(tokens[$0].text) }))
                if insideRelative,
                    let relative = (max(clause.lowerBound + 1, i - 5)..<i).last(where: { Self.relativePronouns.contains(tokens[$0].text) }),
                    tokens[relative - 1].classes.contains(.thirdParty), !mention.contains(relative - 1)
                {
                    i = relative - 1
                    floor = min(floor, i)
                    continue
                }
                return .firstParty
            }
            // "someone accessed your email", "someone who has access to your password": an
            // unnamed person, close before the verb.
            if Self.indefinitePeople.contains(tokens[i].text), !mention.contains(i) { return .thirdParty }
            // "other users have copied or stored your content": people other than the vendor.
            if i > clause.lowerBound, tokens[i - 1].text == "other", Self.peopleWords.contains(tokens[i].text), !mention.contains(i) {
                return .thirdParty
            }
            // "Our pages carry social widgets such as a Like button, and those widgets may
            // collect your IP address": features and widgets run by another party.
            if i > clause.lowerBound, Self.widgetWords.contains(tokens[i].text), Self.widgetQualifiers.contains(tokens[i - 1].text),
                !mention.contains(i)
            {
                return .thirdParty
            }
            // "Leave cookies on, since they may be used for features you rely on": "they" as the
            // subject of a passive is what is done to, not who does it.
            if Self.isPassiveThey(tokens, i, verb: verb) {
                i -= 1
                continue
            }
            if classes.contains(.thirdParty) || Self.isOtherEntity(tokens, i, after: clause.lowerBound)
                || Self.isUsersParty(tokens, i, verb: verb, clause: clause), !mention.contains(i), !Self.isDeviceAttribute(tokens, i)
            {
                // "We may use pixel tags, provided by us or by our advertisers, to collect": a party
                // after "by", in an aside, is the agent of a participle that describes a thing, not
                // the subject of the verb. ("We allow cookies set by advertisers to collect" has no
                // aside: theirs.) The subject is read further back, or from the whole clause.
                if i + 1 < verb, tokens[i + 1].text == "," || tokens[i + 1].text == ")",
                    let by = Self.agentBy(tokens, party: i, from: max(clause.lowerBound, i - 8))
                {
                    i = by - 1
                    continue
                }
                // "We and our third party service providers collect": us, joined by "and" or "or".
                let joined = max(clause.lowerBound, i - 8)..<i
                // "Allstate and its business partners gather": a name that is no third party, joined
                // to "its" partners, is the company the policy speaks for.
                let withUs = joined.contains { k in
                    // ("We (and our service providers) use": joined inside a parenthesis.)
                    let joiner = k + 2 < i && tokens[k + 1].text == "(" ? k + 2 : k + 1
                    guard joiner < i, tokens[joiner].text == "and" || tokens[joiner].text == "or" else { return false }
                    if tokens[k].classes.contains(.firstParty) { return true }
                    // (So is one joined to "our": "ASUS and our partners use cookies".)
                    return joiner + 1 < i && (tokens[joiner + 1].text == "its" || tokens[joiner + 1].text == "our") && tokens[k].isWord
                        && tokens[k].classes.isDisjoint(with: [.thirdParty, .determiner, .dataNoun])
                }
                return withUs ? .firstParty : .thirdParty
            }
            i -= 1
        }
        // "to allow those providers to fill orders, send mail, ... take card
        // payments": every verb of the list after "providers to" is theirs.
        if let agent = (clause.lowerBound..<verb).last(where: { k in
            k + 1 < verb && tokens[k].classes.contains(.thirdParty) && !mention.contains(k) && tokens[k + 1].text == "to"
        }), !(agent..<verb).contains(where: { tokens[$0].classes.contains(.firstParty) }) {
            return .thirdParty
        }
        let subject = clause.lowerBound..<verb
        if subject.contains(where: { tokens[$0].classes.contains(.firstParty) }) { return .firstParty }
        // (A party word inside another data mention that stands in a list, this far from the
        // verb, is an item of the list: "such as your device type, internet service provider, ...
        // derived from". Close before the verb it is its subject, "your mobile carrier may
        // collect"; so it is out of a list: "Our content delivery network providers enable ...".)
        if subject.contains(where: {
            tokens[$0].classes.contains(.thirdParty) && !Self.isListedData(tokens, $0) && !Self.isDeviceAttribute(tokens, $0)
                && !mention.contains($0) && !Self.isPassiveThey(tokens, $0, verb: verb)
        }) {
            return .thirdParty
        }
        // "On many other search engines, profiles are compiled from your searches": a
        // passive whose clause is set at another business speaks of that business.
        // ("whether your activity on other sites is saved" names where the data comes from: the
        // business must come before the mention.)
        if (clause.lowerBound..<min(verb, mention.lowerBound)).contains(where: { Self.isOtherEntity(tokens, $0, after: clause.lowerBound) }) {
            return .thirdParty
        }
        i = verb + 1
        // ("is collected, stored and retained by such platforms": the agent of every participle
        // of the list, found past the others.)
        var chain = true
        while i + 1 < clause.upperBound, i - verb <= 3 || (chain && i - verb <= 10) {
            if tokens[i].text != "by" {
                chain =
                    chain
                    && (Self.joiners.contains(tokens[i].text) || tokens[i].text == ","
                        || !tokens[i].classes.isDisjoint(with: [.collect, .otherPractice]))
            }
            if tokens[i].text == "by" {
                let window = (i + 1)..<min(clause.upperBound, i + 5)
                if window.contains(where: { tokens[$0].classes.contains(.firstParty) }) { return .firstParty }
                if window.contains(where: { tokens[$0].classes.contains(.thirdParty) }) { return .thirdParty }
                // "may be accessed by other users": people other than the vendor.
                if tokens[i + 1].text == "other", i + 2 < clause.upperBound, Self.peopleWords.contains(tokens[i + 2].text) {
                    return .thirdParty
                }
            }
            i += 1
        }
        return .firstParty
    }

    /// "they" as the subject of a passive verb ("they may be used", "they are placed"): the thing
    /// acted on, not a party acting.
    static func isPassiveThey(_ tokens: [Token], _ i: Int, verb: Int) -> Bool {
        guard tokens[i].text == "they" || tokens[i].text == "they're", !tokens[verb].text.hasSuffix("ing") else { return false }
        // The verb is the participle right after "be" ("they may also be used"), not a verb
        // further on ("they will be able to access", "they will be prompted to request").
        var k = verb - 1
        while k > i, Self.passiveFillers.contains(tokens[k].text) { k -= 1 }
        if k == i { return tokens[i].text == "they're" }
        guard Self.beForms.contains(tokens[k].text),
            (i + 1..<k).allSatisfy({ Self.isModal(tokens[$0]) || Self.passiveFillers.contains(tokens[$0].text) })
        else { return false }
        // ("We do not control these third parties' technologies or how they may be used": a
        // party named elsewhere in the sentence is what "they" most likely points back to.)
        return !tokens.indices.contains { $0 != i && tokens[$0].classes.contains(.thirdParty) }
    }

    /// Adverbs that may stand between "be" and its participle: "are also used", "are not stored".
    static let passiveFillers: WordSet = [
        "also", "often", "usually", "widely", "only", "then", "not", "generally", "typically", "primarily", "mainly",
        "automatically", "still", "sometimes", "commonly", "further",
    ]

    /// "that company", "another website", "those organizations", "other sites": a business
    /// pointed away from the one the policy speaks for. ("text files that websites can access":
    /// "that" before a plural is a relative pronoun.)
    static func isOtherEntity(_ tokens: [Token], _ i: Int, after start: Int) -> Bool {
        guard i > start else { return false }
        let before = tokens[i - 1].text
        // "Like any other website, Example uses cookies": a comparison, not an actor.
        if before == "other", i - 1 > start, tokens[i - 2].text == "any" { return false }
        // The entity is the head of its phrase: "other business purposes" names no business.
        if i + 1 < tokens.count, tokens[i + 1].isWord, !Self.entityFollowers.contains(tokens[i + 1].text),
            tokens[i + 1].classes.isDisjoint(with: Self.verbClasses)
        {
            return false
        }
        let word = tokens[i].text
        // "the app developer might request access", "add-on developers receive": the maker of
        // another app ("our developers" are the vendor's own).
        if word == "developer" || word == "developers" { return before != "our" }
        if Self.entitySingulars.contains(word) { return before == "that" || before == "another" || before == "other" }
        if Self.entityPlurals.contains(word) {
            // ("other search engines", "those commercial web sites": describing words may stand between.)
            var k = i - 1
            while k > start, Self.genericSiteWords.contains(tokens[k].text), tokens[k].text != "other" { k -= 1 }
            if tokens[k].text == "those" || tokens[k].text == "other" {
                // "Like many other commercial websites, our website ...": a comparison.
                var q = k - 1
                while q >= start, Self.genericQuantifiers.contains(tokens[q].text) { q -= 1 }
                return !(q >= start && Self.comparisonWords.contains(tokens[q].text))
            }
            // "Many commercial Internet sites use cookies", "most websites": the web at large, not us.
            // ("Like most websites, our servers record ..." compares; "most Microsoft sites" are
            // the vendor's own.)
            guard let quantifier = (max(start, i - 3)..<i).last(where: { Self.genericQuantifiers.contains(tokens[$0].text) }) else { return false }
            return (quantifier + 1..<i).allSatisfy { Self.genericSiteWords.contains(tokens[$0].text) }
                && !(quantifier > start && Self.comparisonWords.contains(tokens[quantifier - 1].text))
        }
        return false
    }

    /// Quantifiers that make a plural of sites the web at large: "many websites", "most sites".
    static let genericQuantifiers: WordSet = ["many", "most", "numerous", "countless"]
    /// What may stand between such a quantifier and "sites": "many commercial Internet sites".
    static let genericSiteWords: WordSet = ["commercial", "internet", "web", "online", "other", "popular", "major", "search"]
    /// Words that make "many websites" a comparison: "Like many websites, we use cookies".
    static let comparisonWords: WordSet = ["like", "unlike", "as", "with"]

    // Not "service" or "app": "other Services" are mostly the vendor's own.
    static let entitySingulars: WordSet = ["company", "business", "organization", "organisation", "entity", "website", "site", "engine"]
    static let entityFollowers: WordSet = modals.union(relativePronouns).union([
        "will", "would", "must", "should", "to", "also", "and", "or", "then", "automatically",
    ])
    /// ("engines": "other search engines save your search history" is what a search engine's
    /// policy says of its rivals.)
    static let entityPlurals: WordSet = ["businesses", "organizations", "organisations", "entities", "websites", "sites", "engines"]

    /// The "by" that makes the party at `party` an agent ("provided by our ad networks"), when only
    /// party words, determiners and "third" stand between them.
    static func agentBy(_ tokens: [Token], party: Int, from start: Int) -> Int? {
        var k = party - 1
        while k >= start {
            let token = tokens[k]
            if token.text == "by" { return k }
            guard token.classes.contains(.thirdParty) || token.classes.contains(.determiner) || Self.agentFillers.contains(token.text)
            else { return nil }
            k -= 1
        }
        return nil
    }

    static let agentFillers: WordSet = ["third", "ad", "advertising", "service", "analytics", "our", "their", "its", "other", "and", "or"]

    /// "What we collect may depend on your kind of device": what the practice
    /// depends on is a condition, not data collected.
    static func isCondition(_ tokens: [Token], mention range: Range<Int>) -> Bool {
        // (A mention may open with the "on" itself: "depending on your use of our site".)
        let opening = range.lowerBound
        if opening >= 1, opening < tokens.count, tokens[opening].text == "on" || tokens[opening].text == "upon" {
            return Self.dependWords.contains(tokens[opening - 1].text)
        }
        var k = range.lowerBound - 1
        var words = 0
        while k >= 1, words <= 3 {
            let word = tokens[k].text
            if word == "on" || word == "upon" { return Self.dependWords.contains(tokens[k - 1].text) }
            guard tokens[k].isWord, tokens[k].classes.isDisjoint(with: Self.verbClasses) else { return false }
            words += 1
            k -= 1
        }
        return false
    }

    /// "a request to opt out of profiling", "you may object to the processing of your location":
    /// what the user refuses is the object of a choice, not data collected.
    static func isRefused(_ tokens: [Token], mention range: Range<Int>) -> Bool {
        var k = range.lowerBound - 1
        var skipped = 0
        while k >= 2, skipped <= 4 {
            let word = tokens[k].text
            if word == "of", tokens[k - 1].text == "out", tokens[k - 2].text == "opt" || tokens[k - 2].text == "opting" { return true }
            if word == "to", tokens[k - 1].text == "object" || tokens[k - 1].text == "objection" { return true }
            if word == "from", tokens[k - 1].text == "unsubscribe" { return true }
            // Only the noun phrase's own words may stand between: "opt out of the processing of your location".
            guard tokens[k].isWord, tokens[k].classes.isDisjoint(with: Self.verbClasses) || word == "processing" || word == "use" else {
                return false
            }
            skipped += 1
            k -= 1
        }
        return false
    }

    static let dutyNouns: WordSet = ["responsibility", "duty", "obligation"]
    static let dependWords: WordSet = ["depend", "depends", "depending", "dependent"]
    static let choiceTopicWords: WordSet = ["regarding", "about", "over", "concerning", "on", "of"]
    static let choiceNounWords: WordSet = ["choice", "choices", "control", "controls", "say"]
    static let signInParticles: WordSet = ["in", "into", "on", "onto", "out", "off"]
    static let mannerQualifiers: WordSet = [
        "or", "and", "prior", "express", "explicit", "written", "any", "additional", "further", "separate", "specific", "advance",
    ]
    /// What "without" names as a manner, not a denial: "without your knowledge", "without notice",
    /// "without compensation to you", "without delay".
    static let mannerNouns: WordSet = [
        "knowledge", "consent", "permission", "authorization", "authorisation", "notice", "compensation", "remuneration", "delay",
    ]
    static let possessionWords: WordSet = ["have", "has", "possess", "possesses", "hold", "holds"]

    static let compoundHeads: WordSet = ["log", "logs", "record", "records", "access", "store", "process", "track"]
    /// Records that hold data, before the verb that lists it: "logs include", "each entry contains".
    static let recordHolders: WordSet = ["log", "logs", "files", "records", "entry", "entries"]
    /// What a record or log is of: "customer records", "call logs", "server log".
    static let recordSubjects: WordSet = [
        "customer", "customers", "call", "calls", "chat", "message", "messages", "interaction", "app", "application", "web", "server",
        "transaction", "audit", "event", "system", "error", "crash", "center", "centre",
    ]
    /// Words after a noun that are no object of a verb: "call logs and", "records of", "records
    /// that contain", "the Customer Records statute".
    static let nounFollowers: WordSet = [
        "of", "and", "or", "statute", "that", "which", "containing", "including", "are", "is", "may", "will", "can", "to", "from",
        "for", "with", "in", "on", "such", "act", "law", "laws",
    ]
    /// The kinds of a record, before the noun: "criminal record", "school records".
    static let recordKinds: WordSet = [
        "criminal", "medical", "health", "police", "driving", "academic", "school", "student", "employment", "financial",
        "credit", "court", "public", "arrest", "tax", "dental", "vaccination", "immunization", "military", "track", "official",
    ]
    static let recordNouns: WordSet = ["files", "file", "data", "entries", "records", "information", "details", "history", "token", "tokens"]
    static let subjectOrModal: WordSet = [
        "you", "they", "it", "may", "might", "can", "could", "will", "would", "to", "also", "automatically", "and", "or",
    ]

    static let peopleWords: WordSet = ["users", "people", "members", "visitors", "individuals", "customers", "players"]
    /// "not all", "not always", "do not continuously record", "we do not permanently store",
    /// "not otherwise used or stored" (beyond the use just named): a limit on the practice, not
    /// its denial.
    static let partialWords: WordSet = [
        "all", "every", "always", "necessarily", "everyone", "each", "continuously", "constantly", "permanently", "indefinitely",
        "otherwise",
    ]

    // Word lists used inside the reading loops, built once.
    static let subjectStarts: WordSet = [
        "you", "they", "it", "your", "our", "their", "this", "these", "the", "such", "that", "personal", "information", "data", "any", "all",
    ]
    static let clauseVerbs: WordSet = ["they", "it", "is", "are", "was", "were", "will", "can", "may"]
    /// Safeguards, including those that strip data out: "a process built to remove some
    /// sensitive data (such as social security numbers)", "we redact card numbers".
    static let securingWords: WordSet = [
        "protect", "protects", "protected", "encrypt", "encrypts", "encrypted", "safeguard", "secure", "redact", "redacts",
        "redacted", "scrub", "scrubs", "scrubbed", "anonymize", "anonymizes", "anonymise", "anonymises", "pseudonymize",
        "pseudonymise", "remove", "removes",
    ]
    static let useForms: WordSet = ["use", "uses", "used", "using"]
    static let userWords: WordSet = ["you", "users", "user"]
    static let listNegations: WordSet = ["no", "neither", "nor", "without", "never", "excluding"]
    /// A verb (of any class the reader knows) stands in `span`: what a phrase names between a
    /// cue and the mention is then a clause of its own, not the mention's.
    static func hasVerb(_ tokens: [Token], in span: Range<Int>) -> Bool {
        span.contains { !tokens[$0].classes.isDisjoint(with: Self.verbClasses) }
    }
    /// Words before "with" that join one thing to another: "together with", "along with".
    static let companionWords: WordSet = ["together", "along"]
    /// What cannot be done: "we cannot provide ... without", "it is impossible to ... without".
    static let impossibilityWords: WordSet = ["cannot", "can't", "impossible", "unable"]
    /// Words that open a condition right before its "not": "if not", "when not", "while not".
    static let conditionHeads: WordSet = ["if", "when", "whenever", "while", "though", "although"]
    /// What "not ... without" may require: "without your consent", "without asking you first".
    static let consentWords: WordSet = [
        "consent", "permission", "authorization", "authorisation", "approval", "agreement", "asking", "notifying", "telling",
    ]

    /// "We will never open your contact list without your permission": what is denied is doing
    /// it without consent, so with consent it is done. The data is collected, on a condition,
    /// not denied. ("We do not collect your location without telling you" is the same; "used
    /// without your name" has no consent after "without" and still denies.) So is "until you" or
    /// "unless you" after it: "The app will not use your camera until you open the scanner"
    /// ("unless" ends the clause, so it is looked for just past it).
    static func isConditionalOnUser(_ tokens: [Token], mention range: Range<Int>, clause: Range<Int>) -> Bool {
        let near = range.upperBound..<min(tokens.count, clause.upperBound + 1, range.upperBound + 8)
        let condition = near.contains { k in
            switch tokens[k].text {
            case "without":
                return (k + 1..<min(clause.upperBound, k + 5)).contains { Self.consentWords.contains(tokens[$0].text) }
            case "until", "unless":
                // ("unless we have your consent": the user's consent, asked by us.)
                return k + 1 < tokens.count && tokens[k + 1].text == "you"
                    || (k + 1..<min(tokens.count, k + 6)).contains { Self.consentWords.contains(tokens[$0].text) }
            default:
                return false
            }
        }
        return condition && (clause.lowerBound..<range.lowerBound).contains { isNegation(tokens, $0) }
    }
    /// What "not" makes impossible: "not possible", "not be able".
    static let possibilityWords: WordSet = ["possible", "able", "feasible"]
    /// "Name, billing address, phone number and credit card information for purchases", "Contact
    /// Data: name, address, email address": a line that opens with the data (after a label, "your"
    /// or "such as") and has no verb, no subject and no figures names data, however long, like an
    /// item of a list, when the line joins its items with "and" or "or". `tokens` has the verbs of
    /// its mentions masked; `mentions` are their ranges.
    public static func isVerbless(_ tokens: [Token], mentions: [Range<Int>]) -> Bool {
        var start = 0
        if let colon = tokens.prefix(6).firstIndex(where: { $0.text == ":" }) { start = colon + 1 }
        while start < tokens.count, !tokens[start].isWord || Self.dataLineOpeners.contains(tokens[start].text) { start += 1 }
        // (A list of data ends "..., X and Y" or "... or Y": the joiner also keeps out lines in
        // other languages, where no English verb is to be found.)
        guard mentions.contains(where: { $0.contains(start) }), tokens.last?.text != "?",
            tokens.contains(where: { Self.joiners.contains($0.text) })
        else { return false }
        return !tokens.contains { token in
            token.text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
                || token.isWord
                    && (!token.classes.isDisjoint(with: Self.statementClasses) || Self.clauseVerbs.contains(token.text)
                        || Self.userWords.contains(token.text) || Self.haveForms.contains(token.text))
        }
    }

    static let statementClasses: WordClass = verbClasses.union([.firstParty, .thirdParty, .negation, .hedge, .definition])
    /// What may stand before the data in a line that lists it: "Your name", "Such as your name", "o Name".
    static let dataLineOpeners: WordSet = ["your", "such", "as", "o", "the"]

    /// Takes the verbs out of another mention's words, so that they govern nothing else:
    /// "trade union membership, health" trades nothing; "the device you use" uses nothing. A
    /// relative clause's verb that ends the mention still takes what follows as its object: "a
    /// survey that requests your name" asks for the name. The words are marked `otherMention`, so
    /// a party's word among them ("internet service provider") can be told from a subject.
    public static func mask(_ tokens: inout [Token], _ other: Range<Int>) {
        for i in other {
            if i == other.upperBound - 1, i > other.lowerBound, relativePronouns.contains(tokens[i - 1].text),
                !tokens[i].classes.isDisjoint(with: [.collect, .userGiving])
            {
                continue
            }
            tokens[i].classes.subtract(verbClasses)
            tokens[i].classes.insert(.otherMention)
        }
    }

    /// The classes that make a word a verb of a practice, cleared inside other mentions.
    public static let verbClasses: WordClass = [.collect, .userGiving, .otherPractice, .include]
    /// The classes that make a mention one to mask while the sentence's other mentions are read:
    /// a verb's ("devices you use") or a party's ("internet service provider").
    public static let maskingClasses: WordClass = verbClasses.union(.thirdParty)
    static let negationIdioms: WordSet = ["limitation", "limited", "limiting", "only", "exclusively", "matter", "less", "later"]
    static let articles: WordSet = ["the", "a", "an", "its", "their"]
    static let storeQualifiers: WordSet = ["app", "online", "retail", "play"]
    static let legalQualifiers: WordSet = ["legal", "judicial", "lawful", "valid", "due", "court", "compulsory", "governmental"]
    static let accessVerbs: WordSet = ["have", "has", "had", "gain", "gains", "gained", "obtain", "obtains", "get", "gets", "given"]
    static let modals: WordSet = ["can", "may", "could", "might"]
    /// What follows a new subject as its verb: "you may", "you will", "you are".
    static let subjectVerbs: WordSet = modals.union(["will", "would", "must", "should", "shall", "are", "have", "need"])
    static let relativePronouns: WordSet = ["that", "which", "who"]
    static let predicateStarts: WordSet = ["is", "are", "was", "were"]
    /// What stands before a later verb of a list of purposes: "to ..., to gather", ", administer", "and gather".
    static let purposeListJoiners: WordSet = ["to", ",", "and", "or"]
    static let purposeVerbs: WordSet = [
        "understand", "analyze", "analyse", "improve", "determine", "measure", "help", "personalize", "personalise",
        "customize", "customise", "administer", "diagnose", "operate", "maintain", "enhance", "develop", "evaluate",
        "study", "assess", "tailor", "better", "learn", "facilitate", "prevent",
    ]
    static let deviceWords: WordSet = ["computer", "device", "browser", "hard", "machine", "phone", "drive", "terminal"]
    static let meansNounMarkers: WordSet = [
        "these", "those", "the", "such", "other", "by", "of", "through", "via", "automated", "automatic", "electronic",
        "technical", "technological", "any", "all", "various", "some", "lawful", "reasonable", "appropriate", "similar",
    ]
    /// Auxiliaries an aside can follow: "we do, however, collect", "we will, however, keep".
    static let asideHosts: WordSet = modals.union(["do", "does", "did", "will", "would", "should", "shall", "is", "are", "must"])
    static let objectDeterminers: WordSet = ["the", "a", "an", "your", "their", "its", "this", "these", "those", "our", "his", "her"]
    static let controlFillers: WordSet = modals.union([
        "must", "also", "still", "then", "always", "simply", "easily", "typically", "usually", "generally", "normally", "often", "further",
    ])
    static let occasionWords: WordSet = ["when", "whenever", "if", "once", "while", "unless"]
    /// Prepositions whose object "us" is: "partners who work with us", "companies that deliver ads for us".
    static let objectPrepositions: WordSet = ["with", "for", "to", "on", "by", "from", "about"]
    /// Words that open a condition or a time after a mention: "deleted after a week if a complaint is not filed".
    static let conditionOpeners = WordSet(occasionWords.union(["until", "because"]))
    /// Determiners that open a noun of a condition's own: "if a complaint", "unless the account".
    /// (The object determiners less the pronoun-like ones, "this", "its", that may point back to the mention.)
    static let ownSubjectDeterminers = WordSet(
        objectDeterminers.filter { !["its", "this", "these", "those"].contains($0) } + ["no", "any", "another", "each", "every", "some"])
    static let irregularParticiples: WordSet = ["kept", "built", "made"]
    /// Nouns that "no" abbreviates the number of: "registration no", "serial no", "account no".
    static let numberedNouns: WordSet = [
        "registration", "serial", "account", "reference", "ref", "phone", "telephone", "mobile", "fax", "id", "identification",
        "passport", "license", "licence", "card", "policy", "customer", "membership", "order", "invoice", "vat", "tax", "contract",
    ]
    /// A participle that describes the noun before it by where it is ("files stored on your
    /// device"): no auxiliary, modal or denial of its own comes before it.
    static func describesPlace(_ tokens: [Token], participle v: Int, end: Int) -> Bool {
        guard v >= 1, v + 1 < end, tokens[v].text.hasSuffix("ed"), Self.placePrepositions.contains(tokens[v + 1].text) else { return false }
        let before = tokens[v - 1]
        return before.isWord && !Self.beForms.contains(before.text) && !Self.haveForms.contains(before.text)
            && !Self.hedges.contains(before.text) && !Self.negations.contains(before.text)
    }
    /// Prepositions of place after a participle that describes data: "files stored on your device".
    static let placePrepositions: WordSet = ["on", "in", "within", "at"]
    /// Whether our subject at `subject`, after "and", "or" or "but", opens a clause of its own
    /// with `verb`, whose object is not the data before it: "your password and we do not keep
    /// your card number". ("... and we do not store them" points back to it.)
    static func opensOwnClause(_ tokens: [Token], subject: Int, verb: Int) -> Bool {
        subject >= 1 && tokens[subject].classes.contains(.firstParty)
            && (Self.joiners.contains(tokens[subject - 1].text) || tokens[subject - 1].text == "but")
            && !(verb + 1 < tokens.count && Self.backReferences.contains(tokens[verb + 1].text))
    }

    /// The vendor's people, whose access a denial can limit: "employees do not access".
    static let staffWords: WordSet = ["employees", "employee", "staff", "personnel", "humans", "reviewers", "engineers", "moderators"]
    /// Objects that point back to data already named: "and we do not store them", "those messages".
    static let backReferences: WordSet = ["it", "them", "those", "these", "this", "such"]
    /// Objects a verb takes that are never the data: "require consent", "obtain payment".
    static let ownObjects: WordSet = ["consent", "permission", "permissions", "payment", "payments", "approval", "authorization", "authorisation"]

    /// The forms of "be": a passive ("is collected") or a new predicate ("and is controlled by").
    static let beForms: WordSet = predicateStarts.union(["be", "been", "being"])
    static let auxiliaries: WordSet = beForms.union(["that", "which"])
}
