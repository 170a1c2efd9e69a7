import Foundation
import PolicyAnalysis
import PolicyExtraction
import PolicyModel
import Testing

@testable import PolicyRules

@Suite("Rules")
struct RuleTests {
    static let rules = (try? RuleSet.builtinRules()) ?? []
    static let analyzer = Analyzer(rules: RuleSet.builtin())

    @Test("the embedded rules are the files of rules/ (regenerate: python3 scripts/embed-rules.py)")
    func embeddedRulesAreCurrent() throws {
        let directory = Support.packageRoot.appendingPathComponent("rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(BuiltinRules.fileNames == names, "rules/ and BuiltinRules.swift list different files")
        for name in names {
            let onDisk = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            var loaded = try RuleLoader.load(text: onDisk, file: "builtin:\(name)")
            loaded.file = "builtin:\(name)"
            let embedded = BuiltinRules.rules.first { $0.file == "builtin:\(name)" }
            #expect(embedded == loaded, "\(name) is stale in BuiltinRules.swift")
        }
    }

    @Test("the compiled matcher embedded for the built-in rules is current, and damaged tables are refused")
    func builtinMatcherIsFresh() throws {
        let path = Support.packageRoot.appendingPathComponent("Sources/PolicyRules/BuiltinMatcher.swift")
        let (fingerprint, tables) = RuleSet.compiledTables(try RuleSet.builtinRules())
        let source = Self.matcherSource(fingerprint: fingerprint, tables: tables)
        if ProcessInfo.processInfo.environment["POLICYSCAN_RECORD"] != nil {
            try source.write(to: path, atomically: true, encoding: .utf8)
        } else {
            // The tables compiled into this build: only current once rebuilt after recording.
            #expect(BuiltinMatcher.tables == tables)
        }
        #expect(
            try String(contentsOf: path, encoding: .utf8) == source,
            "BuiltinMatcher.swift is stale; regenerate with POLICYSCAN_RECORD=1 swift test --filter builtinMatcherIsFresh")
        #expect(PhraseMatcher(tables: tables)?.tables == tables)
        // Damaged tables are refused rather than trusted: an edge naming word 5 of 1, a target
        // past the last node.
        var damaged = PhraseMatcher.Tables(
            words: ["a"], prefixes: [], wordStart: [0, 1, 1], wordSymbol: [0], wordTarget: [1], prefixStart: [0, 0, 0],
            prefixSymbol: [], prefixTarget: [], gapStart: [0, 0, 0], gapLimit: [], gapTarget: [], acceptStart: [0, 0, 1],
            acceptPayload: [0], epsilonStart: [0, 0, 0], epsilonTarget: [])
        #expect(PhraseMatcher(tables: damaged) != nil)
        damaged.wordSymbol = [5]
        #expect(PhraseMatcher(tables: damaged) == nil)
        damaged.wordSymbol = [0]
        damaged.wordTarget = [2]
        #expect(PhraseMatcher(tables: damaged) == nil)
    }

    /// `BuiltinMatcher.swift`: the tables as Swift literals, a few values per line.
    static func matcherSource(fingerprint: String, tables t: PhraseMatcher.Tables) -> String {
        func wrapped(_ items: [String]) -> String {
            var lines: [String] = []
            var line = ""
            for item in items {
                if !line.isEmpty, line.count + item.count > 100 {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + item + ","
            }
            if !line.isEmpty { lines.append(line) }
            return lines.map { "        " + $0 }.joined(separator: "\n")
        }
        func strings(_ name: String, _ list: [String]) -> String {
            let quoted = list.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            return "    static let \(name): [String] = [\n" + wrapped(quoted) + "\n    ]"
        }
        func numbers(_ name: String, _ list: [Int32]) -> String {
            "    static let \(name): [Int32] = [\n" + wrapped(list.map(String.init)) + "\n    ]"
        }
        return [
            "// swift-format-ignore-file",
            "// Generated: the built-in rules' phrase matcher, compiled. Do not edit; after changing rules/, run",
            "// `python3 scripts/embed-rules.py`, then `POLICYSCAN_RECORD=1 swift test --filter builtinMatcherIsFresh`.",
            "enum BuiltinMatcher {",
            "    /// Which phrases the tables were compiled from (`RuleSet.fingerprint`).",
            "    static let fingerprint = \"\(fingerprint)\"",
            strings("words", t.words), strings("prefixes", t.prefixes),
            numbers("wordStart", t.wordStart), numbers("wordSymbol", t.wordSymbol), numbers("wordTarget", t.wordTarget),
            numbers("prefixStart", t.prefixStart), numbers("prefixSymbol", t.prefixSymbol), numbers("prefixTarget", t.prefixTarget),
            numbers("gapStart", t.gapStart), numbers("gapLimit", t.gapLimit), numbers("gapTarget", t.gapTarget),
            numbers("acceptStart", t.acceptStart), numbers("acceptPayload", t.acceptPayload),
            numbers("epsilonStart", t.epsilonStart), numbers("epsilonTarget", t.epsilonTarget),
            "    /// The tables as one value; literal arrays, so nothing is computed at start-up.",
            "    static var tables: PhraseMatcher.Tables {",
            "        PhraseMatcher.Tables(",
            "            words: words, prefixes: prefixes, wordStart: wordStart, wordSymbol: wordSymbol, wordTarget: wordTarget,",
            "            prefixStart: prefixStart, prefixSymbol: prefixSymbol, prefixTarget: prefixTarget, gapStart: gapStart,",
            "            gapLimit: gapLimit, gapTarget: gapTarget, acceptStart: acceptStart, acceptPayload: acceptPayload,",
            "            epsilonStart: epsilonStart, epsilonTarget: epsilonTarget)",
            "    }",
            "}",
            "",
        ].joined(separator: "\n")
    }

    @Test("every category of CATEGORIES.md has a rule with mappings and at least 5 + 5 examples")
    func coverage() {
        let expected = [
            "ip-address", "device-identifiers", "device-information", "network-information", "cookies-tracking", "diagnostics",
            "usage-activity", "browsing-history", "search-history", "keystroke-patterns", "precise-location", "approximate-location",
            "name", "email-address", "phone-number", "postal-address", "account-credentials", "government-id", "demographics",
            "sensitive-traits", "health", "biometrics", "contacts", "social-media", "user-content", "communications",
            "audio-recordings", "photos-videos", "payment-information", "financial-information", "purchase-history",
            "employment-education", "inferences", "survey-responses",
        ]
        #expect(Set(Self.rules.map(\.id)) == Set(expected))
        for rule in Self.rules {
            #expect(rule.collects.count >= 5, "\(rule.id) has \(rule.collects.count) collecting examples")
            #expect(rule.notCollects.count >= 5, "\(rule.id) has \(rule.notCollects.count) non-collecting examples")
        }
        #expect(RuleSet.builtin().rule("keystroke-patterns")?.ccpa.contains("E") == true)
        #expect(RuleSet.builtin().rule("health")?.gdprArticle9 == "yes")
    }

    @Test("each rule's examples behave as its file says", arguments: rules.map(\.id))
    func examples(_ id: String) throws {
        let rule = try #require(Self.rules.first { $0.id == id })
        for failure in RuleExamples.failures(of: [rule], analyzer: Self.analyzer) {
            Issue.record(Comment(rawValue: failure.description))
        }
    }

    /// Every collecting example, wrapped in page markup a real site would have.
    static let collectingExamples: [(String, String)] = rules.flatMap { rule in rule.collects.map { (rule.id, $0.text) } }

    static func collects(_ html: String, _ category: String) throws -> Bool {
        let document = try DocumentReader.read(Array(html.utf8), path: "page.html")
        return analyzer.findings(in: document).contains { $0.category == category && !$0.negated && $0.actor == .firstParty }
    }

    @Test("mutations: an example must not fire in a script or a nav menu, and must fire split by inline tags, with &nbsp;, upper-cased")
    func mutations() throws {
        let filler = "<p>This policy describes how the company handles information about its customers and visitors.</p>"
        for (category, sentence) in Self.collectingExamples {
            let escaped = sentence.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            let words = escaped.split(separator: " ")
            let split = words.enumerated().map { $0.offset % 2 == 1 ? "<b>\($0.element)</b>" : String($0.element) }.joined(
                separator: " <span></span>")
            let page = { (body: String) in "<html><head><title>P</title></head><body><main>\(filler)\(body)</main></body></html>" }
            #expect(try Self.collects(page("<p>\(split)</p>"), category), "inline tags: \(sentence)")
            #expect(try Self.collects(page("<p>\(words.joined(separator: "&nbsp;"))</p>"), category), "&nbsp;: \(sentence)")
            #expect(try Self.collects(page("<p>\(escaped.uppercased())</p>"), category), "upper-cased: \(sentence)")
            #expect(try !Self.collects(page("<script>var s = \"\(escaped)\";</script>"), category), "script: \(sentence)")
            #expect(
                try !Self.collects(
                    "<html><body><nav><ul><li><a href='/'>\(escaped)</a></li></ul></nav><main>\(filler)\(filler)</main></body></html>", category),
                "nav: \(sentence)")
        }
    }

    @Test("the issue's two sentences")
    func acceptanceSentences() {
        func findings(_ text: String) -> [Finding] {
            Self.analyzer.findings(
                in: Document(
                    title: nil, format: .text, blocks: [Block(kind: .paragraph, text: text, line: 1, sentences: [Sentence(text: text, line: 1)])]))
        }
        let collected = findings(
            "This information includes your device model, operating system, keystroke patterns or rhythms, IP address, and system language.")
        for category in ["device-information", "keystroke-patterns", "ip-address"] {
            #expect(collected.contains { $0.category == category && !$0.negated && $0.actor == .firstParty }, "\(category)")
        }
        let denied = findings("We never record keystrokes or typing behaviour.")
        #expect(denied.contains { $0.category == "keystroke-patterns" && $0.negated })
        #expect(!denied.contains { !$0.negated })
    }

    @Test("negation ends at the clause; sharing is not collection; another actor is third party")
    func clauseScope() {
        func findings(_ text: String) -> [Finding] {
            Self.analyzer.findings(
                in: Document(
                    title: nil, format: .text, blocks: [Block(kind: .paragraph, text: text, line: 1, sentences: [Sentence(text: text, line: 1)])]))
        }
        #expect(findings("We do not sell your data, but we collect your IP address.").contains { $0.category == "ip-address" && !$0.negated })
        #expect(findings("We share your email address with partners.").isEmpty)
        let third = findings("Our advertising partners may collect device identifiers.")
        #expect(third.first?.actor == .thirdParty)
        #expect(third.first?.hedged == true)
        // "We (and our vendors)" is us, as "we and our vendors" is.
        #expect(findings("We (and our vendors) may collect your IP address.").first?.actor == .firstParty)
        // So is "We, and our vendors," with commas, and a name joined so at the clause's start; a
        // word inside an earlier phrase is not joined: the provider after it acts alone.
        #expect(findings("We, and our vendors, may collect your IP address.").first?.actor == .firstParty)
        #expect(findings("Acme, and its vendors, may collect your IP address.").first?.actor == .firstParty)
        #expect(findings("We get a score from the scans, and our vendor keeps your IP address.").first?.actor == .thirdParty)
        // "Along with" and "together with" join as "and" does; another party alone before them does not.
        #expect(findings("We, along with our card processors, process your payment information.").first?.actor == .firstParty)
        #expect(findings("We together with our vendors may collect your IP address.").first?.actor == .firstParty)
        #expect(findings("Our vendors, along with other advertisers, may collect your IP address.").first?.actor == .thirdParty)
        // "us" or "we" inside a relative clause of another party is not the subject; "that help us
        // determine" and "that we have retained" are.
        #expect(findings("Partners who work with us collect your IP address.").first?.actor == .thirdParty)
        #expect(findings("Advertisers that we choose may collect your IP address.").first?.actor == .thirdParty)
        #expect(findings("Providers that help us determine your location are listed below.").first?.actor == .firstParty)
        // A participle that names a party ("calling-party number") is no verb whose subject the
        // party before it would be; "the receiving party may use" still has the party act.
        #expect(
            findings("We keep call logs, such as calling-party number, receiving-party number and sender's email address.")
                .map(\.actor) == [.firstParty])
        #expect(findings("The receiving party may use your email address to reply.").first?.actor == .thirdParty)
        // Someone using the service is no verb of ours or theirs: "others using our services" leaves
        // the mention to "we collect"; "anyone who uses the app" is no party that collects.
        let usingService = findings("We collect data on the way you deal with others using our services, such as your IP address.")
            .first { $0.category == "ip-address" }
        #expect(usingService?.actor == .firstParty && usingService?.basis == "collect")
        #expect(findings("Anyone who uses the app can see your profile photo.").isEmpty)
        #expect(findings("Partners use your IP address to count visits.").first?.actor == .thirdParty)
        // "who" asked about after a verb of knowing is an unknown person, and our inability to know
        // denies nothing.
        // A party's word that qualifies a tracker we use names whose tracker it is, not who
        // gathers; a tracker we let a party use is the party's.
        #expect(findings("We use third-party cookies to gather usage data.").first { $0.category == "usage-activity" }?.actor == .firstParty)
        #expect(findings("We allow third-party cookies to collect your browsing history.").first?.actor == .thirdParty)
        // "first party" is us.
        #expect(findings("First-party cookies may collect your browsing history.").first?.actor == .firstParty)
        let asked = findings("We cannot know who has access to your credit card information.").first
        #expect(asked?.actor == .thirdParty && asked?.negated == false)
        // A party named in the singular is another party too; "merchant" also qualifies nouns
        // ("merchant locations") and is left out.
        for party in ["the publisher of that game", "each vendor", "the contest's sponsor", "our affiliate"] {
            #expect(findings("When you play, \(party) has access to data about your usage.").first?.actor == .thirdParty, "\(party)")
        }
        // A "may" in a relative clause after the mention qualifies that clause's noun; one before
        // the mention, in the clause that names it, still hedges.
        #expect(findings("Our logs record one or more cookies that may identify your browser.").first?.hedged == false)
        #expect(findings("We collect information that may include your name.").first?.hedged == true)
        // After the mention a modal hedges only as the modal of a verb that takes it: not in a
        // purpose ("so that we may ...") or a clause of its own ("..., and we may reply to it").
        #expect(findings("We collect your IP address so that we may show you local content.").first?.hedged == false)
        #expect(findings("If you write to us, we keep your email address, and we may reply to it.").first?.hedged == false)
        #expect(findings("Your IP address may be collected.").first?.hedged == true)
        // Before it, a modal of a relative clause or of another predicate hedges nothing either.
        #expect(findings("To show offers that may interest you, we collect your postal address.").first?.hedged == false)
        #expect(findings("We may ask you to confirm your identity, and we collect your name for that.").first?.hedged == false)
        #expect(findings("Data that may be collected includes your name.").first?.hedged == true)
        #expect(findings("Your phone number, which we may keep for a month, is used to sign you in.").first?.hedged == true)
        // A hedge phrase with a comma of its own opens the clause it qualifies.
        #expect(findings("Where applicable, we collect your date of birth.").first?.hedged == true)
        #expect(findings("In certain cases, we keep your phone number.").first?.hedged == true)
        #expect(findings("We keep your phone number.").first?.hedged == false)
        #expect(findings("Personal information means data such as a name and an email address.").isEmpty)
    }

    @Test("reading a sentence: occasions, semicolon lists, verbs after a mention, who does it")
    func sentenceReading() {
        func categories(_ text: String, title: String? = nil) -> Set<String> {
            let findings = Self.analyzer.findings(
                in: Document(
                    title: title, format: .text, blocks: [Block(kind: .paragraph, text: text, line: 1, sentences: [Sentence(text: text, line: 1)])]))
            return Set(findings.filter { !$0.negated && $0.actor == .firstParty }.map(\.category))
        }
        // What a tracking technology is, in the plural and under a longer name, is no practice;
        // the vendor's own cookies are.
        #expect(categories("Tracking pixels are tiny images that can be used to count the readers of an email.").isEmpty)
        #expect(categories("Our cookies are small text files used to remember your language.") == ["cookies-tracking"])
        // A word the policy uses is its language.
        #expect(categories("Throughout, we use the word “cookies” to keep things short.").isEmpty)
        // What any IP address can do is no practice; what we do with the user's is.
        #expect(categories("An IP address can usually be used to identify the rough area a device connects from.").isEmpty)
        #expect(categories("We use your IP address to identify the country you connect from.") == ["ip-address"])
        // In the platform's own policy, its account is the account with the vendor, not data
        // from a connected social network; in anyone else's it is.
        #expect(categories("We save your searches to your Google Account.", title: "Google Privacy Policy") == ["search-history"])
        #expect(categories("We save your searches to your Google Account.", title: "Example Privacy Policy") == ["search-history", "social-media"])
        // A parent company's policy speaks for the platforms it owns.
        let facebookAccount = "When you create a Facebook account, we collect your email address."
        #expect(categories(facebookAccount, title: "Meta Privacy Policy") == ["email-address"])
        #expect(categories(facebookAccount, title: "Example Privacy Policy") == ["email-address", "social-media"])
        func parentsPolicy(_ times: Int) -> Set<String> {
            let line = "The Meta Products include the apps we offer."
            let blocks =
                (0..<times).map { Block(kind: .paragraph, text: line, line: $0 + 1, sentences: [Sentence(text: line, line: $0 + 1)]) }
                + [Block(kind: .paragraph, text: facebookAccount, line: times + 1, sentences: [Sentence(text: facebookAccount, line: times + 1)])]
            let findings = Self.analyzer.findings(in: Document(title: "Data commitments", format: .text, blocks: blocks))
            return Set(findings.filter { !$0.negated && $0.actor == .firstParty }.map(\.category))
        }
        #expect(parentsPolicy(3) == ["email-address"])
        #expect(parentsPolicy(1) == ["email-address", "social-media"])
        // Without the name in the title, a text that keeps speaking of "your Google Account" is
        // that account's policy; a few mentions (signing in with one) are not.
        func accountsPolicy(_ times: Int) -> Set<String> {
            let line = "We keep what you save in your Google Account, and we let you review it."
            let blocks =
                (0..<times).map { Block(kind: .paragraph, text: line, line: $0 + 1, sentences: [Sentence(text: line, line: $0 + 1)]) }
                + [
                    Block(
                        kind: .paragraph, text: "Google saves your searches.", line: times + 1,
                        sentences: [Sentence(text: "Google saves your searches.", line: times + 1)])
                ]
            let findings = Self.analyzer.findings(in: Document(title: nil, format: .text, blocks: blocks))
            return Set(findings.filter { !$0.negated && $0.actor == .firstParty }.map(\.category))
        }
        #expect(accountsPolicy(16) == ["search-history"])
        #expect(!accountsPolicy(3).contains("search-history"))
        // Shared "with Roadly" in Roadly's own policy reaches us; in anyone else's it goes to
        // another party.
        let roadly = "When you share your phone number with Roadly, Roadly uses it so that Roadly drivers can call you."
        #expect(categories(roadly, title: "Roadly Privacy Policy") == ["phone-number"])
        #expect(categories(roadly, title: "Example Privacy Policy").isEmpty)
        // Whoever has the choice, or the right, to receive something receives it; a choice of
        // ours to receive stays ours.
        #expect(categories("Subscribers are entitled to receive text messages about their orders.").isEmpty)
        #expect(categories("Buyers who registered to receive alerts about their phone number can stop them.").isEmpty)
        #expect(categories("We have the option to receive your email address from partners.") == ["email-address"])
        // The agent after a list of participles is the agent of all of them.
        #expect(categories("Your bank details are gathered, stored and retained by the third-party billing platforms.").isEmpty)
        #expect(categories("Your email address is collected, stored and used by us.") == ["email-address"])
        // A label takes the request that follows it: a pointer, no statement.
        #expect(categories("Cookies: Please see the section below to learn how we use cookies.").isEmpty)
        // Working out where the user is collects the location; determining anything else does not.
        #expect(categories("At sign-up we also determine your general location.") == ["approximate-location"])
        #expect(categories("We use your location to determine whether you are eligible for the offer.") == ["approximate-location"])
        #expect(categories("We use this form to determine whether you are eligible, and we record your name.") == ["name"])
        // ... also as a relative clause set off by its comma.
        #expect(
            categories("Ads follow your region: general location information, which we may determine from your connection.") == [
                "approximate-location"
            ])
        // Keeping up a safeguard keeps no data; keeping the data does.
        #expect(
            categories(
                "The company will maintain appropriate security procedures and practices, suited to the data, for a person's name combined with these data elements: a credit card number."
            ).isEmpty)
        #expect(categories("We maintain your name in our records.") == ["name"])
        // "you've" is "you have": what the user has shared with us is collected.
        #expect(categories("We collect details you've chosen to share via your device settings, such as GPS location.").contains("precise-location"))
        // What follows "when you" is the occasion, not what is collected.
        #expect(!categories("We collect your contact details when you register, enter a contest or complete a survey.").contains("survey-responses"))
        #expect(categories("When you register we collect a username and password.").contains("account-credentials"))
        // Items after a semicolon still belong to the list the clause introduces.
        let listed = categories("The information we receive includes your IP address; login and password information; web browser type.")
        #expect(listed.isSuperset(of: ["ip-address", "account-credentials", "device-information"]))
        // "Many websites" are the web at large; "like many websites, we" is us.
        #expect(categories("Many commercial websites use cookies to remember visitors.").isEmpty)
        #expect(categories("Like many websites, we use cookies to remember your settings.") == ["cookies-tracking"])
        // "they" as the subject of a passive is the thing done to; a party named in the sentence
        // is what it points back to.
        #expect(categories("Persistent cookies last beyond one visit; they are used to recall your password.") == ["account-credentials"])
        #expect(categories("They will be able to access your content.").isEmpty)
        #expect(categories("We do not control these third parties' cookies or how they may be used.").isEmpty)
        // A search engine's policy speaks of its rivals; a passive set at them is theirs. "Like
        // many other ... websites, our website" still compares.
        #expect(categories("Other search engines save your search history.").isEmpty)
        #expect(categories("On many other search engines, profiles are compiled from your purchase history.").isEmpty)
        #expect(categories("Like many other commercial websites, our website uses cookies.") == ["cookies-tracking"])
        #expect(categories("Information about your activity on other sites is saved with your account.") == ["usage-activity"])
        // "such as if" gives examples of circumstances, "such as the pages" of data.
        #expect(
            categories("Our server logs are tied to your personal information in some cases, such as if you sign in through a partner site.").isEmpty)
        #expect(
            categories("Our server logs are tied to your personal information in some cases, such as the pages you visit while signed in.") == [
                "usage-activity"
            ])
        // A gerund after the mention lists another activity; a passive still governs it.
        #expect(categories("Our vendors help with tasks such as sending e-mail, analyzing data and hosting.").isEmpty)
        #expect(categories("Your email address is collected when you subscribe.") == ["email-address"])
        // An opening "if" clause ends at its comma: the name is shared, not collected.
        #expect(categories("If you check the box to receive an offer, your name will be shared with the publisher.").isEmpty)
        // The nearest party before the verb does it; "we and our partners" is still us.
        #expect(categories("We may allow service providers to process your credit card payments.").isEmpty)
        #expect(categories("We and our partners collect your IP address.") == ["ip-address"])
        // A party after "by" in an aside is the agent of a participle, not the subject; without
        // the aside it is the one that collects.
        #expect(
            categories("We use pixel tags, some provided by our advertising partners and ad networks, to collect your IP address.") == [
                "cookies-tracking", "ip-address",
            ])
        #expect(categories("We allow cookies set by advertisers to collect your IP address.").isEmpty)
        // "that company", "other websites" point away from the vendor; a comparison or an
        // adjective ("other business purposes") does not.
        #expect(categories("When you click on an advertisement, that company may use cookies according to its own policies.").isEmpty)
        #expect(categories("Like any other website, Example uses cookies.") == ["cookies-tracking"])
        #expect(categories("For other business needs, such as data analysis, we use your IP address.") == ["ip-address"])
        // "aggregated or not" is no denial; the vendor named in the title is the first party.
        #expect(categories("We process usage data, aggregated or not, to produce statistics.") == ["usage-activity"])
        #expect(categories("Amazon collects your IP address.").isEmpty)
        #expect(categories("Amazon collects your IP address.", title: "Amazon.com Privacy Notice") == ["ip-address"])
        // "including, but not limited to," continues the list; participles share one "by you".
        #expect(categories("This data might include, but is not limited to, a user ID tied to your profile.") == ["account-credentials"])
        #expect(categories("Content such as prompts and documents uploaded, entered, or otherwise transmitted by you.").contains("user-content"))
        // "we will have access to" collects; "unauthorized access to your password" does not.
        #expect(categories("When you log in through a third-party platform, we will have access to your user name.") == ["account-credentials"])
        #expect(categories("It is important to protect against any unauthorized access to your password.").isEmpty)
        #expect(categories("You should guard against unauthorized access of your account password.").isEmpty)
        // What a safeguard protects is its object, not that of the verb before it; a misuse is a noun.
        #expect(categories("We require our vendors to encrypt sensitive data such as a credit card number.").isEmpty)
        #expect(categories("We collect and encrypt your credit card number.") == ["payment-information"])
        #expect(categories("After any unauthorized use of your credit card, tell your card issuer.").isEmpty)
        // What data is kept apart from is not said to be collected; a choice given is the user's.
        #expect(categories("We hold automatic data in aggregate form, not associated with any IP address.").isEmpty)
        #expect(categories("Payment card numbers are encrypted at rest and stored apart from your email address.") == ["payment-information"])
        #expect(
            categories("We keep search terms apart from account details that identify the user, such as name, email or phone number.") == [
                "search-history"
            ])
        #expect(categories("On the settings page you can manage your search settings, such as search history, and saved topics.").isEmpty)
        #expect(
            categories("Your email address will be linked to your profile and is used to allow you to reach your subscriptions.") == ["email-address"]
        )
        // A mention inside an opening "if" clause is not governed by another subject's main
        // clause; what the user signs up to receive comes from us; imperatives and "you can set"
        // are the user's choices.
        #expect(categories("Note that if you stop sites from setting cookies, you may be unable to reach some pages.").isEmpty)
        #expect(categories("If you sign in with Facebook, we receive your public profile.") == ["social-media"])
        #expect(categories("If you opt in to receive promotional text messages, we may send you offers.").isEmpty)
        #expect(categories("Manage your details, such as name, email or phone number.").isEmpty)
        // So is a choice of what others may do; a pointer to what we do is no choice.
        #expect(categories("Choose which apps can access your location.").isEmpty)
        #expect(categories("Control whether apps may use your camera.").isEmpty)
        #expect(categories("Review what data we collect, such as your IP address.") == ["ip-address"])
        // "is considered any information" defines, as "is any information" does.
        #expect(categories("Such data is considered any information linked to a person, such as a name, IP address or home address.").isEmpty)
        #expect(categories("You can set your browser to turn down every cookie, or to warn you when a site sets one.").isEmpty)
        #expect(categories("You can pause the collection of viewing and search history in family settings.").isEmpty)
        #expect(categories("You can export your information, such as your photos and posts, from the settings page.").isEmpty)
        #expect(
            categories("However, if you block every cookie (essential ones too) in your browser, you may not be able to use parts of the site.")
                .isEmpty)
        // A relative clause about the data gives no choice over the statement.
        #expect(
            categories("We collect advertising IDs, which are random numbers that you can reset in your device settings.").contains(
                "device-identifiers"))
        // A company's possessive names the party ("Google's use of the DART cookie").
        #expect(categories("Google's use of the DART cookie lets it show ads to visitors of your site.").isEmpty)
        #expect(
            categories("Google's use of the DART cookie lets it show ads to visitors of your site.", title: "Google Privacy Policy") == [
                "cookies-tracking"
            ])
        // So does "your" before the user's own organisation or network; with the user, or as an
        // example in parentheses, it names no other party.
        #expect(categories("Your employer may access the email address of your work account.").isEmpty)
        #expect(categories("Your mobile operator will have access to the location of your phone.").isEmpty)
        #expect(categories("You or your employer may give us your work email address.") == ["email-address"])
        // A name joined to "our partners" is the vendor's; a device's maker is data about it.
        #expect(categories("Acme and our partners use cookies to measure visits.") == ["cookies-tracking"])
        #expect(
            categories("Device data, such as your phone's manufacturer and model and the screen size, may be used to fix crashes.") == [
                "device-information"
            ])
        // A phrase that names data with a verb of its own ("share with us as part of surveys",
        // "collected from surveys") states it; a noun ("log-in") or an infinitive does not.
        #expect(categories("Data collected from surveys you participate in.") == ["survey-responses"])
        #expect(categories("Note: if you use a third party log-in solution, the policies of that solution apply.").isEmpty)
        // A disclaimer of liability states no practice on what it disclaims.
        #expect(categories("In that case we are not responsible for how the resumes sent are kept, used or protected.").isEmpty)
        #expect(
            categories("We are not responsible for their cookies and we will always require your consent for our own cookies.") == [
                "cookies-tracking"
            ])
        #expect(categories("We keep track of links to sites that we are not liable for, by counting redirected clicks.") == ["usage-activity"])
        // A definition stays one with verbs in its relative clauses; "log files" is a noun.
        #expect(categories("Personal data is any information that can identify you, including, without limit, your name and email address.").isEmpty)
        // So is what a kind of data is: "is personal data that", "is a special category of".
        #expect(categories("“Sensitive Data” is personal data that includes facts about a person's religion or health.").isEmpty)
        #expect(categories("This is a special category of personal data about matters such as medical facts or religion.").isEmpty)
        #expect(categories("We collect your health records, which are a special category of personal data.") == ["health"])
        #expect(categories("An avatar is a kind of picture file used on forums.").isEmpty)
        #expect(categories("We may share information from cookies, log files, and location data with our affiliates.").isEmpty)
        #expect(categories("Advertisers may give us the ZIP code of the audience they want to reach.").isEmpty)
        // Apps in general are others; ours are ours, and so is "we and other apps".
        #expect(categories("With location services on, apps can access your approximate location.").isEmpty)
        #expect(categories("Our apps may access your location.") == ["approximate-location"])
        #expect(categories("We and other apps may access your location.") == ["approximate-location"])
        // What an act of ours is based on is data we use; what a wrong is based on is no data.
        #expect(categories("We show you ads based on your browsing activity.") == ["browsing-history"])
        #expect(categories("Ads on the site may be chosen based on the pages you view.") == ["usage-activity"])
        #expect(categories("We recommend videos based on your viewing history.") == ["usage-activity"])
        #expect(categories("Our advertising partners may show you ads based on your browsing activity.").isEmpty)
        #expect(categories("We and our partners show you ads based on your browsing activity.") == ["browsing-history"])
        #expect(categories("Acme and/or its marketing partners may promote our products based on your product usage.") == ["usage-activity"])
        #expect(categories("We do not tolerate harassment based on gender, religion or health.").isEmpty)
        #expect(categories("Your choices will vary based on your social media account.").isEmpty)
        #expect(categories("We are a company based in Ireland.").isEmpty)
        // So is one of them, after an indefinite word: "a website", "another app".
        #expect(categories("For example, a website might use analytics tools to count the pages you visit.").isEmpty)
        #expect(categories("Once you allow it, another app may access your precise location.").isEmpty)
        #expect(categories("The app may access your location.") == ["approximate-location"])
        #expect(categories("If you visit a site that uses our ad tools, we receive your IP address.") == ["ip-address"])
        #expect(
            categories("We record the actions users take on a site using our hosting service, such as their username.") == ["account-credentials"])
        #expect(categories("Like any application, Acme uses the IP addresses of its users.") == ["ip-address"])
        // "in place" and "places" without an object are nouns; "places a cookie" is the verb.
        #expect(categories("We have protections in place for your card number.").isEmpty)
        #expect(categories("Your favourite places and search history may be shown as suggestions.").isEmpty)
        #expect(categories("Our site places a cookie on your device.") == ["cookies-tracking"])
        // "A cookie is a file ..." says what a thing is, of any website; it is a statement about
        // us only when we, our site or the site come into it.
        #expect(categories("A cookie is a short text file that is stored in your browser by a web server.").isEmpty)
        #expect(categories("A device identifier is a code that can be used to tell one visitor from another.").isEmpty)
        #expect(categories("A cookie is a short text file that our pages place in your browser.") == ["cookies-tracking"])
        #expect(categories("A cookie is a code stored by the site so it knows you when you come back.") == ["cookies-tracking"])
        // What is kept apart from the data is not collected with it, whatever words come between.
        #expect(categories("Your general location is stored separately from your shipping address.") == ["approximate-location"])
        // "Other than X, we don't collect ...": X is the exception, and it is collected.
        #expect(
            categories("Other than names provided at your discretion, we don't collect personal information such as social security numbers.") == [
                "name"
            ])
        #expect(categories("A mix of facts which could be used to identify someone, such as birth date and gender.").isEmpty)
        #expect(categories("Copies may remain if other people have copied or stored your email address.").isEmpty)
        // Choices are not collection: "you can update your email address".
        #expect(categories("You can update some details, such as your e-mail address, on your profile page.").isEmpty)
        #expect(categories("Certain information, such as your email address, can be updated by calling Customer Service.").isEmpty)
        // The organization's own name, from the title, is no data: "Kaleida Health is required".
        #expect(
            categories("Kaleida Health may use this notice to describe what we collect.", title: "Kaleida Health Notice of Privacy Practices").isEmpty
        )
        #expect(categories("Kaleida Health may use your health information.", title: "kaleidahealth.org privacy policy") == ["health"])
        #expect(categories("Kaleida Health may use this notice to describe what we collect.", title: "kaleidahealth.org privacy policy").isEmpty)
        #expect(
            categories("We collect your password when you register for an Instagram account.", title: "instagram.com privacy policy") == [
                "account-credentials"
            ])
        #expect(categories("We collect your password when you register for an Instagram account.").contains("social-media"))
        // Verbs joined by "and" share their object: the data is used as well as disclosed.
        #expect(categories("We may use and disclose your health records.") == ["health"])
        #expect(categories("We may disclose your health information.").isEmpty)
        // Under a practice verb, a participle after the mention describes a noun of its own.
        #expect(categories("We never share or sell the email addresses gathered through our app.").isEmpty)
        // Placing something on the user's own device is no disclosure; "may be used to identify
        // your computer" outside a relative clause is what the vendor does.
        #expect(categories("Cookies are short identifiers that we place on your computer's disk.").contains("cookies-tracking"))
        #expect(categories("We transfer your email address to our partners.").isEmpty)
        #expect(categories("Cache cookies may be used to identify your computer.") == ["cookies-tracking"])
        // The dots of "U.S." are no clause mark: a phrase spans them.
        #expect(Tokenizer.tokens("the U.S. state, e.g. Texas.").map(\.text) == ["the", "u", "s", "state", ",", "e", "g", "texas", "."])
        // "of use" is the noun; "you permit us to share" is us sharing, not the user giving.
        #expect(categories("Please read the Terms of Use for conditions on your use of the Sites.").isEmpty)
        #expect(categories("You permit us to share information about your activity with that social network.").isEmpty)
        // After an infinitive of purpose, a mention is what the purpose is about; a collecting
        // infinitive still collects.
        #expect(categories("We log IP addresses to help us see how visitors move around the site.") == ["ip-address"])
        #expect(categories("We use cookies to collect your IP address.") == ["cookies-tracking", "ip-address"])
        // A giving verb does not reach past a new predicate.
        #expect(categories("An IP address belongs to the point where you join the Internet, and is assigned by your network provider.").isEmpty)
        #expect(categories("When you register, you enter your name and email address.") == ["name", "email-address"])
        // Every verb of a list after "providers to" is theirs.
        #expect(categories("We allow those providers to fill orders, send mail, study data and take your credit card payments.").isEmpty)
        #expect(categories("We collect your credit card number to process your payments.") == ["payment-information"])
        // A name before a verb starts the main clause; "a user's" is the mention's own phrase.
        #expect(categories("When you create an account, Valve collects a user's email address.") == ["email-address"])
        // "through these means" is a noun; "X means Y" is a definition.
        #expect(categories("Through these means, we may automatically collect your IP address.") == ["ip-address"])
        #expect(categories("Personal information means information such as a name and an email address.").isEmpty)
        // So is a term that opens the sentence, before or after a list mark or a lead-in, named or
        // defined: its definition's verbs and semicolon lists are the term's.
        #expect(categories("“Log Data” means data collected automatically when a page loads, such as your IP address.").isEmpty)
        #expect(categories("(c) “Cookies” means small files placed on a device by a website.").isEmpty)
        #expect(categories("Personal Data: means any information relating to a person, such as a name or location data.").isEmpty)
        #expect(categories("In Utah, “sensitive data” refers to data that reveals a passport number; precise geolocation; or health.").isEmpty)
        #expect(categories("“Biometric Data” shall mean measurements of a person's fingerprints used to identify them.").isEmpty)
        // After "means", "we" states what we do: "this means we ..." is no definition.
        #expect(categories("This means we keep your IP address for thirty days.") == ["ip-address"])
        #expect(categories("Profiling means that we analyse your posts to pick ads.") == ["inferences", "user-content"])
        // Words of another mention are not verbs: "trade union membership" trades nothing.
        #expect(categories("We collect trade union membership, health, or age.") == ["sensitive-traits", "health", "demographics"])
        // A purpose's own verb is no collection: "to analyze site usage" is what the data is for.
        #expect(categories("We may use the data we hold to analyze site usage.").isEmpty)
        // Later infinitives of the same list are purposes too: "to gather demographic information".
        #expect(categories("We use your IP address to diagnose errors on our servers and to gather broad demographic information.") == ["ip-address"])
        #expect(
            categories("We collect IP addresses to study trends, administer the site, and gather broad demographic information.") == ["ip-address"])
        // "Please ..." instructs the reader; "please note that" states a fact, and "please do not
        // send" says what is not wanted.
        #expect(categories("With each such request, please send us your full name and the email address of your account.").isEmpty)
        #expect(categories("Please see our Cookie Policy for information about cookies.").isEmpty)
        #expect(categories("Please note that we collect your IP address.") == ["ip-address"])
        #expect(categories("Please do not send us your social security number.").isEmpty)
        // A purpose that opens a request to the reader is the reader's ("To get a copy of your
        // records, write to us"); one that opens our own clause is ours.
        #expect(categories("To see or get copies of the health records we keep, please send us a written request.").isEmpty)
        #expect(categories("To request access to your email address, contact us at the address below.").isEmpty)
        #expect(categories("To obtain your email address, we ask you to fill in a form.") == ["email-address"])
        // (A table row is read as one sentence: its first cell's purpose is not the next cell's.)
        #expect(
            categories("To improve the answers we give you. | If you include health details in a chat, they may be stored, please see our help page.")
                == ["health"])
        // A question asks what the answer will state; a question quoted in a statement is part of it.
        #expect(categories("Do we use cookies?").isEmpty)
        #expect(categories("How can I control whether the app uses my voice recordings to improve its features?").isEmpty)
        #expect(categories("The app can use your precise location to answer questions like “where is the nearest pharmacy?”") == ["precise-location"])
        // After "by" or "via", bare channel words are how a message travels, not data.
        #expect(categories("We may contact you by phone, email and direct mail.").isEmpty)
        #expect(categories("We reply via email or phone.").isEmpty)
        #expect(categories("We collect your name, phone, email or postal address.") == ["name", "phone-number", "email-address", "postal-address"])
        #expect(categories("We collect your phone number by email.") == ["phone-number"])
        // A sentence that points to where a practice is described states none itself.
        #expect(categories("For more information about cookies and web beacons, see our Cookie Policy.").isEmpty)
        #expect(categories("See Section IV for more detail on cookies and other information collected automatically.").isEmpty)
        #expect(categories("To learn how to manage cookies, click here.").isEmpty)
        #expect(categories("For users who register, we collect an email address.") == ["email-address"])
        // The document speaking of itself states no practice; a choice joined to another verb is one.
        #expect(categories("This Privacy Policy (\"Policy\") sets out how we gather and use your email address.").isEmpty)
        #expect(categories("This section provides further details regarding the collection of card numbers.").isEmpty)
        #expect(categories("This site collects your email address.") == ["email-address"])
        #expect(categories("You can add or change some details, such as your e-mail address, in your account settings.").isEmpty)
        #expect(categories("You can also delete the cookies we have set in your browser.").isEmpty)
        #expect(categories("If you choose to disable cookies, some features may not work.").isEmpty)
        #expect(categories("You can delete cookies, and we collect your IP address.").contains("ip-address"))
        // What information "tells us" or the user "tells us" is given to us.
        #expect(categories("Such information tells us about your operating system and browser type.") == ["device-information"])
        #expect(categories("When you tell us your phone number, we use it for delivery.") == ["phone-number"])
        // "these ads contain cookies": "these" determines another noun; "this includes" stands for data.
        #expect(categories("Such ads contain cookies and may contain web beacons as well.").isEmpty)
        #expect(categories("This may include your IP address.") == ["ip-address"])
        // An item of a list of purposes names what the purpose is about.
        #expect(categories("To determine aggregate figures about visitors, including demographic and usage information.").isEmpty)
        #expect(categories("To provide the service, we collect your IP address.") == ["ip-address"])
        // What is sent or given to us is collected by us, whoever sends it; after the mention only
        // a passive says so.
        #expect(categories("Your location is transmitted to us along with the search terms.") == ["approximate-location", "search-history"])
        #expect(categories("Your email address is provided to us by our partners.") == ["email-address"])
        #expect(categories("We may publish your name and other details you gave us.").isEmpty)
        // The user sharing with others gives us nothing; sharing with us does.
        #expect(categories("When you post an article from our site to your Facebook profile, Facebook's policy governs that action.").isEmpty)
        #expect(categories("When you share your email address with us, we send you a receipt.") == ["email-address"])
        // A title line in the text is no statement; a question or a sentence is read.
        #expect(categories("How we use cookies, log IP addresses, or use other tools to collect information").isEmpty)
        #expect(categories("How we use cookies: we collect your IP address.") == ["cookies-tracking", "ip-address"])
        // Social media features and widgets are run by another party.
        #expect(categories("Such widgets may collect your IP address and may set a cookie so that the widget works.").isEmpty)
        #expect(categories("Our new features collect your IP address.") == ["ip-address"])
        // Examples of tasks are no list of data; examples of information are.
        #expect(categories("Examples include delivering packages, sending e-mail and processing credit card payments.").isEmpty)
        #expect(
            categories(
                "Examples include order fulfillment, package delivery, email communications and web hosting, which may include content we supply."
            ).isEmpty)
        #expect(categories("Examples of the information we collect include your IP address.") == ["ip-address"])
        // What a tracking technology is describes it as any site may use it: no statement, in
        // the singular or the plural ("A cookie is ...", "Clear gifs are ..."). What it does on
        // our pages is one, and the technology is named.
        #expect(categories("Clear gifs are tiny graphics holding a unique code, and are used to follow the visits of readers.").isEmpty)
        #expect(categories("Cookies are used on our pages to remember the user's name.") == ["cookies-tracking"])
        #expect(categories("Using cookies: Cookies are small files kept right on the device you use.") == ["cookies-tracking"])
        #expect(categories("Cookies and web beacons collect your IP address.") == ["ip-address"])
        #expect(categories("Our cookies store the country where you are located.") == ["cookies-tracking", "approximate-location"])
        #expect(categories("Telephone requests are not acceptable.").isEmpty)
        // A web address names no data; the words around it still count.
        #expect(categories("Our analytics are described at https://example.com/privacy/cookies-and-ip-address.html, which we use.").isEmpty)
        #expect(categories("We collect your IP address (see www.example.com/ip).") == ["ip-address"])
        // Signing in is no logging: "logged into" and "log in to"; "logged in our server logs" is.
        #expect(categories("If you visit our pages while logged into a social network, our partners may link this data.").isEmpty)
        #expect(categories("Your IP address is logged in our server logs.").contains("ip-address"))
        // Pointers to more information, and the user's way out, state no practice.
        #expect(categories("Here you will find details on the handling of your data while using the service, and of your address.").isEmpty)
        #expect(categories("Further information about cookies, including how to delete them, visit www.example.org.").isEmpty)
        #expect(categories("More details about the cookies we use can be found in our Cookie Policy.").isEmpty)
        #expect(categories("Additional information we collect includes your IP address: see below.") == ["ip-address"])
        #expect(
            categories("To opt out of cookies that let content reach you, such as targeted ads, there are ways to control the ads you get.").isEmpty)
        #expect(categories("To manage your account, we collect your email address.") == ["email-address"])
        #expect(categories("For more detail on how we use cookies, please read our Cookie Policy.").isEmpty)
        #expect(categories("Check which browser you use, then pick the matching link below.").isEmpty)
        #expect(categories("Check-in data, such as your location.") == ["approximate-location"])
        // The object of a choice, and the "Do Not Track" name, state no collection.
        #expect(
            categories(
                "We do not currently act on browser do not track signals or other tools that give users a choice about the collection of data on their online activities."
            ).isEmpty)
        #expect(categories("You have choices over the collection and use of your location data in the app settings.").isEmpty)
        #expect(
            categories(
                "We offer choices over the collection, use or sharing of your data, from editing what you include in your profile to hiding your posts."
            )
            .isEmpty)
        // What a practice depends on is a condition, not data.
        #expect(categories("What we gather depends on how you use the app.").isEmpty)
        #expect(categories("What we collect may depend on your kind of device and its settings.").isEmpty)
        #expect(categories("Depending on your settings, we collect your precise location.") == ["precise-location"])
        // What the user refuses, and an unnamed person, are no collection of ours.
        #expect(categories("When a publisher sends us a request to opt-out of profiling, we treat that user as opted out.").isEmpty)
        #expect(categories("If you ever suspect someone has had access to your password, please take these steps.").isEmpty)
        #expect(categories("At the end of this page, you will find our Cookie Policy, with details of our use of cookies.").isEmpty)
        #expect(categories("With your permission, we access your address book to help you find friends.") == ["contacts"])
        #expect(categories("You can choose whether the assistant processes your location information to give you timely notices.").isEmpty)
        #expect(categories("When you write to us, please make sure to give us your name and each phone number you want to add.").isEmpty)
        #expect(categories("To check our emails reach the right address, we may get a notice when you open an email from us.").isEmpty)
        // "trade" before the noun it qualifies is no sale; the verb still shares what it names.
        #expect(categories("We may collect details at trade shows, including business phone numbers.") == ["phone-number"])
        #expect(categories("We use your phone number to reach you and never trade it.") == ["phone-number"])
        #expect(categories("We sell, trade, or rent phone numbers to partners.").isEmpty)
        // What we hand another party ("we provide ... to advertisers") is shared, not collected.
        #expect(categories("We may provide details, including your name and email address, to advertisers.").isEmpty)
        // So is what we give so that another party can act on it.
        #expect(categories("We will provide your details (for example, name and email address), so that the advertiser can send the prize.").isEmpty)
        #expect(categories("We provide your details, for example your name, so that we can reach you.") == ["name"])
        #expect(categories("We give error data, such as crash reports, to our partners so they can fix their drivers.").isEmpty)
        // What the user hands "them" goes to another party: no practice of ours.
        #expect(categories("Partners may use what you disclose to them, so read the privacy notice of each website you visit.").isEmpty)
        #expect(categories("You may give us your email address and we will pass it to them.") == ["email-address"])
        // A parenthesis after the occasion names what is collected.
        #expect(
            categories("We automatically collect some details whenever you open the app (together, “Device Information”).") == ["device-information"])
        // A verb inside a parenthesis speaks only inside it: the data is still collected by us.
        #expect(
            categories("Information collected automatically by this app (or by analytics partners used in it) may include your IP address.") == [
                "ip-address"
            ])
        // What our records hold is kept.
        #expect(categories("Our server logs include your IP address and the pages you visit.") == ["ip-address", "usage-activity"])
        // So does a cookie or a file of ours; what cookies are, in general, names no data.
        #expect(categories("The cookie contains your user name so that you stay signed in.") == ["account-credentials"])
        #expect(categories("Each upload is a single file containing your voice.") == ["audio-recordings"])
        #expect(categories("Cookies are small text files that contain information about your visit.").isEmpty)
    }

    @Test("a vendor that names itself more often than it says 'we' is the first party")
    func selfNamedVendor() {
        func document(_ sentences: [String]) -> Document {
            Document(
                title: "Bing and MSN Privacy Statement", format: .text,
                blocks: sentences.enumerated().map { n, text in
                    Block(kind: .paragraph, text: text, line: n + 1, sentences: [Sentence(text: text, line: n + 1)])
                })
        }
        let filler = Array(repeating: "Microsoft keeps this statement current.", count: 10)
        let own = Self.analyzer.findings(in: document(filler + ["Microsoft collects your IP address."]))
        #expect(own.contains { $0.category == "ip-address" && $0.actor == .firstParty })
        // So are the items of a list it introduces.
        var listed = document(filler + ["When you run a search, Microsoft collects the following:"])
        listed.blocks.append(
            Block(
                kind: .listItem, text: "IP address and your location", line: 20, sentences: [Sentence(text: "IP address and your location", line: 20)]
            ))
        let items = Self.analyzer.findings(in: listed)
        #expect(items.contains { $0.category == "approximate-location" && $0.actor == .firstParty && $0.basis == "list" })
        #expect(!items.contains { $0.actor == .thirdParty })
        // Named a few times among "we", it stays a third party.
        let other = Self.analyzer.findings(in: document(["We use Microsoft Clarity.", "We keep logs.", "Microsoft collects your IP address."]))
        #expect(other.contains { $0.category == "ip-address" && $0.actor == .thirdParty })
    }

    @Test("Denials: asides, 'but not X', and the verb they share")
    func denials() {
        func read(_ text: String) -> (collected: Set<String>, denied: Set<String>) {
            let findings = Self.analyzer.findings(
                in: Document(
                    title: nil, format: .text, blocks: [Block(kind: .paragraph, text: text, line: 1, sentences: [Sentence(text: text, line: 1)])]))
            return (Set(findings.filter { !$0.negated }.map(\.category)), Set(findings.filter(\.negated).map(\.category)))
        }
        // A denial inside a relative clause ends where the main clause's modal comes; "apps that
        // can use" opens another relative clause, no main clause.
        #expect(
            read("Widgets which cannot use your exact location might still use your approximate location, like your town.") == (
                ["approximate-location"], ["precise-location"]
            ))
        // "will" opens the main clause as "might" does; apps in general, with a relative clause of
        // their own, are its subject.
        let apps = "Once the feature is on, apps which cannot use your precise location will get access to your general location."
        #expect(read(apps) == (["approximate-location"], ["precise-location"]))
        // Cookies the vendor says it has no access to are another party's: no denial of its own.
        #expect(read("We do not have access to the cookies that advertisers place, nor can we control them.") == ([], []))
        #expect(read("We do not have access to such third-party cookies.") == ([], []))
        #expect(read("We do not use cookies.") == ([], ["cookies-tracking"]))
        // The user's choice not to give data, said as a statement, makes it optional, not denied.
        #expect(read("You may choose not to give us your date of birth.") == (["demographics"], []))
        #expect(read("We choose not to collect your date of birth.") == ([], ["demographics"]))
        // A verb of purpose after a comma starts the next purpose: "without" does not reach past it.
        #expect(
            read(
                "We use tracking tools to let users move between our sites without logging in to each one, understand internet usage, and improve our offerings."
            )
            .denied.isEmpty)
        // Not showing ads based on a kind of data limits a use; it does not deny holding the data.
        // Denying its collection in the same clause still does.
        #expect(read("We do not show ads based on your precise location.") == ([], []))
        #expect(read("We never use interest topics or target ads based on sensitive categories like health.") == ([], []))
        #expect(read("We never knowingly collect, nor target ads based on, sensitive categories like health.") == ([], ["health"]))
        #expect(
            Self.analyzer.findings(
                in: Document(
                    title: nil, format: .text, blocks: [Block(kind: .paragraph, text: apps, line: 1, sentences: [Sentence(text: apps, line: 1)])])
            ).allSatisfy { $0.actor == .thirdParty })
        // After "and we", a verb with an object of its own denies that object, not the data
        // before it; one that points back ("them", "those chats") denies the data again.
        #expect(
            read("We keep your password in hashed form and we do not keep your card number.") == (["account-credentials"], ["payment-information"]))
        // After a condition that holds the mention, our clause with an object of its own is
        // about that object: what the condition names is neither denied nor collected by it.
        #expect(read("If you open a forum account ID, we do not collect any other personal data.") == ([], []))
        #expect(read("If you give us your email address, we keep it.") == (["email-address"], []))
        // A verb between "never" and the mention ends the list "never" could head: the user's
        // sharing is not what is denied.
        #expect(read("We never sell information you share in your posts.") == (["user-content"], []))
        // ", which means that we" opens a clause of ours too.
        #expect(read("We do not answer those browser signals, which means that we collect your browsing history.") == (["browsing-history"], []))
        #expect(
            read("Your card details are handled by the payment provider, and we never receive your bank account number.") == (
                [], ["financial-information"]
            ))
        #expect(read("We do not read your messages and we do not store them on our servers.") == ([], ["communications"]))
        // What the vendor's people may look at limits their access; it denies nothing.
        #expect(read("Our employees do not access your photos, messages or files.") == ([], []))
        // "no" after a noun and before a comma is a number's abbreviation, no denial.
        #expect(
            read("We collect passport data: name, civil registration no, gender and address.") == (
                ["government-id", "name", "demographics", "postal-address"], []
            ))
        // A second predicate that denies a use for a purpose ("and it is not used for ...")
        // limits the use of what the first takes; it denies nothing when it is the only verb.
        #expect(read("We keep your phone number for two-step sign in and it is not used for marketing.") == (["phone-number"], []))
        #expect(read("Crash identifiers are used solely for crash monitoring, and not used for advertising.") == (["diagnostics"], []))
        #expect(read("Your later chats will not show in your history, and will not be used for model training.") == ([], []))
        // What may become impossible is a consequence; what we are not able to do is denied.
        #expect(read("If you turn cookies off, we might not be able to save your sign-in details.").denied.isEmpty)
        #expect(read("We are not able to access your password.").denied == ["account-credentials"])
        // The store named after "in" is where the denied data would be kept, not what is denied;
        // "the entries in your contacts list" are the list's own content.
        #expect(read("We do not store your name in cookies.") == ([], ["name"]))
        #expect(read("We never save the entries in your contacts list.").denied == ["contacts"])
        // A denied use for a purpose limits the use, even when a participle describes the data.
        #expect(read("We do not use your notes, pictures or other files saved on your phone to pick the ads you see.") == ([], []))
        #expect(
            read("Our game never asks for your email address and does not appear in the list of apps that can use your email address.") == (
                [], ["email-address"]
            ))
        // A denied keeping with its end says how long the data is kept; without one, or with a
        // place, it denies.
        #expect(read("We do not keep your IP address longer than 30 days.") == (["ip-address"], []))
        #expect(read("We don't keep your search history after you close the app.") == (["search-history"], []))
        #expect(read("Your chats are processed to answer you and are not retained further, except as the law requires.") == (["communications"], []))
        #expect(read("We do not store your IP address on our servers.") == ([], ["ip-address"]))
        #expect(read("Our app does not keep permanent IP logs.") == (["ip-address"], []))
        // "without compensation" is a manner, as "without notice" is: it denies nothing.
        #expect(
            read("The company may use any user content it receives, without compensation to you as the provider of that user content.") == (
                ["user-content"], []
            ))
        #expect(read("We do not store your IP address, as described further below.") == ([], ["ip-address"]))
        // A denied use for a purpose limits the use, whatever condition follows it; the
        // condition's own verb is not the one denied.
        #expect(read("We do not use your crash reports for advertising when we receive them from business customers.") == ([], []))
        #expect(read("We do not collect your crash reports when you use a work account.") == ([], ["diagnostics"]))
        // What aggregate or anonymous data leaves out is its scope, and what "can be used to
        // personally identify you" is a definition: neither denies nor collects.
        #expect(
            read(
                "Our statistics are aggregated data and do not include contact details, like names or phone numbers, which can be used to personally identify someone."
            ) == ([], []))
        #expect(read("The data we keep does not include your name.") == ([], ["name"]))
        // A denied inclusion denies every item of the list its object opens, however long.
        #expect(
            read(
                "The data you send us should not include any sensitive data, such as passport numbers, complete payment card numbers with their security codes, or medical records."
            ) == ([], ["government-id", "payment-information", "health"]))
        // "criminal record" is a noun, not a verb that records what follows.
        #expect(read("Sensitive data is data about a person's criminal record or health.") == ([], []))
        // So are records and logs named by what they are of: "call logs", "customer records".
        #expect(read("Call logs and your phone number appear in the app.") == ([], []))
        // "not in use" says when, and denies nothing.
        #expect(read("Your precise location may be collected while the app is not in use but runs in the background.") == (["precise-location"], []))
        // A comma and a new subject, ours or the user's with a verb, end the denial's clause.
        #expect(
            read("To make sure we never collect data from minors by mistake, you may be asked to give your date of birth.") == (["demographics"], []))
        #expect(read("We do not collect your phone number, you may add it to your profile yourself.") == ([], ["phone-number"]))
        // The user's own refusal in a condition, or a means we cannot do without, is no denial of ours.
        #expect(read("If you do not give us an email address, we will not be able to sign you up.") == (["email-address"], []))
        #expect(read("However, if you choose not to give an email address, we cannot help you reset a lost password.") == (["email-address"], []))
        #expect(
            read("We can't suggest matches without you providing some facts about yourself, like basic profile details.") == (["user-content"], []))
        // What the user tells others in a Do Not Track setting is no denial of ours, even with our
        // own clause after it; what a child does with the app is the user's doing, as "you" is.
        #expect(
            read(
                "Although a browser may offer a Do Not Track setting that lets you ask websites not to track your browsing activity, we do not honour that setting."
            ) == ([], []))
        #expect(read("When your child uses the game without logging in to a Google account, a separate notice applies.") == ([], []))
        #expect(read("When your child uses the game, we collect the device model.") == (["device-information"], []))
        // A denied inclusion denies what it would list; what the law's "personal information"
        // does not include is its scope.
        #expect(read("The information we keep about your visits does not include your name.") == ([], ["name"]))
        #expect(read("Personal information does not include your name when it is publicly available.") == ([], []))
        // A warning about the channel a request would come by ("staff will never request your
        // password through an unsolicited call") denies neither the channel nor the data: the
        // service may still take the password at sign-in.
        #expect(read("Our staff will never request your password through an unsolicited call or e-mail.") == ([], []))
        // So is the same warning that names the channel alone; asked for with no channel, the
        // data is denied.
        #expect(read("We will never ask you for a password or card number by e-mail or over the phone.") == ([], []))
        #expect(read("We do not request your card number or your password.") == ([], ["payment-information", "account-credentials"]))
        // A second predicate that denies only the keeping ("and are not stored") says how long
        // data that is taken is kept; left on the device, or with more than the keeping denied,
        // the data is still denied.
        #expect(read("The photos you send are used only to write a caption and are not stored.") == (["photos-videos"], []))
        #expect(read("We process your voice recordings and do not retain them.") == (["audio-recordings"], []))
        #expect(read("Voice recordings are processed on your device and are never stored.") == ([], ["audio-recordings"]))
        #expect(read("Device details that we process to run the service are not retained.") == (["device-information"], []))
        #expect(read("Your photos are read by our partner and are neither stored nor processed on our systems.").denied == ["photos-videos"])
        // What a document leaves out is its scope, and an opening "without" phrase a condition:
        // neither denies the data.
        #expect(read("Our Cookie Policy does not address the way we process your search history once you leave.") == ([], []))
        #expect(read("Without these essential cookies, the site cannot work, and we only use those cookies for that.") == (["cookies-tracking"], []))
        #expect(read("Without limiting the above, we may collect your email address.") == (["email-address"], []))
        // Not without the user's consent is with it: collected, on a condition; without
        // anything else it still denies.
        #expect(read("The assistant will not keep your voice recordings without your permission.") == (["audio-recordings"], []))
        #expect(read("We do not access your address book without first asking you.") == (["contacts"], []))
        #expect(read("The assistant will not keep your voice recordings without a reason.") == ([], ["audio-recordings"]))
        // So is "until you" or "unless you"; "unless required by law" leaves the denial.
        #expect(read("The app does not access your contact list until you turn on the invite feature.") == (["contacts"], []))
        #expect(read("We do not keep the photos you edit unless you save them to your gallery.") == (["photos-videos"], []))
        #expect(read("We will not place advertising cookies unless we have your consent.") == (["cookies-tracking"], []))
        // What a concession names ("even when ... are not collected") is neither.
        #expect(read("We log the speed of the car, even when photos and video are not collected.") == ([], []))
        #expect(read("We do not keep the photos you edit unless required by law.") == ([], ["photos-videos"]))
        // After an impossibility, "without" names what is required; without an impossibility
        // before it, it still denies.
        #expect(read("Our servers cannot process the request without your voice recordings.") == (["audio-recordings"], []))
        #expect(read("It is not possible to access your account without your password.") == (["account-credentials"], []))
        #expect(read("Information that does not identify you, like your age, is used without your name.") == (["demographics"], ["name"]))
        // What denied data would be kept with is not denied itself.
        #expect(read("We do not keep your IP address alongside the searches you run on our site.") == ([], ["ip-address"]))
        // "and only" starts what is done: the denial stays before it.
        #expect(
            read("We do not store your full card number and only keep the final four digits of your payment card.") == (
                ["payment-information"], ["payment-information"]
            ))
        #expect(read("Some services do not require a verified identity and only require an email address.") == (["email-address"], []))
        // "disclose records revealing ...": the plural after a verb is its object, not a verb.
        #expect(read("We will not disclose records showing which videos you rented unless a court orders it.") == ([], []))
        // A service that may fail, the user's instruction to us, and an optional giving deny nothing.
        #expect(read("Some features may not function properly if use of Location Data is disabled.").denied.isEmpty)
        #expect(read("You may ask us not to use personal information to build profiles about you.").denied.isEmpty)
        #expect(read("You don't need to tell us your name or email address to sign up.") == (["name", "email-address"], []))
        // "By X, we mean ..." defines a term; it states no collection.
        #expect(
            read("By personal information, we mean data that identifies a person, such as a name, home address or Social Security number.") == (
                [], []
            ))
        // What we cannot do once the user refuses is a consequence: neither a denial nor a collection.
        #expect(read("If you turn those cookies off, we will not be able to track speed metrics.").denied.isEmpty)
        #expect(read("If you switch off this feature in your settings, we will not collect your precise location.") == ([], []))
        // So is the setting the refusal names, and a parenthesis closed before the denial is no aside.
        #expect(read("If you do not enable GPS location services, we don't collect your precise location.") == ([], []))
        #expect(
            read("If you do not enable location services, or if an app has no map (e.g., the weather app), we do not collect your precise location.")
                == ([], []))
        #expect(read("If you refuse to let us gather this data, we may not be able to tailor the site to your interests.") == ([], []))
        // A denied purpose denies neither the data nor its keeping; "consent" and "payment" are
        // objects of their own verbs, not the data before them.
        #expect(read("A cookie is not used to access the files on your computer.") == ([], []))
        #expect(read("Your email address is not used or stored.") == ([], ["email-address"]))
        #expect(read("We may pass your medical information to a billing firm that helps us collect payment from your insurer.") == ([], []))
        // An aside in brackets does not part a denial from its verb, and a denial inside brackets
        // that close before the mention speaks of the brackets only.
        #expect(read("We do not (under any circumstances) collect your precise location.") == ([], ["precise-location"]))
        // The means named after a denied collection is how it would be done, not what is denied.
        #expect(read("No personal data is gathered via our cookies or pixels.") == ([], []))
        #expect(read("We do not collect your name through cookies.") == ([], ["name"]))
        // A participle right after a denied sharing qualifies what is shared: no collection denied.
        #expect(read("We do not sell processed location data.") == ([], []))
        // A denied need of consent waives the consent and denies nothing of the data.
        #expect(read("We use cookies that do not require your consent.") == (["cookies-tracking"], []))
        #expect(read("We do not require your consent to collect your IP address.") == (["ip-address"], []))
        // A comma and a new subject of ours end the denial: what follows is said, not denied.
        #expect(
            read("We do not keep your full card number, we keep only your name and billing address.") == (
                ["name", "postal-address"], ["payment-information"]
            ))
        #expect(read("Even though we are not relying on your consent here, we may ask to access your contacts.") == (["contacts"], []))
        // A condition the user merely meets leaves the denial ours, and so does an aside.
        #expect(read("If you visit our website, we do not collect your IP address.") == ([], ["ip-address"]))
        // A denied verb inside a condition with its own subject speaks of that subject: the data
        // before it is neither denied nor, by that verb, collected. A comma ends the condition.
        #expect(read("Chat logs are erased after a week if a complaint is not created.") == ([], []))
        #expect(read("Photos you upload are deleted after a month when the account is not used.") == ([], []))
        #expect(read("Email addresses: when a partner permits it, we collect them in hashed form.") == (["email-address"], []))
        #expect(
            read("If you choose to opt out of this program (though we do not use your phone number in it), visit their site.").denied == [
                "phone-number"
            ])
        // The user's own wish, and a denied verb that shares the condition's subject, are the user's.
        #expect(read("Turn off location services if you do not want your location used.") == (["approximate-location"], []))
        #expect(read("If you forget your password and do not have access to your registered email address, contact support.").denied.isEmpty)
        // A denial inside an "if" clause, with the mention, supposes a case and denies nothing;
        // after the condition's own subject and verb the main clause denies, comma or not.
        #expect(read("If we do not receive your payment details, the order is cancelled.").denied.isEmpty)
        #expect(read("Registration fails if your face cannot be detected in a profile photo.").denied.isEmpty)
        #expect(read("If you are under 13 we do not collect your name.").denied == ["name"])
        // So does one after the mention that is the condition's subject; the main clause says the
        // photo is kept.
        #expect(read("If your profile picture is not placed first, we place it first ourselves.") == (["photos-videos"], []))
        #expect(read("Your precise location is not collected, if you turn it off.").denied == ["precise-location"])
        // A list of denied verbs reaches its last one; a verb inside the examples that "including"
        // opens belongs to them, not to a denied verb before it.
        #expect(read("We will not sell, rent, or collect your email address.") == ([], ["email-address"]))
        #expect(
            read("We pass data to firms we do not own, including data gathered from cookies, such as your IP address.") == (
                ["cookies-tracking", "ip-address"], []
            ))
        // "so we" and "(we" open a clause of our own, whose denial is of its own object; a denial
        // after the mention that follows the user's refusal is its consequence.
        #expect(read("Later, Sam turns off location services on his phone, so we don't collect his GPS data anymore.").denied == ["precise-location"])
        #expect(read("If you opt out of personalised ads, data tied to these cookies will not be used.") == ([], []))
        // "it" after the user's verb is its object; "and it" opens a clause of another subject.
        #expect(read("If you reset it and do not have access to your registered email address, contact support.").denied.isEmpty)
        #expect(read("If you sign up and it does not keep your email address, contact support.").denied == ["email-address"])
        // "using" after a control the user exercises is the user's means: it neither collects nor
        // denies, before or after it. After another participle it is still a use.
        #expect(read("Some cookies cannot be deleted using your browser settings.") == ([], []))
        #expect(read("Cookies can be managed by using your browser settings.") == ([], []))
        #expect(read("Ads are personalized using your browsing history.") == (["browsing-history"], []))
        // Having no control over another party's cookies, and a Do Not Track setting, deny nothing.
        #expect(read("We do not have control over the cookies that other firms set.") == ([], []))
        #expect(read("For now, we do not act on Do Not Track browser settings or signals.") == ([], []))
        // An aside between the auxiliary and its verb does not end the clause.
        #expect(read("We do not, however, record IP addresses or keep IP address logs.") == ([], ["ip-address"]))
        #expect(read("We do, however, collect your IP address.") == (["ip-address"], []))
        // A "however" after a whole clause still starts a new one.
        #expect(read("We collect your name, however, we do not collect your email address.") == (["name"], ["email-address"]))
        // "X but not Y": Y is denied under the same verb.
        #expect(read("Our server records your browser version but not your email address.") == (["device-information"], ["email-address"]))
        #expect(read("We collect your name but we never sell your email address.") == (["name"], []))
        // So does an aside between the denial and its verb.
        // (With no channel named: "... by email" would be the warning about false requests.)
        #expect(read("We will not, at any point, request your card number.") == ([], ["payment-information"]))
        #expect(read("We will not sell it, and at any time we may collect your IP address.") == (["ip-address"], []))
        // A sentence about the browsers' Do Not Track setting denies nothing; ours still does.
        #expect(read("Some browsers have a Do Not Track setting that tells sites you do not wish your browsing to be followed.") == ([], []))
        #expect(read("We respect Do Not Track signals and so do not track your browsing history.").denied == ["browsing-history"])
        // A "but not" or "not including" opens a list of what is denied, however long.
        #expect(
            read(
                "Data about your visits, such as how often an ad was shown (but not your name, home address or other personal details), is used to pick ads."
            ).collected.isEmpty)
        #expect(
            read("Partners may use data (not including your name, postal or email address, or phone number) about your visits.").collected.isEmpty)
        #expect(
            read("We collect information that may include, but not be limited to, the gender and date of birth you enter.") == (["demographics"], []))
        // The user's review of what we keep is a choice, the relative clause without its pronoun too;
        // access to a service is not access to data.
        #expect(
            read("On request, you may review what is in your file, including contact details (name, e-mail), or any other data we may keep.")
                .collected.isEmpty)
        #expect(read("You may access parts of our services by registering and providing us with an email address.") == (["email-address"], []))
        // A denial that names no data of the category: children's ages, a feature's name, a place noun.
        #expect(read("We do not knowingly gather personal information from people under age 16.") == ([], []))
        #expect(
            read("Web Tracking and Do Not Track Signals: we may use cookies to collect your browsing history.") == (
                ["cookies-tracking", "browsing-history"], []
            ))
        #expect(read("Passport data (including: photo, date of birth, place of birth, civil registration no, gender)").denied.isEmpty)
        #expect(read("You do not need an account to use parts of our services, such as watching videos.") == ([], []))
        #expect(read("We will not use your data where we believe your interests outweigh ours.") == ([], []))
        // A denied means reaches its infinitive; a waived duty ("do not have to") denies nothing.
        #expect(read("We do not have any technical way to access your encrypted mail, files or passwords.") == ([], ["account-credentials"]))
        #expect(
            read("The profile is optional (you do not have to fill it in to access the forum) and may include your gender and occupation.") == (
                ["demographics", "employment-education"], []
            ))
        // A denied use for a purpose limits the use; it denies no collection. A denied verb alone,
        // or a denied collecting purpose, still denies.
        #expect(read("We do not use your IP address to identify you.") == ([], []))
        #expect(read("Your recordings are not used to train our models.") == ([], []))
        #expect(read("We do not use cookies.") == ([], ["cookies-tracking"]))
        // "not otherwise" limits the use to the one named.
        #expect(
            read("We ask for a photo of your ID card, which is used to check your identity and is not otherwise kept.") == (
                ["photos-videos", "government-id"], []
            ))
        // The tool before a denied collecting purpose is its means: what it would collect is denied.
        #expect(read("Our site never uses persistent cookies to collect your name.") == ([], ["name"]))
        #expect(read("We do not use GPS technology to gather your precise location.") == ([], ["precise-location"]))
        #expect(
            read("Partners may use information (not including your name or email address) about your visits to serve ads.").denied == [
                "name", "email-address",
            ])
        // The user's own verb, reached through "agree not to"; an aside's "not"; a limit ("not
        // continuously"); a relative clause of another noun; thresholds and offences name no data.
        #expect(read("You agree not to use a false name.") == ([], []))
        #expect(
            read("Please note that our service provider – not Example – collects and processes your financial information.") == (
                ["financial-information"], []
            ))
        #expect(read("Staff body cameras do not continuously record images or faces.") == (["photos-videos"], []))
        #expect(
            read("Pixel tags may be used to record data about your browsing activities on platforms that may not utilize our technology.") == (
                ["cookies-tracking", "browsing-history"], []
            ))
        #expect(read("We never knowingly gather personal information from anyone below the minimum ages set out here.") == ([], []))
        #expect(read("If we learn on collection that a user is below this age, we will not use or keep their personal information.") == ([], []))
        #expect(read("We do not carry out broad monitoring of content, beyond helping to curb incitement to hatred.") == ([], []))
        #expect(
            read("As email and instant messaging are not seen as secure channels, we request that you not send us private information.") == ([], []))
        #expect(
            read("The original image is deleted after redaction, ensuring that the image is neither stored nor seen by a person.") == (
                [], ["photos-videos"]
            ))
        // "without your knowledge" is a manner; "never ... without your consent" collects with it.
        #expect(
            read("Your posts could also be collected and used by others without your knowledge or ours, which may lead to unwanted messages.") == (
                ["user-content", "communications"], []
            ))
        #expect(read("We will never collect your precise location without your consent.") == (["precise-location"], []))
        // So is a condition put in the negative ("even if not signed in").
        #expect(
            read("A record of recent places is saved to the phone even if not using an account, and some apps can access your location history.") == (
                ["approximate-location"], []
            ))
        // "while you are not using the app" is the user's doing: the collection stands.
        #expect(read("We may collect information about your location even while you are not using the app.") == (["approximate-location"], []))
    }

    @Test("reading never traps: every short sentence of the words the reader looks at")
    func readingIsTotal() {
        // Words that steer the reader (verbs, "by you", occasions, list cues, clause breaks),
        // combined into many short sentences: an out-of-range index anywhere traps the process.
        let words = [
            "we", "you", "by", "collect", "provided", "share", "when", "if", ",", ";", "but", "not", "limited",
            "such", "as", "information", "includes", "email", "address", "your", "a", "access", "to", "(", ")", ":",
            "use", "of", "the", "ip", "can", "update", "is", "collected", "name", "and", "or", "survey", "complete",
            "recommend", "that", "do", "allow", "a", "cookie", "separately", "from", "|", ".", "transmitted", "us",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        // (A verb that gives "to us" is one whatever its class: "will not transmit to us, and ...".)
        var sentences = words.flatMap { a in words.map { b in "\(a) \(b) email address" } }
        sentences += words.flatMap { a in words.map { b in "\(a) \(b) to us, and your email address" } }
        for _ in 0..<3_000 {
            sentences.append((0..<(1 + next(14))).map { _ in words[next(words.count)] }.joined(separator: " "))
        }
        for text in sentences {
            let document = Document(
                title: nil, format: .text, blocks: [Block(kind: .paragraph, text: text, line: 1, sentences: [Sentence(text: text, line: 1)])])
            _ = Self.analyzer.findings(in: document)
        }
        // Introductions of a list, which are read up to their end: every pair of words before
        // "you", and the random sentences.
        let intros = words.flatMap { a in words.map { b in "\(a) \(b) you" } } + sentences.prefix(2_000)
        // (A table row's "|" and a period inside it steer the reading of denials.)
        for intro in intros.map({ $0 + ":" }) + intros.map({ "| " + $0 + " ." }) {
            // So is the sentence after a run-in label ("Usage data. We may gather some data
            // that does not reveal who you are.").
            let runIn = Document(
                title: nil, format: .text,
                blocks: [
                    Block(
                        kind: .paragraph, text: "Usage data. " + intro, line: 1,
                        sentences: [Sentence(text: "Usage data.", line: 1), Sentence(text: intro, line: 1)])
                ])
            _ = Self.analyzer.findings(in: runIn)
            let item = "your email address"
            let document = Document(
                title: nil, format: .text,
                blocks: [
                    Block(kind: .paragraph, text: intro, line: 1, sentences: [Sentence(text: intro, line: 1)]),
                    Block(kind: .listItem, text: item, line: 2, sentences: [Sentence(text: item, line: 2)]),
                ])
            _ = Self.analyzer.findings(in: document)
        }
        // The reader itself, at every word of a sentence and at its end (where an introduction or
        // a run-in label's next sentence is read): a denial or a list cue may open a sentence of
        // any length, and the sentence may end in any word.
        let openers = ["we do not include", "we do not collect", "no", "without", "we never share", "if we do not receive", "you"]
        var long: [String] = []
        for opener in openers {
            for last in words {
                long.append(([opener] + (0..<(next(18))).map { _ in words[next(words.count)] } + [last]).joined(separator: " "))
            }
        }
        for text in long + sentences.prefix(3_000) {
            let tokens = Tokenizer.tokens(text)
            // (And with an empty mention anywhere: examples are read at the data word of the
            // sentence before them, which may open it.)
            for k in 0...tokens.count {
                _ = StatementClassifier.read(tokens, mention: k..<min(k + 1, tokens.count))
                _ = StatementClassifier.read(tokens, mention: k..<k)
            }
        }
        #expect(sentences.count > 4_000)
    }

    @Test("list items take their meaning from the sentence that introduces them, and from the section heading")
    func structure() throws {
        let html = Support.html(
            """
            <p>We do not collect the following:</p><ul><li>Your precise location</li></ul>
            <h2>Information We Collect</h2><ul><li>Phone number</li></ul>
            """)
        let found = Self.analyzer.findings(in: try Support.read(html))
        #expect(found.contains { $0.category == "precise-location" && $0.negated })
        #expect(found.contains { $0.category == "phone-number" && !$0.negated })
        // Items that open with the verb a denying introduction leaves open continue the denial;
        // a list of exceptions does not.
        let denied = Support.html(
            """
            <p>Our ads do not require:</p><ul><li>To collect your email address in plain text.</li></ul>
            <p>We do not share your data except:</p><ul><li>To collect your phone number for delivery.</li></ul>
            """)
        let deniedFound = Self.analyzer.findings(in: try Support.read(denied))
        #expect(Set(deniedFound.filter(\.negated).map(\.category)) == ["email-address"])
        #expect(Set(deniedFound.filter { !$0.negated }.map(\.category)) == ["phone-number"])
        // "Examples include: ..." under a heading of what is collected lists data; examples of
        // tasks, written as gerunds, do not.
        let examplesOfData = Support.html(
            """
            <h2>Information we collect</h2><h3>Identifiers</h3>
            <ul><li>Examples include: a nickname, a home address and an email address.</li></ul>
            <h2>Service providers</h2><p>Examples include shipping parcels, sending email and handling card payments.</p>
            """)
        #expect(Set(Self.analyzer.findings(in: try Support.read(examplesOfData)).map(\.category)) == ["postal-address", "email-address"])
        // An item that tells the user the way out ("you may do so by disabling ...") lists
        // no data, whatever the section.
        let wayOut = Support.html(
            """
            <h2>Information we collect</h2><ul><li>Your phone number</li>
            <li>To stop this, you may do so by disabling pictures in your mail app.</li></ul>
            """)
        #expect(Set(Self.analyzer.findings(in: try Support.read(wayOut)).map(\.category)) == ["phone-number"])
        // An item that says what its data does not reveal collects none of what it names; the
        // heading still holds past the dash that ends the denial.
        let notRevealed = Support.html(
            """
            <h2>Information we collect</h2>
            <ul><li>Area: the region your IP address is in. This does not reveal your GPS position \u{2013} only your city and postal code.</li></ul>
            """)
        #expect(Set(Self.analyzer.findings(in: try Support.read(notRevealed)).map(\.category)) == ["ip-address", "postal-address"])
        // Items introduced by what the user can do are the user's doings, whatever the section
        // says; a pointer to a list of ours still introduces ours.
        let usersDoings = Support.html(
            """
            <h2>How we look after the information we keep</h2>
            <p>You can also help protect your account by:</p>
            <ul><li>Picking a long password and using a different password for every site.</li>
            <li>Keeping the operating system of your laptop up to date.</li></ul>
            <p>You can read about the cookies we use in the list below:</p>
            <ul><li>Session cookie: remembers that you signed in.</li></ul>
            """)
        #expect(Set(Self.analyzer.findings(in: try Support.read(usersDoings)).map(\.category)) == ["cookies-tracking"])
        // What a denied practice would be based on is named, not held, whatever section holds it.
        let deniedBasis = try Support.read(
            """
            # Privacy Policy

            ## Why we collect data

            ### Provide tailored features, including content and ads

            Subject to your choices, our apps can also display advertising that matches your interests.

            * We never display tailored advertising based on your content in our mail or photo apps.
            """, path: "policy.md")
        #expect(Self.analyzer.findings(in: deniedBasis).isEmpty)
        // A paragraph of "Examples: ..." after an introduction is that introduction's list; the
        // paragraph after it, with no label, is not.
        let examplesParagraph = Support.html(
            """
            <h2>Our app</h2><p>When you use the app, we obtain the following information:</p>
            <p>Examples: your full name, your postal code and your telephone number.</p>
            <p>Your email address belongs to you.</p>
            """)
        #expect(Set(Self.analyzer.findings(in: try Support.read(examplesParagraph)).map(\.category)) == ["name", "postal-address", "phone-number"])
        // A line whose main clause sends the reader elsewhere ("..., visit the settings page")
        // is a pointer, whatever purpose opens it.
        let pointers = Support.html(
            """
            <h2>Information we collect</h2>
            <ul><li>To better understand your choices about ads, see our page on cookies and other tracking tools.</li>
            <li>To switch off our use of cookies, visit the settings page and pick what you allow.</li></ul>
            """)
        #expect(Self.analyzer.findings(in: try Support.read(pointers)).isEmpty)
        // What we send to sell is no message of the user's.
        let sent = Support.html(
            """
            <h2>Information we collect</h2><ul><li>Your settings for commercial messages and newsletters</li></ul>
            """)
        #expect(Self.analyzer.findings(in: try Support.read(sent)).isEmpty)
        // Advice introduced as "we recommend that you:" lists steps for the reader: its items
        // neither deny nor state collection, even after a "not" of its own.
        let advice = Support.html(
            """
            <h2>Keeping your account safe</h2>
            <p>Although not mandatory for using our shop, we recommend that you:</p>
            <ol><li>Open an account. Once you have one, a strong password can shield your data, such as your order history, from others.</li>
            <li>Use a different password for every service, including for your account here.</li></ol>
            """)
        #expect(Self.analyzer.findings(in: try Support.read(advice)).isEmpty)
        // A line that tells the reader what they can do is no label of the heading's data, nor
        // one that tells it of users in the third person; one in which the reader hands data over
        // still is.
        let usersDoing = Support.html(
            """
            <h2>Information we collect</h2><h3>Where you are</h3>
            <p>You can use your device settings to turn on location services.</p>
            <p>You may use your browser to block cookies.</p>
            <p>Visitors can also block cookies by changing their browser settings.</p>
            <p>You can also add a bank card to your profile for paid plans.</p>
            """)
        #expect(Self.analyzer.findings(in: try Support.read(usersDoing)).map(\.category) == ["payment-information"])
        // A table row is read whole; a period inside a cell still ends the reach of a denial.
        let row = try Support.markdown(
            """
            | Data | What we do |
            |---|---|
            | Maps | We do not collect your precise location from GPS. We only collect an approximate area worked out from your IP address. |
            """)
        let rowFound = Self.analyzer.findings(in: row)
        #expect(Set(rowFound.filter(\.negated).map(\.category)) == ["precise-location"])
        #expect(Set(rowFound.filter { !$0.negated }.map(\.category)) == ["approximate-location", "ip-address"])
        // ... and the reach of a choice the user is offered: the pictures are still listed.
        let choiceRow = try Support.markdown(
            """
            | Why | What is processed |
            |---|---|
            | Backups | The data processed can include pictures you add to an album. The settings page allows you to manage information linked to your albums. |
            """)
        #expect(Self.analyzer.findings(in: choiceRow).map(\.category) == ["photos-videos"])
        // The same period ends a denial's reach back to data before it, and a denied use for a
        // purpose in one sentence of a row is read without the verbs of the row's other cells.
        let laterDenialRow = try Support.markdown(
            """
            | Why | What is processed |
            |---|---|
            | Support | We keep the messages you send to our help desk. Card numbers are never stored on our servers. |
            | To analyze feedback on answers | Your inputs and the replies. We do not use your inputs to train our models once you pay for the service. |
            """)
        let laterDenialFound = Self.analyzer.findings(in: laterDenialRow)
        #expect(Set(laterDenialFound.filter(\.negated).map(\.category)) == ["payment-information"])
        #expect(Set(laterDenialFound.filter { !$0.negated }.map(\.category)) == ["communications", "user-content"])
        // A denial in brackets inside the sentence that introduces a list does not reach the items.
        let bracketIntro = try Support.markdown(
            """
            ## Cookies

            We also use plain cookies (not unique) to store your consent choices:

            * We may set a consent cookie that stores the choices you make about ads.
            """)
        #expect(Self.analyzer.findings(in: bracketIntro).allSatisfy { !$0.negated })
        #expect(Self.analyzer.findings(in: bracketIntro).count == 2)
        // So does the reach of a modal: "may" in another sentence of the row hedges nothing.
        let hedgeRow = try Support.markdown(
            """
            | Why | What is processed |
            |---|---|
            | Alerts | We may write to you about unusual sign-ins. We collect your phone number for this. |
            """)
        #expect(Self.analyzer.findings(in: hedgeRow).map(\.hedged) == [false])
        // Each item of a list inside a cell ends there, and with it the reach of a denial in it.
        let itemDenialRow = try Support.markdown(
            """
            | Payment data | Collected at checkout:<br>*   the card type. For your safety we never store the full card number<br>*   mobile phone number |
            |---|---|
            """)
        let itemDenialFound = Self.analyzer.findings(in: itemDenialRow)
        #expect(Set(itemDenialFound.filter(\.negated).map(\.category)) == ["payment-information"])
        #expect(Set(itemDenialFound.filter { !$0.negated }.map(\.category)) == ["payment-information", "phone-number"])
        // What the user goes without on the occasion is neither collected nor denied.
        let withoutItem = try Support.markdown(
            """
            ## Information we collect

            * Password (needed when you sign up without a Facebook or Google account).
            """)
        #expect(Self.analyzer.findings(in: withoutItem).map(\.category) == ["account-credentials"])
        // Items under what a term does not include are its scope, whatever their own verbs.
        let scopeList = try Support.markdown(
            """
            ## Information we collect

            We collect your email address when you sign up.

            As the CCPA uses the term, personal information does not include:

            * Records a government makes open to anyone;
            * Information outside the law's reach, such as:
                * medical details that other federal laws already cover;
                * patient records collected by a hospital under its own rules.
            """)
        #expect(Self.analyzer.findings(in: scopeList).map(\.category) == ["email-address"])
        // A heading's "you use" or "you share" is the occasion of our collection, and a negation
        // after its verb is a condition: the items under both are collected.
        let occasionHeadings = Support.html(
            """
            <h2>Information we collect as you use the app</h2><ul><li>Crash and debug information</li></ul>
            <h2>Information we collect if you don't have an account</h2><ul><li>Your phone number</li></ul>
            """)
        let occasionFound = Self.analyzer.findings(in: try Support.read(occasionHeadings))
        #expect(Set(occasionFound.filter { !$0.negated }.map(\.category)) == ["diagnostics", "phone-number"])
        #expect(occasionFound.allSatisfy { !$0.negated })
        // "... and how we use it" added to the collection keeps it a list of data; "How we use
        // what we gather" and "How to access and control your data" are not.
        let addedQuestion = Support.html(
            """
            <h2>What we gather, and how and why we use it</h2><ul><li>Your job title</li></ul>
            <h2>How we use what we gather</h2><ul><li>Your email address</li></ul>
            <h2>How to access and control your data</h2><ul><li>Your phone number</li></ul>
            """)
        #expect(Self.analyzer.findings(in: try Support.read(addedQuestion)).map(\.category) == ["employment-education"])
        // "Examples include ..." after a sentence that states collection gives examples of its
        // data; after a definition, or as "For example, ..." with a statement of its own, it does not.
        let examplesAfterCollection = Support.html(
            """
            <h2>Your account</h2>
            <p>We gather this data when you open an account. Examples include your name, your postal address and your phone number.</p>
            <p>Usage data consists of details that cannot identify you. Examples include: browser type or IP address.</p>
            <p>We collect details about how you use the app. For example, you can switch off the history of your conversations in settings.</p>
            """)
        #expect(
            Set(Self.analyzer.findings(in: try Support.read(examplesAfterCollection)).map(\.category)) == [
                "name", "postal-address", "phone-number", "usage-activity",
            ])
        // An item in which the user hands data to another party says whose it is, whatever the
        // introduction says.
        let toOthers = Support.html(
            """
            <p>We collect the following:</p>
            <ul><li>When you pay by wallet app, you give your card number directly to those providers, not to us.</li><li>Your email address</li></ul>
            """)
        #expect(Set(Self.analyzer.findings(in: try Support.read(toOthers)).map(\.category)) == ["email-address"])
        // A short label that names a kind of data introduces its list as a heading would; a label
        // naming no data ("Data processors:") does not.
        let dataLabel = Support.html(
            """
            <h2>Privacy Policy</h2>
            <p>App, browser and device information:</p><ul><li>Device characteristics and device software</li></ul>
            <p>Data processors:</p><ul><li>Northwind Hosting (account names)</li></ul>
            """)
        #expect(Set(Self.analyzer.findings(in: try Support.read(dataLabel)).map(\.category)) == ["device-information"])
        // A run-in label names the data its paragraph then says is collected; one followed by
        // something else names nothing.
        let runIn = Support.html(
            """
            <h2>Overview</h2><p>Demographic data. We may gather details about the concerts you enjoy.</p>
            <p>Payment data. Our partners handle refunds.</p>
            """)
        #expect(Set(Self.analyzer.findings(in: try Support.read(runIn)).map(\.category)) == ["demographics"])
        // A heading that says how the data is obtained still lists it; one about its use does not.
        let obtained = Support.html(
            """
            <h2>Which personal data we collect and how we receive it</h2><p>(b) IP address</p>
            <h2>How we use personal data</h2><p>(c) Email address</p>
            """)
        #expect(Set(Self.analyzer.findings(in: try Support.read(obtained)).map(\.category)) == ["ip-address"])
        // Next to an address, "Email" is the vendor's contact, even in a table row.
        let contactRow = Support.html(
            """
            <h2>Information we collect</h2><table><tr><th>Service</th><th>Data</th><th>Contact</th></tr>
            <tr><td>Custom model builds</td><td>Customer provided data</td><td>Email security@example.com</td></tr></table>
            """)
        #expect(Self.analyzer.findings(in: try Support.read(contactRow)).isEmpty)
        // A line that gives a value (the vendor's phone number, a hidden address) is contact
        // information, not a kind of data; a heading of information for residents is a notice.
        let values = Support.html(
            """
            <h2>Other information we collect</h2><p>Telephone: (310) 555-0100</p><p>E-mail: [email protected]</p><p>Phone number</p>
            <h2>Information for residents of the EEA</h2><p>Where to send complaints about location data</p>
            """)
        #expect(Self.analyzer.findings(in: try Support.read(values)).map(\.evidence.text) == ["Phone number"])
        // A short sentence there that denies something of its own says no more than it says.
        let ownDenial = Support.html("<h2>Information we collect</h2><p>Your email address will never be displayed.</p><p>Email address</p>")
        #expect(Self.analyzer.findings(in: try Support.read(ownDenial)).map(\.evidence.text) == ["Email address"])
        // "We use the data we collect in several ways, including:" lists uses.
        let uses = Support.html(
            """
            <p>We use the personal data we collect about you in several ways, including:</p>
            <ul><li>Writing to you about your use of our website;</li></ul>
            """)
        #expect(Self.analyzer.findings(in: try Support.read(uses)).isEmpty)
        // Purposes and advice are not data; "we collect data in the following ways:" still lists data.
        let lists = Support.html(
            """
            <h2>Your account</h2>
            <p>We use the information we collect to:</p><ul><li>Send you newsletters by email</li></ul>
            <p>We use your data in the following ways:</p><ul><li>Process payments with your credit card number</li></ul>
            <p>To protect your account, please:</p><ul><li>Keep your password confidential</li></ul>
            <p>We collect personal data in these ways:</p><ul><li>Your phone number, when you call us</li></ul>
            """)
        let listed = Set(Self.analyzer.findings(in: try Support.read(lists)).filter { !$0.negated }.map(\.category))
        #expect(listed == ["phone-number"])
        // Lines after a colon, written with <br> instead of a list, are its items until a full
        // sentence; a line with digits is a value (the company's own address), not a kind of data.
        let lines = Support.html(
            """
            <h2>Registration</h2>
            <p>When you sign up, we collect the following data from you:<br><br>Screen name<br><br>E-mail address<br><br>
            Gender<br><br>Thank you for registering with us.<br><br>Home address</p>
            <p>Send notices to us at the following address or contact details:<br><br>Phone 555-010-0199</p>
            """)
        let lined = Set(Self.analyzer.findings(in: try Support.read(lines)).filter { !$0.negated }.map(\.category))
        #expect(lined == ["account-credentials", "email-address", "demographics"])
        // A long line with no verb that opens with the data lists it, as an item would; one with
        // a verb, or in another language (no "and" or "or" joins its list), is a sentence.
        let fragments = Support.html(
            """
            <h2>What information do we collect from you?</h2>
            <p>Name, billing address and credit card information for purchases of a premium membership from our online shop.</p>
            <p>Contact data: your phone number, postal address and other similar contact details for deliveries.</p>
            <p>Cookies sind kleine Dateien, die eine Website auf Ihrem Gerät speichert, damit sie Sie später wiedererkennt.</p>
            <p>Your email address is visible to other members of the groups that you join on the site or in the app.</p>
            """)
        let fragmented = Set(Self.analyzer.findings(in: try Support.read(fragments)).filter { !$0.negated }.map(\.category))
        #expect(fragmented == ["name", "postal-address", "payment-information", "purchase-history", "phone-number"])
        // A line whose subject is another party says what they do; "They include ..." lists data.
        let others = Support.html(
            """
            <h2>Third-party information</h2><ul>
            <li>They may also send you messages, write to group chats you belong to, or call you.</li>
            <li>They include details such as Bluetooth or Wi-Fi connections nearby.</li></ul>
            """)
        let otherFindings = Self.analyzer.findings(in: try Support.read(others)).filter { !$0.negated && $0.actor == .firstParty }
        #expect(otherFindings.map(\.category) == ["network-information"])
        // A heading about providing data to others lists what is shared, not what is collected.
        let provision = Support.html("<h2>Provision of personal information to third parties</h2><ul><li>Name of buyer</li></ul>")
        #expect(Self.analyzer.findings(in: try Support.read(provision)).isEmpty)
        // The vendor's own address is a value; a handle ("@example") is no address.
        let handles = Support.html(
            """
            <h2>Information we collect</h2><p>E-mail: privacy@example.com</p>
            <p>Username (for example, @example)</p>
            """)
        let handled = Self.analyzer.findings(in: try Support.read(handles)).filter { !$0.negated }
        #expect(handled.map(\.evidence.text) == ["Username (for example, @example)"])
        // Under such a heading, a line naming another party is theirs, and a line about a choice is no data.
        let labels = Support.html("<h2>Information We Collect</h2><p>Third Party Cookies.</p><p>Disabling Cookies.</p><p>Web beacons.</p>")
        let labelled = Self.analyzer.findings(in: try Support.read(labels)).filter { !$0.negated && $0.actor == .firstParty }
        #expect(labelled.map(\.evidence.text) == ["Web beacons."])
        // Nor is a sentence there that gives the user a choice, however it words the modal.
        let choices = Support.html(
            """
            <h2>Information We Collect</h2><p>You can typically delete or refuse cookies in your browser settings.</p>
            <p>You are able to delete cookies in your browser.</p><p>We set cookies in your browser.</p>
            <ul><li>You must change your phone number with the app's own change-number tool.</li></ul>
            """)
        let chosen = Self.analyzer.findings(in: try Support.read(choices)).filter { !$0.negated && $0.actor == .firstParty }
        #expect(Set(chosen.map(\.evidence.text)) == ["We set cookies in your browser."])
        let asides = Support.html(
            """
            <p>You can, through the options in your browser, choose to accept cookies, to refuse them or to be warned when one is set.</p>
            <p>Example has no control over the cookies after we have received the ads.</p>
            """)
        #expect(Self.analyzer.findings(in: try Support.read(asides)).filter { !$0.negated }.isEmpty)
        // Under such a heading, a line that denies using a topic ("We don't show you ads based on
        // ... health") names no data, nor does what a line excludes.
        let denials = Support.html(
            """
            <h2>Information We Collect</h2><ul>
            <li>We don’t target ads at you using sensitive categories, such as race, religion or health.</li>
            <li>Account information (excluding race or ethnicity)</li><li>Your email address</li>
            <li>IP addresses, account numbers and other personal data are not sent.</li></ul>
            """)
        let deniedFindings = Self.analyzer.findings(in: try Support.read(denials))
        #expect(deniedFindings.filter { !$0.negated }.map(\.category) == ["email-address"])
        #expect(deniedFindings.contains { $0.category == "ip-address" && $0.negated })
        // A table row's purpose cell ("To facilitate payments") does not make the data cell after
        // it a purpose: the row lists the data used for it.
        let table = """
            # Privacy Policy

            This privacy policy explains what we do with the information of visitors to this website and our services.

            ## Legal bases for processing

            | Purpose | Data | Legal basis |
            |---|---|---|
            | To facilitate payments for products and services | Payment information | Contract |
            | To improve our services | Usage data | Legitimate interests |
            """
        let rows = Self.analyzer.findings(in: try Support.read(table, path: "policy.md")).filter { !$0.negated }
        #expect(Set(rows.map(\.category)) == ["payment-information", "usage-activity"])
        // An item of a list of what is collected that gives a choice names no data either.
        let choiceItems = Support.html(
            """
            <p>We collect the following information:</p>
            <ul><li>Your email address.</li><li>You have the option to unsubscribe from promotional text messages.</li></ul>
            """)
        let itemised = Self.analyzer.findings(in: try Support.read(choiceItems)).filter { !$0.negated }
        #expect(itemised.map(\.category) == ["email-address"])
        // So does an imperative to the user after a label.
        let labelledChoice = Support.html(
            """
            <p>We collect the following information:</p>
            <ul><li>Your email address.</li><li>Video settings: Pause and delete your video search history.</li></ul>
            """)
        #expect(Self.analyzer.findings(in: try Support.read(labelledChoice)).filter { !$0.negated }.map(\.category) == ["email-address"])
        // Under a collection heading, the items of a list of purposes stay purposes, and a sentence
        // that states no practice (a purpose item) is not made one by a list of data; "including,
        // but not limited to:" introduces data, not purposes.
        let purposes = Support.html(
            """
            <h2>Information We Collect</h2>
            <p>Our website may use this information to:</p><ul><li>Record session information;</li></ul>
            <p>We collect the following information:</p><ul><li>to understand how people use our Services.</li></ul>
            <p>The personal data we gather may include, without limit:</p><ul><li>Full name,</li></ul>
            """)
        let purposed = Self.analyzer.findings(in: try Support.read(purposes)).filter { !$0.negated }
        #expect(purposed.map(\.category) == ["name"])
        #expect(purposed.first?.basis == "list")
        // A cell labelled "Examples:" is a list of its own, not examples of tasks.
        let examples = Support.html(
            "<h2>Information We Collect</h2><ul><li>Examples: Interaction with our Service, including browsing history.</li></ul>")
        #expect(Self.analyzer.findings(in: try Support.read(examples)).map(\.category).contains("browsing-history"))
        // The user sharing after the data ("video you share with the assistant", "those with whom
        // you share notes") is no sharing of ours: the item or row still lists what is collected.
        let shown = Support.html(
            """
            <h2>Information We Collect</h2>
            <ul><li>Video and screens you share with the assistant</li></ul>
            <table><tr><th>Data</th><th>Why</th></tr>
            <tr><td>Your name</td><td>To show on your profile, which those with whom you share notes can see.</td></tr></table>
            """)
        #expect(Self.analyzer.findings(in: try Support.read(shown)).filter { !$0.negated }.map(\.category) == ["photos-videos", "name"])
    }

    @Test("a table's 'Collected?' column answers for each row, whatever the row's wording")
    func collectedColumn() throws {
        // The disclosure table of California statements: the examples are the statute's, the
        // answer is the company's. A row whose answer is not yes or no is read as before.
        let html = Support.html(
            """
            <h2>Information We Collect</h2>
            <table><tr><th>Category</th><th>Examples</th><th>Collected?</th><th>Disclosed?</th></tr>
            <tr><td>Identifiers</td><td>Name, email address, IP address</td><td>YES</td><td>YES</td></tr>
            <tr><td>Biometric information</td><td>Fingerprints, faceprints and keystroke patterns used to identify a person</td><td>NO</td><td>NO</td></tr>
            <tr><td>Geolocation data</td><td>Physical location or movements</td><td>No</td><td>No</td></tr>
            <tr><td>Sensory data</td><td>Audio recordings</td><td>Only when you call us</td><td>No</td></tr></table>
            <table><tr><th>Category</th><th>Examples</th><th>Collected</th></tr>
            <tr><td>Health</td><td>Medical conditions</td><td>\u{2718}</td></tr><tr><td>Commercial</td><td>Purchase history</td><td>\u{2714}</td></tr></table>
            """)
        let found = Self.analyzer.findings(in: try Support.read(html))
        let state = Dictionary(found.map { ($0.category, $0.negated) }, uniquingKeysWith: { $0 || $1 })
        #expect(state["email-address"] == false && state["ip-address"] == false)
        #expect(state["biometrics"] == true && state["keystroke-patterns"] == true && state["precise-location"] == true)
        #expect(state["health"] == true && state["purchase-history"] == false)
        #expect(found.filter { $0.basis == "table" }.count == found.filter { !$0.evidence.text.hasPrefix("Sensory") }.count)
        #expect(found.contains { $0.category == "audio-recordings" && !$0.negated && $0.basis != "table" })
        // The same table in Markdown; a first column that names the collected categories is no answer.
        let markdown = """
            # Privacy Policy

            | Category | Examples | Collected? |
            | --- | --- | --- |
            | Geolocation data | Physical location or movements | NO |
            | Identifiers | Email address | YES |

            | Categories of personal information collected | Sources |
            | --- | --- |
            | Precise location | No |

            This paragraph gives the page enough words to count as a policy for the reader of it.
            """
        let rows = Self.analyzer.findings(in: try Support.read(markdown, path: "policy.md"))
        #expect(rows.contains { $0.category == "precise-location" && $0.negated && $0.basis == "table" })
        #expect(rows.contains { $0.category == "email-address" && !$0.negated && $0.basis == "table" })
        #expect(!rows.contains { $0.evidence.text.hasPrefix("Precise location") && $0.basis == "table" })
        // The same disclosure written as a list: the answer line follows the category's lines.
        let listed = Support.html(
            """
            <h2>Categories of personal information</h2>
            <p>The categories below are those the statute defines.</p>
            <p>Category E: Biometric information.</p><ul><li>Examples: fingerprints and voiceprints.</li><li>Collected: No.</li></ul>
            <p>Category A: Identifiers.</p><ul><li>Examples: email address and IP address.</li><li>Collected: Yes.</li></ul>
            """)
        let answered = Self.analyzer.findings(in: try Support.read(listed))
        #expect(answered.contains { $0.category == "biometrics" && $0.negated && $0.basis == "table" })
        #expect(answered.contains { $0.category == "email-address" && !$0.negated && $0.basis == "table" })
        #expect(!answered.contains { $0.category == "biometrics" && !$0.negated })
    }

    @Test("blocks in another language are not read; a policy mostly in one is unreadable")
    func languages() throws {
        func result(_ markdown: String) throws -> PolicyResult {
            let document = try Support.read(markdown, path: "policy.md")
            return Self.analyzer.analyze(document, source: SourceInfo(path: "policy.md", format: .markdown, sha256: nil, title: document.title))
        }
        // Portuguese "os" is no operating system, and "IP" in a French sentence is not read either.
        let mixed = try result(
            """
            # Privacy Policy

            We collect your email address and the operating system of your laptop.

            Nós podemos recolher os dados do seu dispositivo e o endereço IP quando você usa o serviço.
            """)
        #expect(Set(mixed.findings.map(\.category)) == ["email-address", "device-information"])
        guard case .partly = mixed.readability else {
            Issue.record("expected a partly readable policy, got \(mixed.readability)")
            return
        }
        let german = try result(
            """
            # Datenschutzerklärung

            Wir erheben Ihre E-Mail-Adresse und Ihre IP-Adresse, wenn Sie unsere Dienste nutzen.

            Die Daten werden nicht an Dritte verkauft und sind auf unseren Servern gespeichert.
            """)
        guard case .unreadable = german.readability else {
            Issue.record("expected an unreadable policy, got \(german.readability)")
            return
        }
        let russian = try result(
            """
            # Политика конфиденциальности

            Мы собираем ваш адрес электронной почты и сведения об устройстве, чтобы предоставлять наши услуги.
            """)
        guard case .unreadable = russian.readability else {
            Issue.record("expected an unreadable policy, got \(russian.readability)")
            return
        }
        // Romanian's "a" is no English word: a Romanian item with three of them is still Romanian.
        let romanian = try result(
            """
            # Privacy Policy

            We collect your email address when you sign up.

            * Platforma de setări a contului (CMP). Pentru a limita modulele cookie care nu sunt necesare, puteți alege a doua opțiune.
            """)
        guard case .partly = romanian.readability else {
            Issue.record("expected a partly readable policy, got \(romanian.readability)")
            return
        }
        // A language menu's one word in another script, and the short lines after it, change nothing.
        let menu = try result(
            """
            # Privacy Policy

            Русский

            Home

            We collect your email address when you sign up, and we keep it for as long as your account exists.
            """)
        #expect(menu.readability == .english)
        #expect(Set(menu.findings.map(\.category)) == ["email-address"])
        // A heading in English starts English text again: the short items after a menu of
        // languages are read.
        let menuFirst = try result(
            """
            # Privacy Policy

            Deutsch · Русский язык · 日本語 · 한국어 · Українська мова

            ## Information we collect

            - Email address
            - Phone number
            """)
        #expect(Set(menuFirst.findings.map(\.category)) == ["email-address", "phone-number"])
    }

    @Test("token spans point back at the text each token was read from")
    func tokenSpans() {
        let text = "We've kept your E-Mail – and Café data (see www.example.com/ip) | done."
        var spans: [Range<Int>]? = []
        let tokens = Tokenizer.tokens(text, spans: &spans)
        #expect(tokens == Tokenizer.tokens(text))
        let bytes = Array(text.utf8)
        let quoted = (spans ?? []).map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(
            quoted == [
                "We've", "We've", "kept", "your", "E", "Mail", "–", "and", "Café", "data", "(", "see", "www.example.com/ip", ")", "|", "done", ".",
            ])
    }

    @Test("phrase language: prefixes, choices, optional letters and groups, gaps, commas")
    func phraseLanguage() throws {
        let matcher = PhraseMatcher(phrases: [
            (try PatternCompiler.compile("(log in|sign in) credentials?"), 1),
            (try PatternCompiler.compile("identif* (for)? advertis*"), 2),
            (try PatternCompiler.compile("collect ~2 data"), 3),
        ])
        func hits(_ text: String) -> Set<Int> { Set(matcher.matches(in: Tokenizer.tokens(text)).map(\.payload)) }
        #expect(hits("your sign-in credential") == [1])
        #expect(hits("Identifier for Advertisers") == [2])
        #expect(hits("identifiers advertising") == [2])
        #expect(hits("we collect your usage data") == [3])
        #expect(hits("we collect a lot of usage data") == [])
        // Choices meet in a join node: six groups of five words cost about thirty nodes, not 5^6.
        let wide = PhraseMatcher(phrases: [
            (try PatternCompiler.compile("(a|b|c|d|e) (f|g|h|i|j) (k|l|m|n|o) (p|q|r|s|t) (u|v|w|x|y) (z|aa|bb|cc|dd)"), 7)
        ])
        #expect(wide.nodeCount < 50)
        #expect(Set(wide.matches(in: Tokenizer.tokens("c h o p x bb")).map(\.payload)) == [7])
        #expect(wide.matches(in: Tokenizer.tokens("c h o p x")).isEmpty)
        // An optional first group: the phrase can start at its second word.
        let optionalStart = PhraseMatcher(phrases: [(try PatternCompiler.compile("(your|the)? ip address"), 8)])
        #expect(Set(optionalStart.matches(in: Tokenizer.tokens("IP address")).map(\.payload)) == [8])
        #expect(Set(optionalStart.matches(in: Tokenizer.tokens("log the IP address")).map(\.payload)) == [8])
        // Brackets are stepped over inside a phrase, and are never its last token.
        let bracketed = PhraseMatcher(phrases: [(try PatternCompiler.compile("internet protocol (address)?"), 9)])
        #expect(bracketed.matches(in: Tokenizer.tokens("Internet Protocol (IP) address")).map(\.range) == [0..<2])
        #expect(bracketed.matches(in: Tokenizer.tokens("Internet Protocol (address)")).map(\.range).sorted { $0.count < $1.count } == [0..<2, 0..<4])
        // A comma in a phrase matches the text's comma; a gap still stops at one, and a match
        // never ends on the comma of an optional part that did not follow.
        let listed = PhraseMatcher(phrases: [
            (try PatternCompiler.compile("phones? (,)? (or)? tablets?"), 10),
            (try PatternCompiler.compile("collect ~3 numbers"), 11),
            (try PatternCompiler.compile("home , (work)?"), 12),
        ])
        func listedHits(_ text: String) -> [Range<Int>] { listed.matches(in: Tokenizer.tokens(text)).map(\.range) }
        #expect(listedHits("your phone, tablet or laptop") == [1..<4])
        #expect(listedHits("a phone or tablet") == [1..<4])
        #expect(listedHits("a phone; tablet").isEmpty)
        #expect(listedHits("we collect names, numbers").isEmpty)
        #expect(listedHits("home, office") == [])
        #expect(listedHits("home, work") == [0..<3])
        #expect(throws: PatternCompiler.Failure.self) { try PatternCompiler.compile(", phone") }
        #expect(throws: PatternCompiler.Failure.self) { try PatternCompiler.compile("phone (,)?") }
        let huge = "(" + (0..<600).map { "w\($0)" }.joined(separator: "|") + ")"
        #expect(throws: PatternCompiler.Failure.self) { try PatternCompiler.compile(huge + " " + huge) }
        #expect(throws: PatternCompiler.Failure.self) { try PatternCompiler.compile("(unclosed") }
        #expect(throws: PatternCompiler.Failure.self) { try PatternCompiler.compile("~9 data") }
    }

    @Test("a word list answers as a Set<String> would, for its own words and any other text")
    func wordSet() {
        let words = (0..<1_000).map { "w\($0)" } + ["café", "don't", "", "e", "mail"]
        let set = WordSet(words + ["w7", "café"])
        let reference = Set(words)
        #expect(set.count == reference.count)
        #expect(Set(set) == reference)
        let probes = words + (0..<3_000).map { "x\($0)" } + ["cafe", "dont", "w", "w1000", "mails", "Café", "e mail"]
        for probe in probes { #expect(set.contains(probe) == reference.contains(probe), "\(probe)") }
        let empty: WordSet = []
        #expect(!empty.contains("") && !empty.contains("a"))
        let joined = WordSet(["a", "b"]).union(["b", "c"])
        #expect(joined.count == 3 && joined.contains("c") && !joined.contains("d"))
        // The classifier's own lists hold what they say.
        #expect(StatementClassifier.isCollectVerb("gathered") && !StatementClassifier.isCollectVerb("share"))
    }

    @Test("matching is linear: a hostile pattern on a long sentence stays fast")
    func linearMatching() throws {
        let matcher = PhraseMatcher(phrases: [(try PatternCompiler.compile("(a)? (a)? (a)? (a)? (a)? (a)? (a)? (a)? (a)? a ~5 a ~5 b"), 1)])
        let text = String(repeating: "a ", count: 3_000)
        let start = ContinuousClock.now
        #expect(matcher.matches(in: Tokenizer.tokens(text)).isEmpty)
        // A backtracking engine needs years here; the trie walk is bounded per start (debug build: ~1 s).
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test("a malformed rule file is an error with file:line:col")
    func malformedRule() {
        #expect(throws: RuleError.self) { try RuleLoader.load(text: "id: x\npatterns: [\n", file: "bad.yaml") }
        do {
            _ = try RuleLoader.load(text: "id: test\npatterns:\n  - '(broken'\n", file: "bad.yaml")
            Issue.record("no error")
        } catch {
            #expect(error.description.hasPrefix("bad.yaml:3:5: error: bad pattern"))
        }
        // Each file, the line its error names, and words of the message.
        let refused: [(text: String, line: Int, message: String)] = [
            ("version: 2\nid: test\npatterns: [x]\n", 1, "newer"),
            ("id: test\npaterns: [x]\n", 2, "unknown key 'paterns'"),
            ("id: test\nother-platforms: sometimes\npatterns: [x]\n", 2, "true or false"),
        ]
        for file in refused {
            do {
                _ = try RuleLoader.load(text: file.text, file: "bad.yaml")
                Issue.record("no error for \(file.text)")
            } catch {
                #expect(error.line == file.line, "\(file.text)")
                #expect(error.message.contains(file.message), "\(error.message)")
            }
        }
    }

    @Test("other-platforms: a rule about other companies' platforms skips the vendor's own")
    func otherPlatforms() throws {
        func categories(_ flag: String, title: String) throws -> [String] {
            let rule = try RuleLoader.load(
                text: "id: linked-accounts\n\(flag)patterns: ['google account']\n", file: "linked.yaml")
            let text = "We save your searches to your Google Account."
            let document = Document(
                title: title, format: .text, blocks: [Block(kind: .paragraph, text: text, line: 1, sentences: [Sentence(text: text, line: 1)])])
            return Analyzer(rules: RuleSet(rules: [rule])).findings(in: document).map(\.category)
        }
        #expect(try categories("other-platforms: true\n", title: "Google Privacy Policy").isEmpty)
        #expect(try categories("other-platforms: true\n", title: "Example Privacy Policy") == ["linked-accounts"])
        #expect(try categories("", title: "Google Privacy Policy") == ["linked-accounts"])
        #expect(try RuleLoader.load(text: "id: test\npatterns: [x]\n", file: "plain.yaml").otherPlatforms == false)
    }
}
