// Which practice a verb states: collection by us, the user giving data, or giving it to another
// party.
extension StatementClassifier {
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

    /// "others using our Services", "anyone who uses the app": a use or an access whose object is
    /// the service itself is someone using the service, no practice on data, and it governs no
    /// mention after it. ("We use your IP address" and "data used by our services" keep their verb.)
    static func usesService(_ tokens: [Token], _ i: Int) -> Bool {
        guard Self.serviceUseVerbs.contains(tokens[i].text), i + 1 < tokens.count else { return false }
        let object = Self.serviceDeterminers.contains(tokens[i + 1].text) ? i + 2 : i + 1
        return object < tokens.count && Self.serviceNouns.contains(tokens[object].text)
    }
    static let serviceUseVerbs = WordSet(useForms.filter { $0 != "used" }).union(["access", "accesses", "accessing"])
    static let serviceDeterminers: WordSet = ["our", "the", "this", "these", "its", "their", "a", "any"]

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

    /// "based on" takes the data right after it and the list that continues it, not a mention
    /// past the end of its sentence or cell ("... based on your usage. Content you post ...").
    static func isBeyondBasis(_ tokens: [Token], based: Int, mention: Range<Int>) -> Bool {
        guard based < mention.lowerBound else { return false }
        return mention.lowerBound - based > 24 || (based + 1..<mention.lowerBound).contains { Self.basisEnds.contains(tokens[$0].text) }
    }
    /// The marks that end what "based on" can take: a sentence's end, a list's, a table cell's.
    static let basisEnds: WordSet = [".", ";", ":", "|", "!", "?"]

    /// A verb after a mention that can have the mention as its object: a participle ("collected",
    /// "kept") or a verb with its subject or auxiliary between ("we use", "is processed", "tools that collect").
    static func governsBackward(_ tokens: [Token], verb: Int, after start: Int) -> Bool {
        let word = tokens[verb].text
        // "videos based on your history": what is based on data is not that data.
        if word == "based" { return false }
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
            if opensOwnClause(tokens, subject: i, verb: verb) || endsCondition(tokens, subject: i, verb: verb, mentionEnd: start) {
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

    /// "If you create a user ID, we do not collect any other data": our subject after the comma
    /// that closes a condition holding the mention opens the main clause, and a denied verb there
    /// with an object of its own denies that object, not what the condition names. ("If you give
    /// us your email, we do not share it" points back; so may "this", "these", "its". A verb that
    /// is not denied may take what the condition names: "if you sign in with Facebook, we
    /// receive your friends list" receives it from there.)
    static func endsCondition(_ tokens: [Token], subject: Int, verb: Int, mentionEnd: Int) -> Bool {
        guard subject >= 1, tokens[subject - 1].text == ",", tokens[subject].classes.contains(.firstParty), verb + 1 < tokens.count,
            (subject + 1..<verb).contains(where: { Self.negations.contains(tokens[$0].text) }),
            Self.ownSubjectDeterminers.contains(tokens[verb + 1].text) || tokens[verb + 1].text == "nothing",
            let opener = (max(0, mentionEnd - 16)..<mentionEnd).last(where: { Self.occasionWords.contains(tokens[$0].text) })
        else { return false }
        return !(opener..<subject - 1).contains { tokens[$0].text == "," }
    }

    /// The verb is the user's doing, not the vendor's: "you can use your email", "keep your
    /// password safe" (an imperative at the start of the clause), "if you access the site".
    static func isUsersOwnAction(_ tokens: [Token], verb: Int, clause: Range<Int>) -> Bool {
        // "based on" has the subject of its clause, not the "you" it serves: "we show you ads
        // based on"; "you can sort results based on" is the user's.
        // (Nor when it qualifies what the user does: "players may opt in to receive offers based on
        // their location".)
        if tokens[verb].text == "based" {
            if let earlier = (clause.lowerBound..<verb).last(where: { tokens[$0].classes.contains(.collect) && tokens[$0].text != "based" }),
                isUsersOwnAction(tokens, verb: earlier, clause: clause)
            {
                return true
            }
            return tokens[clause.lowerBound].text == "you"
                && !(clause.lowerBound..<verb).contains(where: { tokens[$0].classes.contains(.firstParty) })
        }
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
            // "even while you are not using the app": the user's own doing, in the progressive.
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
            // "..., so that the advertiser can fulfil the offer": the party the purpose names is
            // the one we give it to.
            if tokens[i].text == "so" {
                var k = i + 1
                if k < end, tokens[k].text == "that" { k += 1 }
                if k < end, Self.pointingDeterminers.contains(tokens[k].text) || Self.ownerWords.contains(tokens[k].text) { k += 1 }
                if k < end, Self.otherParties.contains(tokens[k].text) || tokens[k].classes.contains(.thirdParty) { return true }
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
}
