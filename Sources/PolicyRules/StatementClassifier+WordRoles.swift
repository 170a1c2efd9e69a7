// The role of a word in its sentence: a noun rather than a verb, or an idiom that only looks like a
// practice ("keep you informed").
extension StatementClassifier {
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
        // "all your mail in one place", "safeguards in place", "a contract in place": the noun.
        if word == "place", i > 0, Self.placeNounMarkers.contains(tokens[i - 1].text) { return true }
        // "your favourite places", "places you visit": the verb places something ("the site
        // places a cookie", "places cookies").
        if word == "places" { return !(i + 1 < tokens.count && Self.placedThings.contains(tokens[i + 1].text)) }
        guard i > 0, word != "collection", word != "use", word != "collect" else { return false }
        // "the receiving party", "calling-party number": a participle that names a party is part
        // of the party's name, no verb of whatever follows.
        if word.hasSuffix("ing"), i + 1 < tokens.count, tokens[i + 1].text == "party" || tokens[i + 1].text == "parties" { return true }
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
        // "We show ads based on your browsing activity": what a choice of ours is based on is data
        // we use. ("cloud-based", "based in Ireland" are not.)
        // ("... which will vary based on the account": what varies with a thing does not use it.)
        if word == "based" {
            return !(i + 1 < tokens.count && (tokens[i + 1].text == "on" || tokens[i + 1].text == "upon"))
                || (i > 0 && Self.varyingWords.contains(tokens[i - 1].text))
                // ("discrimination based on race", "harassment based on gender": what a wrong is
                // aimed at, not data anyone uses.)
                || (max(0, i - 4)..<i).contains { Self.wrongWords.contains(tokens[$0].text) }
        }
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
        // "we use the word 'cookies' for simplicity": a word the policy uses is its language, not data.
        if Self.useForms.contains(word) {
            let k = i + 1 < tokens.count && Self.termDeterminers.contains(tokens[i + 1].text) ? i + 2 : i + 1
            if k < tokens.count, Self.termWords.contains(tokens[k].text) { return true }
        }
        // "mechanisms that give users choice regarding the collection of their online activities":
        // the object of a choice, not a statement that it is collected.
        if word == "collection" || word == "use" {
            // ("choices about the collection and use of": both.)
            // ("choices over the collection, use or sharing of": a comma joins them as well.)
            var k =
                word == "use" && i >= 2 && (tokens[i - 1].text == "and" || tokens[i - 1].text == "or" || tokens[i - 1].text == ",")
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
    /// Words before "place" that make it the noun: "in place", "in one place", "the same place".
    static let placeNounMarkers: WordSet = [
        "in", "one", "same", "first", "another", "any", "safe", "secure", "central", "single", "every", "each", "right", "wrong",
    ]
    /// What the verb "places" takes: "places a cookie", "places cookies", "places its own tags".
    static let placedThings: WordSet = [
        "a", "an", "the", "our", "its", "their", "these", "such", "some", "certain", "small", "cookie", "cookies", "tracking", "web",
        "pixel", "pixels", "tags", "beacons", "one", "various", "additional", "data", "information", "files", "identifiers",
    ]
    /// Words after which "based on" says what something depends on: "varies based on".
    static let varyingWords: WordSet = ["vary", "varies", "varying", "differ", "differs", "differing", "change", "changes", "depend", "depends"]
    /// Wrongs done to people for what they are: "discrimination based on".
    static let wrongWords: WordSet = [
        "discrimination", "discriminate", "discriminates", "discriminating", "discriminatory", "harassment", "harass", "hate", "hateful",
        "bias", "biased", "prejudice", "violence", "abuse", "stereotypes", "stereotyping", "unfair", "unfairly",
    ]
    /// The forms of "take" before "place" in "take place".
    static let takeForms: WordSet = ["take", "takes", "took", "taking", "taken"]
    static let misuseWords: WordSet = [
        "unauthorized", "unauthorised", "fraudulent", "improper", "unlawful", "illegal", "inappropriate", "unintended",
    ]
}
