import PolicyModel
import PolicyRules

/// Turns a `Document` into findings: every sentence's category mentions, read with the sentence's
/// clause (verbs, negation, hedging, actor) and, where the sentence alone says nothing, its place in
/// the document (a list introduced by "We collect:", a section headed "Information We Collect").
public struct Analyzer: Sendable {
    /// The rules in force.
    public let rules: RuleSet

    /// An analyzer over `rules`.
    public init(rules: RuleSet) {
        self.rules = rules
    }

    /// What the blocks before a list said about it ("We do not collect the following:"), or a
    /// table's own answer for its row.
    struct Context {
        var collection: Bool
        var negated: Bool
        var hedged: Bool
        var actor: Actor
        /// The introduction lists purposes, another practice or the user's own doings ("We use
        /// cookies to:", "We share it with:", "You can help keep it safe by:"): its items are not
        /// read as the section's data either.
        var listsNoData = false
        /// The table's own answer ("Collected? NO"): it decides every mention of the row, whatever
        /// the row's wording says.
        var decisive = false
        /// The introduction ends on a denied verb ("Our ads do not require:", "We will never:"):
        /// items that open with a verb continue the denial.
        var deniesItsVerb = false
        /// The introduction tells the user what they can do ("You can help keep your account safe
        /// by:"): its items are the user's doings ("using a different password for each site").
        var usersDoing = false
        /// The introduction gives what a term does not include (the CCPA's "personal information",
        /// said not to include a list): its items, whatever their verbs ("health records a
        /// hospital gathers"), describe the law's scope, not what we do.
        var definesScope = false
    }

    /// The table the current row belongs to: its first row, and which column of it answers
    /// "Collected?" (nil when none does).
    struct Table {
        var header: [String]
        var collectedColumn: Int?
    }

    /// Analyzes one policy.
    public func analyze(_ document: Document, source: SourceInfo) -> PolicyResult {
        let (findings, language) = read(document)
        return PolicyResult(source: source, findings: findings, readability: language.readability)
    }

    /// The findings of `document`, in document order. Blocks not in English are not read.
    public func findings(in document: Document) -> [Finding] {
        read(document).findings
    }

    private func read(_ document: Document) -> (findings: [Finding], language: LanguageCheck.Verdict) {
        var result: [Finding] = []
        var listIntro: Context?
        var sectionCache: [[String]: Context?] = [:]
        var matchCache = PhraseMatcher.MatchCache()
        let tokenized = document.blocks.map { block in block.kind == .heading ? [] : block.sentences.map { Tokenizer.tokens($0.text) } }
        let language = LanguageCheck.verdict(document, tokenized: tokenized)
        var (classCache, ownName) = Self.documentClasses(document, tokenized: tokenized)
        let listedAnswers = Self.listedAnswers(document.blocks)
        var table: Table?
        for (blockIndex, block) in document.blocks.enumerated() {
            if block.kind == .tableRow {
                // A table starts at its first row, or where a row that answers nothing has another
                // number of cells or asks "Collected?" itself (Markdown tables follow one another
                // with no block between them).
                if table == nil || !block.cells.contains(where: { Self.answer($0) != nil }) {
                    let column = Self.collectedColumn(block.cells)
                    if table.map({ $0.header.count != block.cells.count || column != nil }) ?? true {
                        table = Table(header: block.cells, collectedColumn: column)
                    }
                }
            } else {
                table = nil
            }
            // Lines after "we collect the following information:" that are short and end without a
            // full stop are that list's items, written as lines instead of a list ("Screen name",
            // "E-mail address").
            var item = false
            switch block.kind {
            case .heading:
                listIntro = nil
                continue
            case .listItem, .tableRow, .definition:
                break
            case .paragraph:
                if listIntro != nil, Self.isListLine(block) || Self.isExamplesLine(block) { item = true } else { listIntro = nil }
            }
            guard language.read[blockIndex] else {
                listIntro = nil
                continue
            }
            let section: Context?
            if let cached = sectionCache[block.section] {
                section = cached
            } else {
                section = Self.sectionContext(block.section)
                sectionCache[block.section] = section
            }
            // "Geolocation data. Physical location or movements. | NO" under "Category |
            // Collected? | Disclosed?": the table answers for the row; "Collected: No." for the
            // lines of the listed category before it.
            let tableAnswer =
                block.kind == .tableRow
                ? table.flatMap { table in table.collectedColumn.flatMap { Self.answer(in: block.cells, column: $0, of: table.header.count) } }
                : nil
            var intro = listIntro
            if let collected = tableAnswer ?? listedAnswers[blockIndex] {
                intro = Context(collection: true, negated: !collected, hedged: false, actor: .firstParty, decisive: true)
            }
            let sentences = tokenized[blockIndex]
            for (index, (sentence, tokens)) in zip(block.sentences, sentences).enumerated() {
                var heading = section
                // (Under a heading that already lists collected data, the heading decides.)
                if block.kind == .paragraph, index == 0, sentences.count > 1, section?.collection != true, Self.isRunInLabel(tokens),
                    let label = Self.runInLabelContext(next: sentences[1], classCache: &classCache)
                {
                    heading = label
                }
                // Examples after a statement of our collection are of its data.
                var sentenceIntro = intro
                var sentenceItem = item
                if block.kind == .paragraph, index > 0, intro == nil, Self.opensExamples(tokens),
                    let examples = Self.examplesContext(previous: sentences[index - 1], classCache: &classCache)
                {
                    sentenceIntro = examples
                    sentenceItem = true
                }
                result.append(
                    contentsOf: findings(
                        sentence, tokens: tokens, block: block, item: sentenceItem, intro: sentenceIntro, section: heading,
                        ownName: ownName, classCache: &classCache, matchCache: &matchCache))
            }
            if block.kind == .paragraph, block.text.hasSuffix(":"), let tokens = tokenized[blockIndex].last {
                listIntro = introduction(tokens, of: block, section: section, classCache: &classCache, matchCache: &matchCache)
            }
        }
        return (result, language)
    }

    /// "Demographic details. We may collect data about the events you enjoy.": a run-in label
    /// names the data its paragraph then says is collected, when the next sentence is our
    /// collection.
    private static func runInLabelContext(next sentence: [Token], classCache: inout [String: WordClass]) -> Context? {
        var next = sentence
        StatementClassifier.annotate(&next, cache: &classCache)
        let reading = StatementClassifier.read(next, mention: next.count..<next.count)
        guard reading.collection, reading.actor == .firstParty else { return nil }
        return Context(collection: true, negated: reading.negated, hedged: reading.hedged, actor: .firstParty)
    }

    /// "We gather this data when you open an account. Examples include your name and email
    /// address.": examples after a statement of our collection are of its data.
    private static func examplesContext(previous sentence: [Token], classCache: inout [String: WordClass]) -> Context? {
        var previous = sentence
        StatementClassifier.annotate(&previous, cache: &classCache)
        // Read at the data it names ("this information"), which an occasion after it
        // ("when you sign up") does not govern.
        let at = previous.firstIndex { Self.dataHeadingWords.contains($0.text) } ?? previous.count
        let reading = StatementClassifier.read(previous, mention: at..<at)
        // (A verb of collection: "Usage data consists of details that cannot identify
        // you. Examples include: ..." defines a term.)
        guard reading.collection, reading.actor == .firstParty, !reading.negated, reading.basis != "includes" else { return nil }
        return Context(collection: true, negated: false, hedged: reading.hedged, actor: .firstParty)
    }

    /// The word classes that this document gives its own names, and the vendor's own name: a
    /// company that the text names as itself is the first party.
    private static func documentClasses(_ document: Document, tokenized: [[[Token]]]) -> (classes: [String: WordClass], ownName: OwnName) {
        var classCache: [String: WordClass] = [:]
        let selfNamed = Self.selfNamedCompanies(title: document.title, tokenized: tokenized)
        for name in selfNamed {
            for form in [name, name + "'s"] {
                var classes = StatementClassifier.classes(of: form)
                classes.remove(.thirdParty)
                classes.insert(.firstParty)
                classCache[form] = classes
            }
        }
        var ownName = OwnName(title: document.title)
        ownName.platforms = selfNamed
        // "Information you decide to share with Acme" in Acme's policy gives it to us: a
        // one-word name from the title that the text always writes as a name is the vendor.
        if ownName.words.count == 1, let name = ownName.words.first, classCache[name] == nil,
            Self.isWrittenAsName(name, in: document)
        {
            classCache[name] = StatementClassifier.classes(of: name).union(.ownName)
        }
        return (classCache, ownName)
    }

    /// What a paragraph that ends with a colon makes of the items after it: data we collect (or
    /// deny), purposes, the user's own doings, or a term's scope.
    private func introduction(
        _ sentence: [Token], of block: Block, section: Context?, classCache: inout [String: WordClass], matchCache: inout PhraseMatcher.MatchCache
    ) -> Context {
        var tokens = sentence
        // Annotated with the document's word classes: "Microsoft collects the following:"
        // in Microsoft's own statement is the first party.
        StatementClassifier.annotate(&tokens, cache: &classCache)
        let end = tokens.count
        let reading = StatementClassifier.read(tokens, mention: end..<end)
        // "We use the information we collect to:" introduces purposes, not data.
        let words = tokens.filter(\.isWord).map(\.text)
        // "in the following ways" can introduce either ("we collect data in the following
        // ways:"), so only a use with no collection verb makes it a list of purposes.
        // ("Personal Information we collect from you serves several ends,
        // including:": the "we collect" of a relative clause names the data used.)
        let usesOnly =
            words.contains { ["use", "uses", "using"].contains($0) }
            && !words.indices.contains { i in
                Self.isGatheringVerb(words[i])
                    && !(i >= 2 && words[i - 1] == "we" && ["information", "data", "details"].contains(words[i - 2]))
            }
        // "... to:" introduces purposes; "including, but not limited to:" continues a list.
        let purposes =
            (words.last == "to" && words.dropLast().last != "limited")
            || words.contains { $0 == "purpose" || $0 == "purposes" } || (usesOnly && words.contains("ways"))
        // ("We do not share it except:" lists exceptions: what follows is done.)
        let deniesItsVerb =
            reading.negated && words.last.map { Self.deniedVerbEnds.contains($0) || StatementClassifier.isCollectVerb($0) } == true
            && !words.contains { Self.exceptionWords.contains($0) }
        // "App, browser and device information:": a short label that names a kind of data
        // and has no verb introduces its list as a heading would. ("Data processors:",
        // "Personal information:" and "For more information:" name none.)
        let label =
            (2...8).contains(words.count) && words.last.map(Self.labelHeads.contains) == true
                && !reading.collection && reading.basis.isEmpty && !words.contains { Self.pointerWords.contains($0) }
                && !rules.mentions(in: tokens, cache: &matchCache).isEmpty
            ? Self.sectionContext([block.text]) : nil
        // "You can also help keep your information safe by:": the items are the user's
        // doings, whatever the section is about. ("You can also give us:" hands data over;
        // "You can read about the cookies we use in the table below:" introduces ours.)
        let usersOwn = StatementClassifier.tellsUsersOwnDoing(tokens) && !tokens.contains { $0.classes.contains(.firstParty) }
        // "As the CCPA uses the term, personal information does not include:": the items
        // are the term's scope (public records, data covered by other laws), not our data.
        let scope = StatementClassifier.definesScope(tokens)
        return Context(
            collection: !purposes && !usersOwn && !scope
                && (reading.collection || (section?.collection ?? false) || (label?.collection ?? false)),
            negated: reading.negated || (section?.negated ?? false) || (label?.negated ?? false), hedged: reading.hedged,
            actor: reading.actor,
            listsNoData: purposes || reading.otherPractice || usersOwn || scope, deniesItsVerb: deniesItsVerb, usersDoing: usersOwn,
            definesScope: scope)
    }

    /// A sentence that opens with its examples: "Examples include ...", "Examples are ...".
    /// ("For example, ..." opens a sentence of its own: "For example, you can turn off chat
    /// history.")
    static func opensExamples(_ tokens: [Token]) -> Bool {
        tokens.count >= 3 && tokens[0].text == "examples" && ["include", "includes", "are", ":"].contains(tokens[1].text)
    }

    /// The column of a table's first row that asks whether a category is collected: "Collected?",
    /// "Collected in the last 12 months", "Do we collect it?". Not the first column, which names
    /// the category ("Categories of personal information collected").
    static func collectedColumn(_ header: [String]) -> Int? {
        header.indices.dropFirst().first { column in
            let words = Tokenizer.tokens(header[column]).filter(\.isWord).map(\.text)
            return words.contains { $0.hasPrefix("collect") } && !words.contains { Self.otherColumnWords.contains($0) }
                && words.count <= 8
        }
    }

    /// Header words of a column that asks about another practice ("Disclosed?", "Sold or shared")
    /// or names the categories and their sources.
    static let otherColumnWords: WordSet = [
        "disclosed", "shared", "sold", "sell", "share", "disclose", "source", "sources", "purpose", "purposes", "categories", "category",
    ]

    /// The same disclosure written as a list: "Category G: Geolocation data." / "For example:
    /// Approximate physical location." / "Collected: No." A line "Collected: yes/no" answers for
    /// the two blocks before it (no further than a heading or the previous answer), by index.
    static func listedAnswers(_ blocks: [Block]) -> [Int: Bool] {
        var result: [Int: Bool] = [:]
        for (i, block) in blocks.enumerated() where block.kind != .heading {
            guard let collected = answerLine(block.text) else { continue }
            var j = i - 1
            while j >= 0, i - j <= 2, blocks[j].kind != .heading, answerLine(blocks[j].text) == nil {
                result[j] = collected
                j -= 1
            }
        }
        return result
    }

    /// "Collected: Yes." is true, "Collected: No" false; any other line nil.
    static func answerLine(_ text: String) -> Bool? {
        guard text.utf8.count <= 40, text.utf8.first.map({ $0 | 0x20 == UInt8(ascii: "c") }) == true else { return nil }
        let tokens = Tokenizer.tokens(text)
        guard tokens.count >= 3, tokens[0].text == "collected", tokens[1].text == ":" else { return nil }
        return answer(String(text.drop { $0 != ":" }.dropFirst()))
    }

    /// The row's answer in the header's column `column`: true for "YES", false for "NO" or "Not
    /// collected", nil for anything else. Empty cells are not kept, so a row shorter than the
    /// header is aligned at its end, where such columns stand.
    static func answer(in cells: [String], column: Int, of headerCount: Int) -> Bool? {
        let index = cells.count == headerCount ? column : cells.count - (headerCount - column)
        guard index > 0, index < cells.count else { return nil }
        return answer(cells[index])
    }

    /// A cell's yes or no: "YES (only images you upload)" and a check mark are yes, "No", "Not
    /// collected" and a cross are no.
    static func answer(_ cell: String) -> Bool? {
        if let mark = cell.unicodeScalars.first(where: { !$0.properties.isWhitespace }) {
            if "\u{2713}\u{2714}\u{2611}\u{2705}".unicodeScalars.contains(mark) { return true }
            if "\u{2717}\u{2718}\u{2715}\u{2716}\u{274C}\u{2612}".unicodeScalars.contains(mark) { return false }
        }
        guard let first = Tokenizer.tokens(cell).first(where: \.isWord)?.text else { return nil }
        switch first {
        case "yes": return true
        case "no", "not", "none": return false
        default: return nil
        }
    }

    /// The companies usually a third party that are the first party here: a vendor named in the
    /// title ("amazon.com privacy policy", "Google Privacy Policy"), one that names itself more
    /// often than it says "we" ("Microsoft collects ...", in the Bing and MSN statement), or one
    /// whose accounts the text keeps speaking of ("your Google Account"); and the platforms of a
    /// parent company named in the title or as the maker of the products (`parentPlatforms`).
    static func selfNamedCompanies(title: String?, tokenized: [[[Token]]]) -> Set<String> {
        let titleWords = Tokenizer.tokens(title ?? "").map(\.text)
        var result = Set(titleWords.filter { StatementClassifier.companyNames.contains($0) })
        var named: [String: Int] = [:]
        var accounts: [String: Int] = [:]
        var parentsNamed = [Int](repeating: 0, count: Self.parentPlatforms.count)
        var selves = 0
        for sentence in tokenized.joined() {
            for (k, token) in sentence.enumerated() where token.isWord {
                let text = token.text
                if text == "we" || text == "us" || text == "our" {
                    selves += 1
                } else if text.utf8.count >= 5, let first = text.utf8.first, Self.companyInitials[Int(first)],
                    StatementClassifier.companyNames.contains(text)
                {
                    named[text, default: 0] += 1
                    if k + 1 < sentence.count, sentence[k + 1].text == "account" || sentence[k + 1].text == "accounts" {
                        accounts[text, default: 0] += 1
                    }
                } else if k + 1 < sentence.count, let parent = Self.parentPlatforms.firstIndex(where: { $0.parent == text }),
                    Self.parentFollowers.contains(sentence[k + 1].text)
                {
                    parentsNamed[parent] += 1
                }
            }
        }
        // A policy that speaks of "your Google Account" again and again is the one for those
        // accounts, whatever its title; signing in with one, elsewhere, takes a few mentions.
        for (name, count) in named where count >= 10 && (count > selves || accounts[name, default: 0] >= 15) { result.insert(name) }
        // A parent company's policy covers its platforms: in Meta's ("Meta Products"), "your
        // Facebook account" is the account with the vendor.
        for (index, entry) in Self.parentPlatforms.enumerated() where titleWords.contains(entry.parent) || parentsNamed[index] >= 3 {
            result.formUnion(entry.platforms)
        }
        return result
    }

    /// Companies whose own policy speaks for other platforms they own, named by their parent.
    static let parentPlatforms: [(parent: String, platforms: [String])] = [
        ("meta", ["facebook", "instagram", "whatsapp", "messenger"])
    ]

    /// The words after a parent's name that make it the maker of the products: "Meta Products",
    /// the parent's own word for them. (Bare "meta" is too often a word, "meta tags"; and "Meta
    /// Platforms Ireland Ltd." is how other vendors name the provider of their Facebook login.)
    static let parentFollowers: WordSet = ["products", "companies"]

    /// `word` (lower-case) occurs in the text at least three times capitalized, at least twice
    /// inside a sentence, and almost never in lower case: a proper name ("Waze"), not a common
    /// word that a title also uses ("Website Privacy Policy").
    static func isWrittenAsName(_ word: String, in document: Document) -> Bool {
        let target = Array(word.utf8)
        guard let first = target.first, first >= 0x61, first <= 0x7A else { return false }
        var inside = 0
        var total = 0
        var lower = 0
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        for block in document.blocks where block.kind != .heading {
            for sentence in block.sentences {
                var text = sentence.text
                text.withUTF8 { bytes in
                    var i = 0
                    while i + target.count <= bytes.count {
                        let end = i + target.count
                        if bytes[i] | 0x20 == first, i == 0 || !isLetter(bytes[i - 1]),
                            end == bytes.count || !isLetter(bytes[end]),
                            (1..<target.count).allSatisfy({ bytes[i + $0] | 0x20 == target[$0] })
                        {
                            // ("privacy@waze.com", "www.waze.com/legal": an address, in any case.)
                            let address =
                                (i > 0 && (bytes[i - 1] == 0x2E || bytes[i - 1] == 0x40 || bytes[i - 1] == 0x2F))
                                || (end < bytes.count
                                    && (bytes[end] == 0x40 || bytes[end] == 0x2F
                                        || (bytes[end] == 0x2E && end + 1 < bytes.count && isLetter(bytes[end + 1]))))
                            if address {
                                i = end
                                continue
                            }
                            if bytes[i] == first {
                                lower += 1
                            } else {
                                total += 1
                                if i > 0 { inside += 1 }
                            }
                            i = end
                        } else {
                            i += 1
                        }
                    }
                }
            }
        }
        // (A slip of the pen, "could harm waze", does not unmake the name.)
        return total >= 3 && inside >= 2 && lower * 10 <= total
    }

    /// By first byte: whether a company name starts with it. Every word of a policy is tested, and
    /// most are turned away here before they are hashed.
    static let companyInitials: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for name in StatementClassifier.companyNames { if let first = name.utf8.first { table[Int(first)] = true } }
        return table
    }()

    /// The name of the organization whose policy it is, from the title ("Everyday Health Privacy
    /// Policy", "kaleidahealth.org privacy policy"): "Kaleida Health is required to ..." names the
    /// hospital, not health data.
    struct OwnName {
        /// The title's words before "privacy", "policy" and the like.
        var words: [String] = []
        /// The site's name in a domain of the title, "kaleidahealth" of "kaleidahealth.org".
        var label = ""
        /// The platforms that are the vendor here (`selfNamedCompanies`): in Google's own policy,
        /// "your Google Account" is the account with the vendor, not one on a social network.
        var platforms: Set<String> = []

        /// The social-media mention at `range` names the vendor's own platform.
        func namesOwnPlatform(_ tokens: [Token], _ range: Range<Int>) -> Bool {
            !platforms.isEmpty && tokens[range].contains { platforms.contains($0.text) }
        }

        init(title: String?) {
            guard let title else { return }
            let stops: Set<String> = ["privacy", "policy", "notice", "statement", "terms", "cookie", "cookies", "data"]
            words = Array(Tokenizer.tokens(title).prefix { $0.isWord && !stops.contains($0.text) }.map(\.text).prefix(4))
            if let host = title.split(separator: " ").first(where: { $0.contains(".") && $0.first?.isLetter == true }) {
                let labels = host.lowercased().split(separator: ".").filter { $0 != "www" }
                if labels.count >= 2 { label = String(labels[labels.count - 2]) }
            }
        }

        /// The mention at `range` is part of the name: a window of words around it, larger than
        /// the mention, reads as the name ("kaleida health", "kaleidahealth"), or the mention
        /// holds the site's name.
        func covers(_ tokens: [Token], _ range: Range<Int>) -> Bool {
            guard words.count >= 2 || label.count >= 4 else { return false }
            // "your Instagram account" in Instagram's policy is the account with the vendor itself.
            if label.count >= 4, tokens[range].contains(where: { $0.text == label }) { return true }
            for start in max(0, range.lowerBound - 3)...range.lowerBound {
                for end in range.upperBound...min(tokens.count, range.upperBound + 2) where end - start > range.count {
                    let window = tokens[start..<end]
                    guard window.allSatisfy(\.isWord) else { continue }
                    if window.count == words.count, zip(window, words).allSatisfy({ $0.text == $1 }) { return true }
                    // Joined only when the lengths agree: this runs for every mention.
                    if !label.isEmpty, window.reduce(0, { $0 + $1.text.utf8.count }) == label.utf8.count,
                        window.map(\.text).joined() == label
                    {
                        return true
                    }
                }
            }
            return false
        }
    }

    /// "Disabling Cookies", "Opting out of tracking": a line about the user's choices, not a kind of data.
    static func namesChoice(_ tokens: [Token]) -> Bool {
        tokens.first.map { Self.choiceGerunds.contains($0.text) } ?? false
    }

    static let choiceGerunds: WordSet = [
        "disabling", "deleting", "blocking", "refusing", "rejecting", "managing", "controlling", "opting", "removing",
        "changing", "updating", "correcting", "accessing", "declining", "withdrawing", "unsubscribing",
    ]

    /// A paragraph that reads as a line of a list of kinds of data: one short sentence with no
    /// closing stop and no digits (a line with digits gives a value, such as the company's own
    /// address or phone number under "write to us at the following address:").
    static func isListLine(_ block: Block) -> Bool {
        guard block.sentences.count == 1, let last = block.text.unicodeScalars.last else { return false }
        return !".!?:".unicodeScalars.contains(last) && !block.text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
            && Document.wordCount(block.text) <= 10
    }

    /// "Examples: name, postal code, telephone number.": a paragraph after "we obtain the following
    /// information:" that gives the list's content after a label of examples.
    static func isExamplesLine(_ block: Block) -> Bool {
        // The label is the paragraph's first few bytes; a long paragraph is not searched.
        let head = block.text.utf8.prefix(16)
        guard let colon = head.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return Self.exampleLabels.contains(String(decoding: head[..<colon], as: UTF8.self).lowercased())
    }

    static let exampleLabels: WordSet = ["examples", "example", "for example", "for instance", "e.g.", "such as", "including"]

    /// The findings of one sentence. `intro` is what the introduction of the list holding it said,
    /// or its table row's answer; `section` what its heading says.
    private func findings(
        _ sentence: Sentence, tokens: [Token], block: Block, item: Bool, intro: Context?, section: Context?, ownName: OwnName,
        classCache: inout [String: WordClass], matchCache: inout PhraseMatcher.MatchCache
    ) -> [Finding] {
        let mentions = rules.mentions(in: tokens, cache: &matchCache).filter {
            !ownName.covers(tokens, $0.range) && !(rules.rules[$0.rule].otherPlatforms && ownName.namesOwnPlatform(tokens, $0.range))
        }
        let structured = block.kind != .paragraph || item
        guard !mentions.isEmpty, !(structured && intro?.definesScope == true) else { return [] }
        var tokens = tokens
        StatementClassifier.annotate(&tokens, cache: &classCache)
        var seen = Set<String>()
        var result: [Finding] = []
        // Whether the item opens with a verb is the same for every mention of the sentence.
        let actionItem = structured && intro?.collection == true && Self.startsWithVerb(tokens)
        // "Our ads do not require: - To collect your email address ...": an item that opens with
        // the infinitive or verb the denied introduction governs continues the denial.
        let deniedByIntro = structured && intro?.deniesItsVerb == true && (tokens.first?.text == "to" || Self.startsWithVerb(tokens))
        // Mentions whose words carry a verb's class ("trade union membership", "devices you use")
        // or a party's ("internet service provider") are masked when the sentence's other
        // mentions are read.
        let maskable = mentions.compactMap { mention in
            mention.range.contains { !tokens[$0].classes.isDisjoint(with: StatementClassifier.maskingClasses) } ? mention.range : nil
        }
        // Masked once per sentence for the mentions that overlap none of them (most).
        var masked = tokens
        for range in maskable { StatementClassifier.mask(&masked, range) }
        // What holds for the whole sentence is worked out once, not once per mention.
        let statesNothing = StatementClassifier.statesNothing(tokens)
        // A long line that only lists data reads under a collection heading as a short one does.
        let verbless = !structured && tokens.count > 12 && StatementClassifier.isVerbless(masked, mentions: mentions.map(\.range))
        // "They may also send you messages": a line whose subject is another party says what that
        // party does, and it is no collection unless it reaches us ("Others may sync their contacts
        // with our Services"). ("They include ..." lists data.)
        let othersDoing =
            tokens.count > 6 && tokens[0].classes.contains(.thirdParty) && StatementClassifier.isModal(tokens[1])
            && !tokens.contains(where: StatementClassifier.namesUs)
        let deniesOwn = !structured && tokens.contains { $0.classes.contains(.negation) }
        // "This does not reveal your GPS position": an item that says what the data it stands for
        // does not do says no more than that, whatever the heading collects.
        let deniedVerb = structured ? Self.deniedVerb(tokens) : nil
        lazy var usersOwnLine = StatementClassifier.tellsUsersOwnDoing(tokens)
        // The text is scanned for an address at most once, and only when an email address is
        // mentioned or a line under a heading is weighed: most sentences need neither.
        lazy var textGivesAddress = Self.givesEmailAddress(sentence.text)
        let givesAddress = mentions.contains { rules.rules[$0.rule].id == "email-address" } && textGivesAddress
        let givesValue = tokens.count <= 12 && (givesAddress || Self.givesContactValue(sentence.text))
        // How the sentence states the mention: nil when it does not state its collection at all.
        func statement(of mention: RuleSet.Mention) -> (negated: Bool, hedged: Bool, actor: Actor, basis: String)? {
            if let intro, intro.decisive { return (intro.negated, false, intro.actor, "table") }
            // "Email security@example.com", "e-mail us at privacy@example.com": next to an address
            // the word names the vendor's own contact, unless it is the user's ("your email address").
            if givesAddress, rules.rules[mention.rule].id == "email-address",
                !(max(0, mention.range.lowerBound - 2)..<mention.range.lowerBound).contains(where: { Self.ownerWords.contains(tokens[$0].text) })
            {
                return nil
            }
            let reading =
                maskable.contains(where: { $0.overlaps(mention.range) })
                ? StatementClassifier.read(tokens, mention: mention.range, others: maskable, sentenceStatesNothing: statesNothing)
                : StatementClassifier.read(masked, mention: mention.range, sentenceStatesNothing: statesNothing)
            if reading.definition { return nil }
            // Kept on the user's device: a cookie or identifier placed there tracks the user; a
            // message or a photo stored there is not handed to the vendor.
            if reading.onUsersDevice, rules.rules[mention.rule].group != "identifiers" { return nil }
            // (Unless we come into the item: "letting us know if we hold your old address".)
            if structured, intro?.usersDoing == true, !tokens.contains(where: { $0.classes.contains(.firstParty) }) { return nil }
            if reading.collection { return (reading.negated || deniedByIntro, reading.hedged, reading.actor, reading.basis) }
            guard !reading.otherPractice, !reading.noStatement else { return nil }
            // ("Telephone: (310) 555-0100", "E-mail: [email protected]": a value, the vendor's
            // own contact, rather than a kind of data.)
            if givesValue { return nil }
            if structured, let intro, intro.collection, !actionItem, !reading.choice {
                return (reading.negated || intro.negated, reading.hedged || intro.hedged, intro.actor, "list")
            }
            // ("E-mail: privacy@example.com" under the heading gives the vendor's own address, a
            // value rather than a kind of data.)
            // ("Telephone requests are not accepted": a short sentence that denies something of
            // its own says no more than it says.)
            guard let section, section.collection, structured || (tokens.count <= 12 && !deniesOwn) || verbless,
                reading.negated || deniedVerb.map({ !Self.reaches(tokens, from: $0, to: mention.range.lowerBound) }) ?? true,
                !Self.namesChoice(tokens), !reading.choice, !textGivesAddress, !usersOwnLine,
                !(structured && intro?.listsNoData == true)
            else { return nil }
            // "Third Party Cookies": a label under the heading that opens with another party is
            // theirs ("activity on third-party websites" in a longer line only says where).
            let theirs =
                tokens.count <= 6
                && tokens.prefix(2).enumerated().contains { $0.element.classes.contains(.thirdParty) && !mention.range.contains($0.offset) }
            if othersDoing, !mention.range.contains(0) { return nil }
            return (reading.negated || section.negated, reading.hedged, theirs ? .thirdParty : reading.actor, "section")
        }
        // Where each token stands in the sentence's text, worked out only for a sentence with a
        // finding that is long enough for a report to quote part of it.
        lazy var spans: [Range<Int>]? = {
            guard sentence.text.utf8.count > Evidence.shortQuote else { return nil }
            var spans: [Range<Int>]? = []
            _ = Tokenizer.tokens(sentence.text, spans: &spans)
            return spans
        }()
        for mention in mentions {
            guard let (negated, hedged, actor, basis) = statement(of: mention) else { continue }
            let rule = rules.rules[mention.rule]
            let key = "\(rule.id)|\(negated)|\(actor.rawValue)"
            guard seen.insert(key).inserted else { continue }
            let place = spans.flatMap { spans in
                spans.count == tokens.count && !mention.range.isEmpty
                    ? spans[mention.range.lowerBound].lowerBound..<spans[mention.range.upperBound - 1].upperBound : nil
            }
            result.append(
                Finding(
                    category: rule.id, actor: actor, negated: negated, hedged: hedged,
                    evidence: Evidence(text: sentence.text, section: block.section, line: sentence.line, mention: place), rule: rule.id,
                    basis: basis))
        }
        return result
    }

    /// Where a pronoun that opens the sentence, standing for the data, has its verb denied: "This
    /// does not reveal", "It never contains", "They can't identify".
    static func deniedVerb(_ tokens: [Token]) -> Int? {
        guard let first = tokens.first, Self.itemPronouns.contains(first.text) else { return nil }
        return tokens.indices.prefix(3).dropFirst().first { k in
            let word = tokens[k].text
            return word == "never" || Self.deniedAuxiliaries.contains(word)
                || (word == "not" && Self.auxiliaries.contains(tokens[k - 1].text))
        }
    }
    /// Pronouns that stand for the data an item names.
    static let itemPronouns: WordSet = ["this", "it", "these", "they", "which"]

    /// Whether the word at `from` reaches a later position `to` within its clause: no comma,
    /// semicolon or colon (nor a dash, read as a comma) between them. (The denial of "This does not
    /// reveal your GPS position – only your city" stops at the dash.)
    static func reaches(_ tokens: [Token], from: Int, to: Int) -> Bool {
        from < to && !tokens[from..<to].contains { !$0.isWord && ($0.text == "," || $0.text == ";" || $0.text == ":") }
    }
    /// Auxiliaries whose "not" denies the verb after them.
    static let auxiliaries: WordSet = ["do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall"]
    /// Auxiliaries contracted with "not".
    static let deniedAuxiliaries: WordSet = [
        "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't",
    ]

    /// Words that make an email address someone's: "your email address", "the user's e-mail".
    static let ownerWords: WordSet = [
        "your", "their", "his", "her", "user's", "users", "user", "users'", "customer's", "member's", "recipient's", "recipients", "child's",
    ]

    /// Whether a short line gives a contact value: a phone number (seven digits or more) or the
    /// "[email protected]" a saved page shows for a hidden address.
    static func givesContactValue(_ text: String) -> Bool {
        var digits = 0
        for b in text.utf8 where b >= 0x30 && b <= 0x39 { digits += 1 }
        return digits >= 7 || text.contains("[email protected]") || text.contains("[email\u{A0}protected]")
    }

    /// Whether the text holds an email address ("privacy@example.com"; not a handle such as "@example").
    static func givesEmailAddress(_ text: String) -> Bool {
        func isAlphanumeric(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }
        // One pass, without copying the text: an "@" after a letter or digit, then another.
        var previous: UInt8 = 0
        var atAfterWord = false
        for b in text.utf8 {
            if atAfterWord, isAlphanumeric(b) { return true }
            atAfterWord = b == UInt8(ascii: "@") && isAlphanumeric(previous)
            previous = b
        }
        return false
    }

    /// An item that opens with a verb is an action ("Keep your password confidential", "Send
    /// you newsletters"), not a piece of data the list names.
    static func startsWithVerb(_ tokens: [Token]) -> Bool {
        let words = tokens.filter(\.isWord)
        guard words.count >= 2 else { return false }
        // A verb takes an object ("Keep your password", "Send you newsletters"); "Log data" and
        // "Contact information" are nouns.
        guard objectStarts.contains(words[1].text)
        else { return false }
        let first = words[0]
        if !first.classes.intersection([.collect, .userGiving, .otherPractice, .negation]).isEmpty { return true }
        return imperatives.contains(first.text) || first.text == "contact"
    }

    /// A short sentence that only names a kind of data: "Demographic information.", "Log data."
    static func isRunInLabel(_ tokens: [Token]) -> Bool {
        let words = tokens.filter(\.isWord)
        guard (2...5).contains(words.count), let last = words.last, Self.labelHeads.contains(last.text) else { return false }
        // ("Location-based information.": "based" in a compound is no verb.)
        return words.allSatisfy { ($0.text == "based" || !StatementClassifier.isCollectVerb($0.text)) && $0.text != "we" && $0.text != "our" }
    }

    /// A verb that takes data in, not one that uses it: "use" and "based on" say what is done
    /// with data, so they neither open a list of data nor make a heading one about collection.
    static func isGatheringVerb(_ word: String) -> Bool {
        StatementClassifier.isCollectVerb(word) && !["use", "uses", "using", "based"].contains(word)
    }

    /// The last word of a label that names a kind of data: "Device information:", "Usage data:".
    static let labelHeads: WordSet = ["information", "data", "details", "identifiers", "info"]
    /// Words of a label that points elsewhere rather than naming data: "For more information:".
    static let pointerWords: WordSet = ["more", "further", "additional", "learn", "see", "example", "examples", "note"]

    static let deniedVerbEnds: WordSet = ["not", "never", "need", "needs", "will", "do", "does", "shall", "can", "may"]
    static let exceptionWords: WordSet = ["except", "unless", "but", "other", "only"]
    static let objectStarts: WordSet = ["your", "you", "the", "a", "an", "our", "their", "this", "these", "any", "it", "them", "us", "such"]

    static let imperatives: WordSet = [
        "keep", "change", "protect", "remember", "avoid", "choose", "select", "make", "do", "always", "be",
        "review", "read", "visit", "click", "go", "ensure", "check", "report", "update", "delete", "utilize", "utilise",
        "allow", "enable", "help", "improve", "personalize", "personalise", "deliver", "respond", "communicate", "notify",
        "verify", "prevent", "comply", "fulfill", "fulfil", "operate", "manage", "send", "tell", "let",
    ]

    static let dataHeadingWords: WordSet = ["information", "data", "info"]
    /// Practices a heading may add to its collection as a question: "... and how we use it",
    /// "... and why", "... and how we share it".
    static let addedPracticeWords: WordSet = ["use", "uses", "share", "shares", "disclose", "discloses", "why"]
    /// Heading words of another practice or topic: "How we use", "Sharing", "Your rights".
    static let otherPracticeHeadingWords: WordSet = [
        "use", "uses", "share", "sharing", "disclose", "disclosure", "security", "retention", "rights", "choices",
        "transfer", "transfers", "children", "children's", "contact", "access", "protect", "protection", "sell",
        "sale", "changes", "why", "delete", "update", "control", "opt", "shared", "disclosed", "sold", "provision",
        "disclosures", "residents", "resident",
    ]

    /// Whether the innermost heading that speaks of information marks its section as a list of what
    /// is collected ("Information We Collect", "Technical Information") or of what is not ("What we don't collect").
    static func sectionContext(_ section: [String]) -> Context? {
        for heading in section.reversed() {
            let tokens = Tokenizer.tokens(heading).filter(\.isWord).map(\.text)
            guard !tokens.isEmpty else { continue }
            // ("How to access and control your data": a verb of another practice is no collection.)
            let firstCollect = tokens.firstIndex {
                Self.isGatheringVerb($0) && !Self.otherPracticeHeadingWords.contains($0)
            }
            let collects = firstCollect != nil || tokens.contains("provide") || tokens.contains("automatically")
            // "What we don't collect" denies; "Information we collect if you use our Products but
            // don't have an account" denies only in the condition after the verb.
            let negated = tokens[..<(firstCollect ?? tokens.count)].contains { StatementClassifier.negations.contains($0) }
            let aboutData = tokens.contains { Self.dataHeadingWords.contains($0) }
            // ("Information we collect as you use the app", "Information you share with us": the
            // user's use or sharing is the occasion of our collection, not a practice of ours.)
            // ("What we gather, and how we use it", "What we collect and why": a question of
            // use or sharing asked after the collection is added to it; "How we use what we
            // gather" is about use, and so are "Data collection and use", "Collection of data
            // from children".)
            let addedQuestion = firstCollect.map { c in tokens[(c + 1)...].contains { $0 == "how" || $0 == "why" } } ?? false
            let otherPractice =
                tokens.indices.contains { i in
                    Self.otherPracticeHeadingWords.contains(tokens[i]) && !(i > 0 && tokens[i - 1] == "you")
                        && !(addedQuestion && firstCollect.map { i > $0 } == true && Self.addedPracticeWords.contains(tokens[i]))
                }
                // "Information for Residents of ...", "Information for parents": a notice to them.
                || tokens.indices.contains { i in tokens[i] == "information" && i + 1 < tokens.count && tokens[i + 1] == "for" }
                // "How we use it" is about use; "What data we process and where we get
                // it" still lists the data.
                || (tokens.contains("how") && !collects)
            // "How we use the information we collect" lists purposes, not data.
            if otherPractice { return nil }
            if collects { return Context(collection: true, negated: negated, hedged: false, actor: .firstParty) }
            if aboutData, !otherPractice { return Context(collection: true, negated: negated, hedged: false, actor: .firstParty) }
            if otherPractice || aboutData { return nil }
        }
        return nil
    }
}
