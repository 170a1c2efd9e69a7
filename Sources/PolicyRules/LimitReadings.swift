extension StatementClassifier {
    /// What `read` knows of one mention once it has weighed the clause's verbs and its denial:
    /// the input of the limit readings.
    struct LimitContext {
        /// The sentence's tokens, annotated, with the other mentions masked.
        let tokens: [Token]
        /// The clause around the mention.
        let clause: Range<Int>
        /// The mention's tokens.
        let mention: Range<Int>
        /// The collection and giving verbs that govern the mention, in order.
        let allVerbs: [Int]
        /// Those of `allVerbs` the denial can be about: not a condition's verb after the mention,
        /// nor a participle that describes it, and in a table row only the mention's own sentence.
        let ownVerbs: [Int]
        /// A verb or a list cue makes the clause a statement of collection.
        let collection: Bool
        /// The clause denies the mention, whoever does the denying.
        let denied: Bool
        /// The clause denies the mention and the denial is the vendor's, not the user's.
        let negated: Bool
        /// The nearest negation before the mention in the clause.
        let denialBefore: Int?
    }

    /// Readings of a clause that on its face collects or denies the mention but does neither: a
    /// consequence of the user's refusal, a warning about requests that pretend to come from us, a
    /// limit on a use or on who may look. Each is one construction of policy language and tests its
    /// own precondition (a denial, a collection); `read` takes the mention out of both when any of
    /// them holds, so their order does not matter.
    static let limitReadings: [@Sendable (LimitContext) -> Bool] = [
        deniesPurposeOfData, isConsequence, namesRefusedSetting, opensWithWithout, limitsStaffAccess, namesContainer,
        losesAbility, warnsOfUnsolicited, warnsOfChannel, namesCompanion, limitsUseToPurpose, namesToolOfPurpose, namesMeans,
    ]

    /// "A cookie is not used to access the data on your hard drive": a denied purpose of the
    /// data or tool, which says neither that it is kept nor that it is not.
    static func deniesPurposeOfData(_ c: LimitContext) -> Bool {
        c.denied && deniesPurposeOnly(c.tokens, after: c.mention, clause: c.clause)
    }

    /// "If you turn those cookies off, we will not be able to measure speed": what we cannot do
    /// once the user refuses is a consequence. It neither denies the data nor, in the negative,
    /// says that we collect it.
    /// (The refusal's own "do not" need not reach the mention: "if you do not let us collect it,
    /// we might not be able to reflect your interests". A denial after the mention counts when it
    /// is what denies it: "if you opt out, data tied to these cookies will not be used".)
    static func isConsequence(_ c: LimitContext) -> Bool {
        guard c.denied || c.collection,
            let denial = c.denialBefore
                ?? (c.denied ? (c.mention.upperBound..<c.clause.upperBound).first(where: { isNegation(c.tokens, $0) }) : nil)
        else { return false }
        return isConsequenceOfRefusal(c.tokens, denial: denial)
    }

    /// "If you do not enable location services, we do not collect your location": what the
    /// refused condition names is the setting the consequence depends on, not data collected.
    /// (Not when the condition has a verb of ours for it: "if you do not allow us to use cookies".)
    static func namesRefusedSetting(_ c: LimitContext) -> Bool {
        let (tokens, clause, range) = (c.tokens, c.clause, c.mention)
        guard c.collection,
            let condition = (clause.lowerBound..<range.lowerBound).last(where: { opensUsersCondition(tokens, $0, before: range.lowerBound) }),
            !(condition..<range.lowerBound).contains(where: { tokens[$0].text == "," }),
            !c.allVerbs.contains(where: { $0 > condition && $0 < range.lowerBound }),
            let comma = (range.upperBound..<clause.upperBound).first(where: { tokens[$0].text == "," }),
            let denial = (comma + 1..<clause.upperBound).first(where: { isNegation(tokens, $0) })
        else { return false }
        return isConsequenceOfRefusal(tokens, denial: denial)
    }

    /// "Without these cookies, the services you ask for cannot be provided": an opening "without"
    /// phrase is the condition of what follows. It neither denies the data nor collects it
    /// ("Without limiting the above, we collect ..." reads on after its comma).
    static func opensWithWithout(_ c: LimitContext) -> Bool {
        guard c.tokens.first?.text == "without", let comma = c.tokens.firstIndex(where: { $0.text == "," }) else { return false }
        return c.mention.upperBound <= comma
    }

    /// "Zoom employees do not access meeting content", "Our staff never read your messages": what
    /// the vendor's people may look at limits their access to data the service holds; it does not
    /// deny holding it.
    static func limitsStaffAccess(_ c: LimitContext) -> Bool {
        guard c.denied, let denial = c.denialBefore else { return false }
        return (max(c.clause.lowerBound, denial - 4)..<denial).contains { staffWords.contains(c.tokens[$0].text) }
    }

    /// "We do not store your name in cookies", "no personal data is ever kept inside that cookie":
    /// the container after "in" is where the denied data would be kept. The denial is of the data;
    /// of the container it says nothing.
    /// ("We never save the entries in your contacts list" denies the list's content: only a mention
    /// that names a store of data is a container.)
    static func namesContainer(_ c: LimitContext) -> Bool {
        let (tokens, clause, range) = (c.tokens, c.clause, c.mention)
        guard c.denied, !range.isEmpty, containerNouns.contains(tokens[range.upperBound - 1].text),
            let container = (max(clause.lowerBound, range.lowerBound - 3)..<range.lowerBound).last(where: { containerWords.contains(tokens[$0].text) }
            )
        else { return false }
        return (container + 1..<range.lowerBound).allSatisfy { articles.contains(tokens[$0].text) || containerOwners.contains(tokens[$0].text) }
            && c.allVerbs.contains { $0 < container && keepingVerbs.contains(tokens[$0].text) }
    }

    /// "With cookies off we might not be able to save your settings": what may become impossible
    /// (once cookies are off, when a setting is changed) is a consequence, neither a denial nor a
    /// collection. ("We are not able to see your password" still denies.)
    static func losesAbility(_ c: LimitContext) -> Bool {
        let tokens = c.tokens
        guard c.denied, let denial = c.denialBefore, denial >= 1, denial + 3 < c.mention.lowerBound else { return false }
        return modals.contains(tokens[denial - 1].text) && tokens[denial + 1].text == "be" && tokens[denial + 2].text == "able"
            && tokens[denial + 3].text == "to"
    }

    /// "Our staff never request passwords by unsolicited calls or emails": a warning about
    /// messages that pretend to come from us. It denies neither the data (the service may take the
    /// password at sign-in) nor the channel.
    static func warnsOfUnsolicited(_ c: LimitContext) -> Bool {
        c.denied
            && c.clause.contains { k in
                c.tokens[k].text == "unsolicited" && k > c.clause.lowerBound && channelOpeners.contains(c.tokens[k - 1].text)
            }
    }

    /// "We will never ask you for a password by e-mail", "never request your card number over the
    /// phone": the same warning without "unsolicited". The request is denied only through the
    /// channel named after the data; the service may still take the data at sign-in.
    static func warnsOfChannel(_ c: LimitContext) -> Bool {
        let (tokens, clause, range) = (c.tokens, c.clause, c.mention)
        guard c.denied, let denial = c.denialBefore, (denial + 1..<range.lowerBound).contains(where: { askingVerbs.contains(tokens[$0].text) })
        else { return false }
        return (range.upperBound..<clause.upperBound).contains { k in
            guard channelPrepositions.contains(tokens[k].text) else { return false }
            let next = (k + 1..<min(clause.upperBound, k + 4)).first { !channelDeterminers.contains(tokens[$0].text) }
            // ("in a post" is a message on a feed, not the post office.)
            return next.map { channelWords.contains(tokens[$0].text) && tokens[$0].text != "post" } ?? false
        }
    }

    /// "We don't store your IP address alongside your queries": what the denied data would be kept
    /// with is named, neither denied nor collected by that sentence.
    static func namesCompanion(_ c: LimitContext) -> Bool {
        let (tokens, clause, range) = (c.tokens, c.clause, c.mention)
        guard c.denied,
            let along = (clause.lowerBound..<range.lowerBound).last(where: { k in
                tokens[k].text == "alongside" || (k > 0 && tokens[k].text == "with" && companionWords.contains(tokens[k - 1].text))
            })
        else { return false }
        return !hasVerb(tokens, in: along + 1..<range.lowerBound) && (clause.lowerBound..<along).contains { isNegation(tokens, $0) }
    }

    /// "We do not use your IP address to identify you", "We don't show ads based on sensitive
    /// categories such as health": a denied use for a purpose limits the use; it does not deny
    /// holding the data. ("We do not use cookies" still denies.)
    /// (Only the verb's own denial: "information (not including your name) is used to serve ads"
    /// still denies the name.)
    static func limitsUseToPurpose(_ c: LimitContext) -> Bool {
        let tokens = c.tokens
        // "We do not show ads based on your location": what a denied act would be based on is a
        // denied use; the act is its purpose.
        // (The nearest verb before the mention: "we never use topics or target ads based on health".)
        // (Whoever's act it is: "ads ... will not be chosen for you based on what you do". Not
        // when the clause also denies collecting it: "we never knowingly collect nor target ads based
        // on health".)
        if let based = c.ownVerbs.last(where: { $0 < c.mention.lowerBound }) ?? c.ownVerbs.first, tokens[based].text == "based",
            c.ownVerbs.allSatisfy({ tokens[$0].text == "based" || useForms.contains(tokens[$0].text) }),
            (max(c.clause.lowerBound, based - 8)..<based).contains(where: { isNegation(tokens, $0) })
        {
            return true
        }
        guard c.negated, let first = c.ownVerbs.first, c.ownVerbs.allSatisfy({ useForms.contains(tokens[$0].text) }) else { return false }
        return (max(c.clause.lowerBound, first - 4)..<first).contains { isNegation(tokens, $0) }
            && namesPurpose(tokens, after: first, mention: c.mention, end: c.clause.upperBound)
    }

    /// "We never use cookies to gather your personal data": the tool named right before a denied
    /// collecting purpose is the means; the denial is of what it would collect (still denied when
    /// named), not of the tool. ("We do not use cookies." still denies them.)
    static func namesToolOfPurpose(_ c: LimitContext) -> Bool {
        let (tokens, clause, range) = (c.tokens, c.clause, c.mention)
        guard c.negated, !range.isEmpty, let use = c.allVerbs.last(where: { $0 < range.lowerBound }), useForms.contains(tokens[use].text),
            (max(clause.lowerBound, use - 4)..<use).contains(where: { isNegation(tokens, $0) })
        else { return false }
        return technologyNouns.contains(tokens[range.upperBound - 1].text) && range.upperBound + 1 < clause.upperBound
            && tokens[range.upperBound].text == "to" && tokens[range.upperBound + 1].classes.contains(.collect)
    }

    /// Words before the means of a practice: "collected through our cookies", "via web beacons".
    static let meansPrepositions: WordSet = ["through", "via"]

    /// "No personal information is collected through our cookies", "we do not gather data via web
    /// beacons": the means named after a denied collection is how it would be done. The denial is
    /// of what would be collected, not of the means. ("We do not use cookies" still denies them.)
    static func namesMeans(_ c: LimitContext) -> Bool {
        let (tokens, clause, range) = (c.tokens, c.clause, c.mention)
        // (Every item of a list of means: "through our cookies or web beacons".)
        guard c.denied,
            let means = (max(clause.lowerBound, range.lowerBound - 8)..<range.lowerBound).last(where: { meansPrepositions.contains(tokens[$0].text) }
            ),
            (means + 1..<range.lowerBound).allSatisfy({ k in
                tokens[k].classes.isDisjoint(with: verbClasses.union([.firstParty, .negation])) && (tokens[k].isWord || tokens[k].text == ",")
            })
        else { return false }
        return c.allVerbs.contains { $0 < means && $0 >= means - 3 && tokens[$0].classes.contains(.collect) }
    }
}
