// Conditions and refusals around a mention, and word lists several readings share.
extension StatementClassifier {
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

    /// "a request to opt out of profiling", "you may object to our processing of your location":
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
    static let choiceTopicWords = topicWords.union(["over"])
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
    /// Records that hold data, before the verb that lists it: "logs include", "each entry contains",
    /// "the cookie contains", "a file containing".
    static let recordHolders: WordSet = ["log", "logs", "file", "files", "records", "entry", "entries", "cookie", "cookies"]
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
}
