// Whole lines and other mentions: verbless lines that list data, the masking of other mentions, and
// more shared word lists.
extension StatementClassifier {
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

    /// Whether the token speaks of the vendor: "we", "us", its own name, or "our".
    @inlinable public static func namesUs(_ token: Token) -> Bool {
        token.classes.contains(.firstParty) || token.text == "our"
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
    /// Whether our subject at `subject`, after "and", "or", "but", "so" or an opening bracket,
    /// opens a clause of its own with `verb`, whose object is not the data before it: "your
    /// password and we do not keep your card number", "turns off Location Services, so we don't
    /// collect GPS data", "approximate location (we don't collect precise location)". ("... and we
    /// do not store them" points back to it.)
    static func opensOwnClause(_ tokens: [Token], subject: Int, verb: Int) -> Bool {
        subject >= 1 && tokens[subject].classes.contains(.firstParty)
            && (Self.joiners.contains(tokens[subject - 1].text) || Self.clauseOpeners.contains(tokens[subject - 1].text))
            && !(verb + 1 < tokens.count && Self.backReferences.contains(tokens[verb + 1].text))
    }

    static let clauseOpeners: WordSet = ["but", "so", "("]

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
