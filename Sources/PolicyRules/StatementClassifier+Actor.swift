import PolicyModel

// Who does what the clause states: the first party, or another.
extension StatementClassifier {
    /// Software in general, as a subject: "apps can access", "other applications may read".
    static let genericAgents: WordSet = ["apps", "applications", "websites", "extensions", "browsers"]
    /// What may stand before software in general: "most apps", "individual apps".
    static let genericAgentQualifiers: WordSet = ["other", "many", "most", "some", "certain", "individual", "all", "any", "such"]
    /// One piece of software in general: "a website might use analytics tools", "another app may
    /// read your location". Only after an indefinite word: "the app", "this website" are ours.
    static let genericAgent: WordSet = ["app", "application", "website", "site", "extension", "browser"]
    /// The indefinite words before one piece of software in general.
    static let genericAgentDeterminers: WordSet = ["a", "an", "another", "any", "each", "every"]
    /// Words whose object is not a subject: "on a site using", "like any application".
    static let agentPrepositions: WordSet = ["on", "to", "from", "of", "in", "at", "by", "with", "for", "into", "onto", "like", "via", "through"]

    /// The party word at `party` is joined to us by "and" or "or": "We and our third party service
    /// providers collect", "We (and our service providers) use", "We, and our partners, use".
    /// "Allstate and its business partners gather": a name that is no third party, joined to "its"
    /// or "our" partners, is the company the policy speaks for. "Along with" and "together with"
    /// join the same way: "We, along with our payment processors, process your card details".
    static func isJoinedWithUs(_ tokens: [Token], party i: Int, clause: Range<Int>) -> Bool {
        (max(clause.lowerBound, i - 8)..<i).contains { k in
            let start = k + 2 < i && (tokens[k + 1].text == "(" || tokens[k + 1].text == ",") ? k + 2 : k + 1
            guard start < i else { return false }
            let joiner: Int
            if tokens[start].text == "and" || tokens[start].text == "or" {
                joiner = start
            } else if start + 1 < i, Self.companionWords.contains(tokens[start].text), tokens[start + 1].text == "with" {
                joiner = start + 1
            } else {
                return false
            }
            if tokens[k].classes.contains(.firstParty) { return true }
            // (After a comma, a name counts only as the clause's first word: "Comcast, and its
            // partners, may use", not "... from the images, and our provider retains".)
            return joiner + 1 < i && (tokens[joiner + 1].text == "its" || tokens[joiner + 1].text == "our") && tokens[k].isWord
                && tokens[k].classes.isDisjoint(with: [.thirdParty, .determiner, .dataNoun])
                && (tokens[k + 1].text != "," || k == clause.lowerBound || !tokens[k - 1].isWord)
        }
    }

    /// Who performs the verb: "we" before it wins (also "we and our partners"); a third-party
    /// word before it, or "by" a third party after it, makes it third party.
    static func actorOf(_ tokens: [Token], verb: Int?, clause: Range<Int>, mention: Range<Int>) -> Actor {
        guard let verb else { return .firstParty }
        if tokens[verb].text == "based" { return userOfBasis(tokens, verb: verb, clause: clause, mention: mention) }
        return subjectBefore(tokens, verb: verb, clause: clause, mention: mention)
            ?? subjectInClause(tokens, verb: verb, clause: clause, mention: mention)
            ?? agentAfter(tokens, verb: verb, clause: clause) ?? .firstParty
    }

    /// What an act is based on is used by whoever acts: the first party named in the clause
    /// ("we deliver ads to you on other sites based on", "advertisers may target ads based
    /// on"), not the last word before "based".
    /// (The nearest party that is no object: not "you" or "us", nor a word after a preposition,
    /// "on other websites", "such as Facebook".)
    static func userOfBasis(_ tokens: [Token], verb: Int, clause: Range<Int>, mention: Range<Int>) -> Actor {
        let party = (clause.lowerBound..<verb).last { k in
            !mention.contains(k) && !tokens[k].classes.isDisjoint(with: [.firstParty, .thirdParty])
                && tokens[k].text != "you" && tokens[k].text != "us"
                && !(max(clause.lowerBound, k - 2)..<k).contains(where: {
                    Self.agentPrepositions.contains(tokens[$0].text) || tokens[$0].text == "as"
                })
        }
        guard let party, !tokens[party].classes.contains(.firstParty) else { return .firstParty }
        // ("We and third parties use cookies to show ads based on", "we or our partners": ours too.)
        return isJoinedWithUs(tokens, party: party, clause: clause) ? .firstParty : .thirdParty
    }

    /// The nearest party before the verb is its subject: "we may allow service providers to
    /// process payments" has the providers process them; "we and our partners collect" is ours.
    /// Only a party close before the verb is its subject; a party word further back is more
    /// likely an item of a list ("mobile carrier, browser type ... derived from").
    static func subjectBefore(_ tokens: [Token], verb: Int, clause: Range<Int>, mention: Range<Int>) -> Actor? {
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
            // "we have no way to know who has access to your card details": the person asked about.
            if i > clause.lowerBound, Self.askedPeople.contains(tokens[i].text), Self.knowingVerbs.contains(tokens[i - 1].text) {
                return .thirdParty
            }
            // "other users have copied or stored your content": people other than the vendor.
            if i > clause.lowerBound, tokens[i - 1].text == "other", Self.peopleWords.contains(tokens[i].text), !mention.contains(i) {
                return .thirdParty
            }
            // "Apps can access your approximate location", "with location services on, apps may
            // request your position": apps in general, a bare plural right before the verb, are
            // others' ("our apps", "the app" are ours).
            // ("We and other apps may ..." is ours as well.)
            if Self.genericAgents.contains(tokens[i].text), !mention.contains(i), verb - i <= 3,
                i == clause.lowerBound || !tokens[i - 1].isWord || Self.genericAgentQualifiers.contains(tokens[i - 1].text),
                !(max(clause.lowerBound, i - 4)..<i).contains(where: { tokens[$0].classes.contains(.firstParty) })
            {
                return .thirdParty
            }
            // (The subject of the verb, not the object of a word before it: "on a site using our
            // services", "like any application, Acme uses".)
            if i > clause.lowerBound, Self.genericAgent.contains(tokens[i].text), !mention.contains(i), verb - i <= 3,
                Self.genericAgentDeterminers.contains(tokens[i - 1].text),
                i - 1 == clause.lowerBound || !Self.agentPrepositions.contains(tokens[i - 2].text),
                (i + 1..<verb).allSatisfy({ tokens[$0].isWord })
            {
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
            // subject of a passive is what is done to, not who does it. Nor is a party's word that
            // qualifies a tracker we use the subject of our purpose.
            if Self.isPassiveThey(tokens, i, verb: verb) || Self.qualifiesOurTracker(tokens, i, verb: verb) {
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
                return isJoinedWithUs(tokens, party: i, clause: clause) ? .firstParty : .thirdParty
            }
            i -= 1
        }
        return nil
    }

    /// With no subject close before the verb, a party that the clause names before it, or sets the
    /// clause at, as its subject.
    static func subjectInClause(_ tokens: [Token], verb: Int, clause: Range<Int>, mention: Range<Int>) -> Actor? {
        // "to allow those providers to fill orders, send mail, ... take card
        // payments": every verb of the list after "providers to" is theirs.
        if let agent = (clause.lowerBound..<verb).last(where: { k in
            k + 1 < verb && tokens[k].classes.contains(.thirdParty) && !mention.contains(k) && tokens[k + 1].text == "to"
        }), !(agent..<verb).contains(where: { tokens[$0].classes.contains(.firstParty) }) {
            return .thirdParty
        }
        let subject = clause.lowerBound..<verb
        if subject.contains(where: { tokens[$0].classes.contains(.firstParty) }) { return .firstParty }
        // "apps which cannot use the exact location may still have access to ...": software in
        // general, with a relative clause of its own, opens the clause as its subject.
        // (It may follow the comma of a condition: "If you turn on location, apps that ...".)
        if subject.contains(where: { k in
            k + 1 < verb && Self.genericAgents.contains(tokens[k].text) && Self.relativePronouns.contains(tokens[k + 1].text)
                && (k == clause.lowerBound || tokens[k - 1].text == ",") && !mention.contains(k)
        }) {
            return .thirdParty
        }
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
        return nil
    }

    /// The agent of a passive verb, "by" a party after it: "is collected by our partners".
    static func agentAfter(_ tokens: [Token], verb: Int, clause: Range<Int>) -> Actor? {
        var i = verb + 1
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
        return nil
    }

    /// "we use third-party cookies to gather usage data": a party's word at `i` that qualifies a
    /// tracker ("third-party cookies") before the infinitive `verb` names whose tracker it is; the
    /// purpose is the user of the tracker's. ("Third-party cookies may collect ...", "cookies that
    /// collect ..." and "we allow third-party cookies to collect ..." are the party's.)
    static func qualifiesOurTracker(_ tokens: [Token], _ i: Int, verb: Int) -> Bool {
        guard tokens[i].classes.contains(.thirdParty), i + 1 < verb, Self.technologyNouns.contains(tokens[i + 1].text),
            tokens[verb - 1].text == "to"
        else { return false }
        return !(max(0, i - 4)..<i).contains { Self.grantVerbs.contains(tokens[$0].text) }
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
}
