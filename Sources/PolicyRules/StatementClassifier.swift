import PolicyModel

// The entry points (`read`, `clause(around:in:)`, the word classes) are here. Each question a
// reading asks has a file of its own: +Denial, +Hedging, +Actor, +Practice, +UsersPart,
// +NoStatement, +Definitions, +Conditions, +WordRoles and +Lines.

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
        /// The reading where nothing is said at all (an empty clause): neither collected nor
        /// denied, and a list or section around it still decides.
        static let nothingSaid = Reading(
            collection: false, negated: false, hedged: false, actor: .firstParty, otherPractice: false, definition: false,
            noStatement: false, choice: false, basis: "")
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
        "determine", "determines", "determined", "based",
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
            // "first-party cookies", "our first party analytics": the first party is us, not another.
            if tokens[i].classes.contains(.thirdParty), i > 0, tokens[i - 1].text == "first", Self.partyWords.contains(tokens[i].text) {
                tokens[i].classes.subtract(.thirdParty)
            }
        }
    }

    static let partyWords: WordSet = ["party", "parties"]

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
        if start >= 2, start < tokens.count, tokens[start - 1].text == "but", tokens[start].text == "not", range.lowerBound - start <= 3 {
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
        isPointer(tokens) || describesDocument(tokens) || isTitle(tokens) || isQuestion(tokens)
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
        // A sentence read at its end ("Usage data. We may collect some of it but") has no clause
        // there when a clause break ends it: nothing is said.
        guard !clause.isEmpty else { return .nothingSaid }
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
                !isCapability(tokens, i), !usesService(tokens, i), !(word == "based" && isBeyondBasis(tokens, based: i, mention: range))
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
            // "Our server logs include your IP address", "each log entry contains", "the cookie
            // contains your user name": what a record of ours holds is data we keep.
            if i + 1 < range.lowerBound, Self.recordHolders.contains(word), tokens[i + 1].classes.contains(.include) { seenDataNoun = true }
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
}
