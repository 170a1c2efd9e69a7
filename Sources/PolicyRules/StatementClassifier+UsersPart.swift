// The user's own part: occasions the user meets, controls the user holds, and denials and
// conditions that are the user's rather than ours.
extension StatementClassifier {
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
    static let choosers = userWords.union(["visitors"])

    /// Verbs of picking, besides the choice verbs: "select which apps", "control whether".
    static let pickVerbs: WordSet = ["select", "pick", "specify", "control", "manage", "limit", "restrict", "adjust", "set"]

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
            // "Choose which apps can access your location", "Control whether apps may use your
            // camera": an imperative choice over what others may do.
            // ("Review what data we collect" points to what we do.)
            if Self.choiceVerbs.contains(tokens[first].text) || Self.pickVerbs.contains(tokens[first].text),
                first + 1 < clause.upperBound, Self.choiceObjects.contains(tokens[first + 1].text)
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
                // "you have the right to delete", "You have the option to opt out": a choice named as a noun.
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
        // "You may choose not to give us your date of birth": the user's choice not to give it,
        // said as a statement, makes it optional, as "if you choose not to" does.
        if denial >= 1, denial + 3 < range.lowerBound, Self.choiceVerbs.contains(tokens[denial - 1].text),
            (max(clause.lowerBound, denial - 4)..<denial).contains(where: { tokens[$0].text == "you" }),
            tokens[denial + 1].text == "to", tokens[denial + 2].classes.contains(.userGiving)
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
}
