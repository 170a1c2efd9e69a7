// Denials: whether the clause denies the mention, how far a denial reaches, and the denials that
// only limit a practice.
extension StatementClassifier {
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

    /// The modals that open a main clause after a relative one: "apps which cannot use your
    /// exact location may still see your town", "... will have access to your general location".
    static let mainClauseModals = WordSet(modals.union(["will", "would", "must", "should", "shall"]))

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

    /// "we cannot know who has access to your card details": between `i` and the verb, a "who"
    /// that a verb of knowing asks about is the verb's subject, an unknown person, not us.
    static func asksWho(_ tokens: [Token], after i: Int, verb v: Int) -> Bool {
        (i + 1..<v).contains { k in Self.askedPeople.contains(tokens[k].text) && Self.knowingVerbs.contains(tokens[k - 1].text) }
    }
    static let askedPeople: WordSet = ["who", "whoever"]
    static let knowingVerbs: WordSet = ["know", "knows", "tell", "determine", "verify", "control", "see", "check", "identify"]

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
        if namesWhatIsRequired(tokens, mention: range, clause: clause) { return false }
        if headsList(tokens, mention: range, clause: clause) { return true }
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
            if leavesMention(tokens, denial: i, mention: range, clause: clause, verbs: verbs) { continue }
            if reachesMention(tokens, denial: i, mention: range, clause: clause, verbs: verbs) { return true }
        }
        return isDeniedAfter(tokens, mention: range, clause: clause, verbs: verbs)
    }

    /// "We cannot provide the service without these cookies", "it is not possible to recover
    /// your account without your password": after an impossibility, "without" names what is
    /// required. ("without sending your voice data" still denies the sending.)
    static func namesWhatIsRequired(_ tokens: [Token], mention range: Range<Int>, clause: Range<Int>) -> Bool {
        guard let without = (max(clause.lowerBound, range.lowerBound - 4)..<range.lowerBound).last(where: { tokens[$0].text == "without" })
        else { return false }
        return !hasVerb(tokens, in: without + 1..<range.lowerBound)
            && !(without + 1..<range.lowerBound).contains(where: { tokens[$0].text.hasSuffix("ing") })
            && (clause.lowerBound..<without).contains(where: { k in
                Self.impossibilityWords.contains(tokens[k].text)
                    || tokens[k].text == "not" && (k + 1..<min(without, k + 3)).contains { Self.possibilityWords.contains(tokens[$0].text) }
            })
    }

    /// "no analytics or crash reports": a "no" that heads the list the mention stands in.
    /// "(but not your user name, address or other personal details)", "(not including your
    /// name, postal or email address, or phone number)": so does a "not" that opens the list.
    static func headsList(_ tokens: [Token], mention range: Range<Int>, clause: Range<Int>) -> Bool {
        var back = range.lowerBound - 1
        while back >= clause.lowerBound, range.lowerBound - back <= 14 {
            let token = tokens[back]
            if isNegation(tokens, back), Self.listNegations.contains(token.text) { return true }
            if token.text == "not", isNegation(tokens, back), back > 0, back + 1 < tokens.count,
                tokens[back - 1].text == "but" || tokens[back + 1].text == "including"
            {
                return true
            }
            // ("We never sell information you share in your posts": a verb between the denial and
            // the mention ends the list the denial could head.)
            if !token.classes.intersection([.collect, .firstParty, .userGiving, .otherPractice]).isEmpty { break }
            // ("to let users move between sites without signing in, understand site usage": a
            // verb of purpose starts the next item of a list of purposes.)
            if Self.purposeVerbs.contains(token.text), back > clause.lowerBound, tokens[back - 1].text == "," { break }
            if !token.isWord, token.text != "," { break }
            back -= 1
        }
        return false
    }

    /// Whether the denial at `denial`, before the mention, speaks of something else: a case it
    /// only supposes, an aside, a relative clause, or a clause of its own before the mention's.
    static func leavesMention(_ tokens: [Token], denial i: Int, mention range: Range<Int>, clause: Range<Int>, verbs: [Int]) -> Bool {
        // "If we do not receive your payment details, the order is cancelled", "if your face
        // cannot be detected in a photo": a denial inside a condition, with the mention, only
        // supposes a case. (After the condition's comma, or its own subject and verb, the main
        // clause denies: "if you are under 13 we do not collect your name".)
        if isInCondition(tokens, denial: i, mention: range, clause: clause) {
            return true
        }
        // "we set plain cookies (not unique) that hold your choices": a denial inside a
        // parenthesis that closes before the mention speaks of the parenthesis only. ("We do not
        // (and will not) collect" ends its parenthesis with the denial of the verb after it.)
        if i + 1 < tokens.count, tokens[i + 1].isWord, isInClosedAside(tokens, i, from: clause.lowerBound, before: range.lowerBound) {
            return true
        }
        // "Widgets which cannot use your exact location might still use your town": a denial
        // inside a relative clause ends where the main clause's modal comes after its verb.
        if i >= 1, (max(clause.lowerBound, i - 2)..<i).contains(where: { Self.relativePronouns.contains(tokens[$0].text) }),
            let denied = verbs.first(where: { $0 > i && $0 - i <= 5 }), denied < range.lowerBound,
            // (Not the modal of another relative clause: "the list of apps that can use your location".)
            (denied + 1..<range.lowerBound).contains(where: {
                Self.mainClauseModals.contains(tokens[$0].text) && !Self.relativePronouns.contains(tokens[$0 - 1].text)
            })
        {
            return true
        }
        // "We do not retain full card details, we only save your name": a comma and a new
        // subject of ours open another clause, and the denial stays in the first. So does the
        // user with a verb of their own: "so that we never collect data from minors by
        // mistake, you may be asked for your birth date". So does "which means that we":
        // "we do not honour those signals, which means that we collect your activity".
        if (i + 1..<max(i + 1, range.lowerBound - 1)).contains(where: { k in
            tokens[k].text == ","
                && (tokens[k + 1].classes.contains(.firstParty)
                    || (k + 2 < range.lowerBound && tokens[k + 1].text == "which" && tokens[k + 2].text == "means"
                        && saysWhatWeDo(tokens, after: k + 2))
                    || (tokens[k + 1].text == "you" && k + 2 < range.lowerBound && Self.subjectVerbs.contains(tokens[k + 2].text)))
        }) {
            return true
        }
        // "We do not store your full card number and only keep the last four digits": a verb
        // after "and only" ("but we only") is what is done; the denial stays before it.
        if (i + 2..<max(i + 2, range.lowerBound - 1)).contains(where: { k in
            guard tokens[k].text == "only", !tokens[k + 1].classes.isDisjoint(with: Self.verbClasses) else { return false }
            let before = tokens[k - 1].classes.contains(.firstParty) ? k - 2 : k - 1
            return before > i && (Self.joiners.contains(tokens[before].text) || tokens[before].text == "but" || tokens[before].text == ",")
        }) {
            return true
        }
        return false
    }

    /// Whether the denial at `denial`, before the mention, reaches it: right before it, through the
    /// verb that takes it, or through a denied inclusion, means or aside.
    static func reachesMention(_ tokens: [Token], denial i: Int, mention range: Range<Int>, clause: Range<Int>, verbs: [Int]) -> Bool {
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
        // ("We will not sell, rent, or collect": a list of denied verbs reaches its last one.)
        // ("companies we do not own, including data collected from cookies": a verb inside the
        // examples that "including" or "such as" opens belongs to them, not to the denied verb.)
        if verbs.contains(where: { v in
            v > i && (v - i - bracketed(tokens, in: i + 1..<v) <= 5 || isVerbList(tokens, i + 1..<v))
                && !(inAside && (i + 1..<v).contains { tokens[$0].text == "," })
                && !hasOwnSubject(tokens, verb: v, after: i) && !asksWho(tokens, after: i, verb: v)
                && !(i + 1..<v).contains { isExampleCue(tokens, $0) }
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
            (i + 2..<range.lowerBound).contains { isExampleCue(tokens, $0) } && !hasVerb(tokens, in: i + 2..<range.lowerBound)
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
        return false
    }

    /// "including", or "such as", opens examples at `k`. (A sentence may end at "such": one that
    /// is read up to its end looks at every word of it.)
    static func isExampleCue(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[k].text == "including" || (tokens[k].text == "such" && k + 1 < tokens.count && tokens[k + 1].text == "as")
    }

    /// Whether `span` holds only verbs of a practice, their modals and the commas and joiners of
    /// a list: "sell, rent, or" before "collect".
    static func isVerbList(_ tokens: [Token], _ span: Range<Int>) -> Bool {
        span.allSatisfy { k in
            !tokens[k].classes.isDisjoint(with: Self.verbClasses) || tokens[k].text == "," || Self.joiners.contains(tokens[k].text)
                || Self.verbFillers.contains(tokens[k].text)
        }
    }

    /// A denial after the mention, before its verb ("X is not collected"), unless it belongs to a
    /// second predicate that only limits the first, to a clause of its own or to a relative clause.
    static func isDeniedAfter(_ tokens: [Token], mention range: Range<Int>, clause: Range<Int>, verbs: [Int]) -> Bool {
        lazy var isRow = isTableRow(tokens)
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
            // ("If the photo of your face is not placed first, we place it first": a denial in the
            // condition that the mention opens only supposes a case, as before the mention.)
            if isNegation(tokens, i),
                verbs.contains(where: { $0 > i && $0 - i <= 3 })
                    || (i + 1 < clause.upperBound && Self.sendingWords.contains(tokens[i + 1].text) && i > range.upperBound
                        && Self.beForms.contains(tokens[i - 1].text)),
                !isInCondition(tokens, denial: i, mention: range, clause: clause, before: true)
            {
                return true
            }
            i += 1
        }
        return false
    }

    /// The denial at `denial` and the mention are inside one "if" clause: "if" with at most one
    /// subject before the denial (its own: "if we", "if your face"), and no comma or semicolon
    /// before the mention. (The user's conditions, "if you would rather not use your name", are
    /// read as the user's own denials.)
    /// With `before`, the mention comes first and is the condition's subject: "if your photo is
    /// not placed first".
    static func isInCondition(_ tokens: [Token], denial: Int, mention range: Range<Int>, clause: Range<Int>, before: Bool = false) -> Bool {
        let first = before ? range.lowerBound : denial
        guard let opener = (max(clause.lowerBound, first - 6)..<first).last(where: { tokens[$0].text == "if" }) else { return false }
        let subjects = (opener + 1..<denial).filter { Self.conditionSubjects.contains(tokens[$0].text) }
        return subjects.allSatisfy { $0 == opener + 1 && tokens[$0].text != "you" }
            && !(opener..<(before ? denial : range.lowerBound)).contains { !tokens[$0].isWord && tokens[$0].text != "(" && tokens[$0].text != ")" }
    }
    /// The subjects a condition can open with: those that end the user's condition, but not the
    /// relative pronouns, and the user.
    static let conditionSubjects = WordSet(otherSubjects.filter { !relativePronouns.contains($0) }).union(["you"])

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
}
