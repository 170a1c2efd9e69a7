import Foundation
import PolicyModel
import Testing

@testable import PolicyExtraction

@Suite("Extraction")
struct ExtractionTests {
    @Test("inline markup never splits a sentence; &nbsp; is a space")
    func inlineMarkup() throws {
        let doc = try DocumentReader.read(try Support.fixture("chrome-traps.html"), path: "chrome-traps.html")
        let texts = doc.blocks.map(\.text)
        #expect(texts.contains("We collect your IP address and your device model when you use the app."))
        #expect(texts.contains("Trap Co collects your email address to send receipts to you after each order."))
    }

    @Test("chrome, scripts, hidden elements and banners are dropped")
    func chromeTraps() throws {
        let doc = try DocumentReader.read(try Support.fixture("chrome-traps.html"), path: "chrome-traps.html")
        let all = doc.blocks.map(\.text).joined(separator: "\n")
        for trap in [
            "social security", "biometric", "passport", "browsing history", "health records", "fingerprints", "religious",
            "credit score", "voiceprint", "precise location", "gait",
        ] {
            #expect(!all.contains(trap), "\(trap) leaked into the extracted text")
        }
        #expect(doc.title == "Trap Co Privacy Policy")
    }

    @Test("a header holding most of the page's words is still chrome when they are links")
    func megaMenu() throws {
        let stores = (1...120).map { "<li><a href=\"/s\($0)\">Outlet Store Number \($0), Springfield</a></li>" }.joined()
        let policy = String(repeating: "<p>We collect your email address when you subscribe to our newsletter.</p>", count: 8)
        // The policy in two sibling parts, so the region read is the wrapper that also holds the header.
        let html =
            "<html><body><div id=\"wrapper\"><header><nav class=\"nav-holder\"><ul>\(stores)</ul></nav></header><div>\(policy)</div><div>\(policy)</div></div></body></html>"
        let doc = try Support.read(html)
        #expect(!doc.blocks.contains { $0.text.contains("Outlet Store") })
        #expect(doc.blocks.contains { $0.text.contains("We collect your email address") })
    }

    @Test("a news site's side rail is chrome; a heading's id made from its words is not")
    func sideRail() throws {
        let policy = String(repeating: "<p>We collect your email address when you subscribe to our newsletter.</p>", count: 8)
        let headlines = (1...12).map {
            "<li><a href=\"/n\($0)\"><h3>Local council votes on the new bridge over the river, part \($0)</h3></a><p>The vote is expected late on Tuesday evening after a long debate.</p></li>"
        }.joined()
        let html = """
            <html><body><div id="page"><div class="grid_8"><h3 id="section_rail_bookings_related_to_your_account">Rail bookings related to your account</h3>\(policy)</div>\
            <div class="grid_4"><div id="region-side-rail-top"><ul>\(headlines)</ul></div></div></div></body></html>
            """
        let doc = try Support.read(html)
        #expect(!doc.blocks.contains { $0.text.contains("bridge") || $0.text.contains("Tuesday") })
        #expect(doc.blocks.contains { $0.text == "Rail bookings related to your account" })
        #expect(doc.blocks.contains { $0.text.contains("We collect your email address") })
    }

    @Test("a heading that only dates the policy heads no section; a title with a date does")
    func dateHeading() throws {
        let html = Support.html(
            """
            <h1>Example Privacy Policy</h1><h2>Last updated: April 25, 2025</h2>
            <p>This policy explains what we do.</p>
            <p><strong>1. How We Collect Your Data</strong></p><p>We collect your email address.</p>
            <h2>Policy Updated 2024</h2><p>We changed nothing else.</p>
            <h2>Privacy Policy (updated 2024)</h2><p>We keep your name.</p>
            """)
        let doc = try Support.read(html)
        let date = try #require(doc.blocks.first { $0.text == "Last updated: April 25, 2025" })
        #expect(date.kind == .paragraph)
        let collect = try #require(doc.blocks.first { $0.text == "We collect your email address." })
        #expect(collect.section == ["Example Privacy Policy", "1. How We Collect Your Data"])
        #expect(doc.blocks.first { $0.text == "Policy Updated 2024" }?.kind == .paragraph)
        let titled = try #require(doc.blocks.first { $0.text == "We keep your name." })
        #expect(titled.section == ["Example Privacy Policy", "Privacy Policy (updated 2024)"])
        #expect(Document.isDateLine("Last updated 05-11-23"))
        #expect(Document.isDateLine("Date of last revision: June 2024"))
        #expect(!Document.isDateLine("Updated information may be shared with our partners."))
        #expect(!Document.isDateLine("Effective communication with you"))
    }

    @Test("a line of short entries between bars is a menu; a table row is not")
    func pipeMenu() throws {
        let html = Support.html(
            """
            <p>Home | Site Map | Latest News | Photo Index | Copyright |</p>
            <p>We collect your email address. Contact us | or write to us by mail.</p>
            <table><tr><td>Email address</td><td>Phone number</td><td>Name</td></tr></table>
            """)
        let texts = try Support.read(html).blocks.map(\.text)
        #expect(!texts.contains { $0.contains("Site Map") })
        #expect(texts.contains { $0.contains("We collect your email address.") })
        #expect(texts.contains { $0.contains("Email address") && $0.contains("Phone number") })
    }

    @Test("a list inside a table cell ends each item that has no punctuation of its own")
    func listInCell() throws {
        let html = Support.html(
            """
            <table><tr><td>Payment data</td><td>Such as:<ul><li>name</li><li>card type (last digits)</li><li>phone number.</li><li>postal code</li></ul></td></tr></table>
            """)
        let md = try Support.markdown(
            """
            | Payment data | Such as:<br><br>*   name<br>*   card type (last digits)<br>*   phone number.<br>*   postal code |
            |---|---|
            | Sign-up<br>Support | Name<br>• email |
            """)
        let row = "Payment data | Such as: name. card type (last digits). phone number. postal code"
        #expect(try Support.read(html).blocks.map(\.text).contains(row))
        // (A line break before anything but a list marker stays a space.)
        #expect(md.blocks.map(\.text).contains(row))
        #expect(md.blocks.map(\.text).contains("Sign-up Support | Name. • email"))
    }

    @Test("block boundaries, headings from <p><strong> and numbered lines, section paths")
    func sections() throws {
        let doc = try DocumentReader.read(try Support.fixture("sections.html"), path: "sections.html")
        let heading = try #require(doc.blocks.first { $0.text == "Information We Collect" })
        #expect(heading.kind == .heading)
        let numbered = try #require(doc.blocks.first { $0.text == "2. DATA WE PROCESS" })
        #expect(numbered.kind == .heading)
        let ip = try #require(doc.blocks.first { $0.text == "IP address" })
        #expect(ip.kind == .listItem)
        #expect(ip.section == ["Example Privacy Policy", "2. DATA WE PROCESS"])
        #expect(doc.blocks.first { $0.text.hasPrefix("We collect your name.") }?.section == ["Example Privacy Policy", "Information We Collect"])
        #expect(doc.blocks.contains { $0.text == "First line" })
        #expect(doc.blocks.contains { $0.text == "Second block after breaks" })
        let row = try #require(doc.blocks.first { $0.kind == .tableRow && $0.cells.first == "Identifiers" })
        #expect(row.cells == ["Identifiers", "Email address, phone number"])
        #expect(row.text == "Identifiers | Email address, phone number")
    }

    @Test("sentence splitting knows abbreviations")
    func sentences() throws {
        let doc = try DocumentReader.read(try Support.fixture("sections.html"), path: "sections.html")
        let block = try #require(doc.blocks.first { $0.text.hasPrefix("We collect your name.") })
        #expect(
            block.sentences.map(\.text) == [
                "We collect your name.", "We also collect your e.g. nickname, i.e. what friends call you.",
                "Acme Inc. is based in the U.S. and it is fine.",
            ])
    }

    @Test("a name's abbreviation ends a sentence only before a word that opens one")
    func nameAbbreviations() {
        func sentences(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return SentenceSplitter.split(text).map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        // The last part of a compound is an abbreviation too.
        #expect(
            sentences("The EU-U.S. Data Privacy Framework governs transfers. We collect your name.")
                == ["The EU-U.S. Data Privacy Framework governs transfers.", "We collect your name."])
        // A country or a company form at the end of a sentence ends it before "We", "If", "The" ...
        #expect(sentences("Our servers are in the U.S. We keep your email there.") == ["Our servers are in the U.S.", "We keep your email there."])
        #expect(
            sentences("The app is run by Example Ltd. If you write to us, we keep your letter.")
                == ["The app is run by Example Ltd.", "If you write to us, we keep your letter."])
        // ... and not before a name's next word, a section number's sentence or "e.g.".
        #expect(sentences("The U.S. Department of Commerce is not us.") == ["The U.S. Department of Commerce is not us."])
        #expect(sentences("2.1. We use your data.") == ["2.1. We use your data."])
        #expect(sentences("We keep some data, e.g. The Times subscription.") == ["We keep some data, e.g. The Times subscription."])
        // "device/s" ends in no initial.
        #expect(
            sentences("We infer data about your device/s. For example, your city.") == [
                "We infer data about your device/s.", "For example, your city.",
            ])
    }

    @Test("source lines of blocks and sentences are 1-based input lines")
    func sourceLines() throws {
        let doc = try DocumentReader.read(try Support.fixture("sections.html"), path: "sections.html")
        #expect(doc.blocks.first { $0.text == "IP address" }?.line == 10)
        #expect(doc.blocks.first { $0.text == "Example Privacy Policy" }?.line == 4)
        let text = try DocumentReader.read(try Support.fixture("plain.txt"), path: "plain.txt")
        let paragraph = try #require(text.blocks.first { $0.text.hasPrefix("At sign-up we ask") })
        #expect(paragraph.sentences.map(\.line) == [3, 4])
    }

    @Test("plain text: paragraphs, headings, list items")
    func plainText() throws {
        let doc = try DocumentReader.read(try Support.fixture("plain.txt"), path: "plain.txt")
        #expect(doc.format == .text)
        #expect(doc.blocks.first?.kind == .heading)
        #expect(doc.blocks.contains { $0.kind == .listItem && $0.section.last == "INFORMATION WE SHARE" })
    }

    @Test("Markdown: headings, lists, tables, links and emphasis")
    func markdown() throws {
        let md = """
            # Acme Privacy Policy

            * [Information We Collect](#information-we-collect)

            Last updated: **May 1, 2025**. See [our terms](https://example.com/terms).

            ## Information We Collect

            - Your *name* and e-mail address
            - Your `device` model

            | Data | Purpose |
            |------|---------|
            | IP address | Security |
            | **Account data**<br><br>**Contact Data** | Sign-up<br/>Support |

            Setext Heading
            --------------

            A paragraph that
            spans two lines.
            """
        let doc = try DocumentReader.read(Array(md.utf8), path: "policy.md")
        #expect(doc.format == .markdown)
        // A table of contents (links to places in the page) is not policy text.
        #expect(
            doc.blocks.map(\.text) == [
                "Acme Privacy Policy", "Last updated: May 1, 2025. See our terms.", "Information We Collect",
                "Your name and e-mail address", "Your device model", "Data | Purpose", "IP address | Security",
                // A line break inside a cell separates words: "Account data Contact Data", not "dataContact".
                "Account data Contact Data | Sign-up Support", "Setext Heading",
                "A paragraph that spans two lines.",
            ])
        #expect(doc.blocks[3].kind == .listItem)
        #expect(doc.blocks[3].section == ["Acme Privacy Policy", "Information We Collect"])
        #expect(doc.blocks[6].kind == .tableRow)
        #expect(doc.blocks[8].kind == .heading)
        #expect(doc.blocks[9].sentences.first?.line == 20)
    }

    @Test("format detection from content, extension as hint")
    func formatDetection() {
        #expect(FormatDetector.detect(Array("<!DOCTYPE html><p>x".utf8), path: "a.txt") == .html)
        #expect(FormatDetector.detect(Array("<?xml version='1.0'?><policy/>".utf8), path: "a") == .xml)
        #expect(FormatDetector.detect(Array("<?xml version='1.0'?><html/>".utf8), path: "a.html") == .html)
        #expect(FormatDetector.detect(Array("# Title\n\ntext".utf8), path: "a") == .markdown)
        #expect(FormatDetector.detect(Array("Title\n\ntext".utf8), path: "a") == .text)
        #expect(FormatDetector.detect(Array("Title\n\ntext".utf8), path: "a.md") == .markdown)
    }

    @Test("UTF-16 with a byte-order mark")
    func utf16() throws {
        let html = Support.html("<p>We collect your café address and ünïcode name for deliveries.</p>")
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let doc = try DocumentReader.read(bytes, path: "utf16.html")
        #expect(doc.blocks.contains { $0.text.contains("café address and ünïcode name") })
    }

    @Test("windows-1252 without a declaration, and declared ISO-8859-1 read as windows-1252")
    func windows1252() throws {
        let body = Array(Support.html("<p>We collect your \u{1}QUOTE\u{1} data \u{1}EURO\u{1} and caf\u{1}E\u{1}.</p>").utf8)
        func encode(_ declared: String?) -> [UInt8] {
            var text = String(decoding: body, as: UTF8.self)
            if let declared { text = text.replacingOccurrences(of: "<head>", with: "<head><meta charset=\"\(declared)\">") }
            var out: [UInt8] = []
            let parts = text.components(separatedBy: "\u{1}")
            for (n, part) in parts.enumerated() {
                if n % 2 == 0 {
                    out += Array(part.utf8)
                } else {
                    out.append(part == "QUOTE" ? 0x93 : part == "EURO" ? 0x80 : 0xE9)
                }
            }
            return out
        }
        for declared in [nil, "iso-8859-1"] {
            let doc = try DocumentReader.read(encode(declared), path: "cp1252.html")
            #expect(doc.blocks.contains { $0.text.contains("your \u{201C} data € and café.") }, "declared: \(declared ?? "none")")
        }
    }

    @Test("Shift_JIS declared in <meta>")
    func shiftJIS() throws {
        let html = "<html><head><meta charset=\"Shift_JIS\"><title>x</title></head><body><p>"
        let tail = "</p><p>This filler paragraph gives the page enough words to count as a policy for the reader here.</p></body></html>"
        // 個人情報 (personal information) in Shift_JIS.
        let sjis: [UInt8] = [0x8C, 0xC2, 0x90, 0x6C, 0x8F, 0xEE, 0x95, 0xF1]
        let doc = try DocumentReader.read(Array(html.utf8) + sjis + Array(tail.utf8), path: "sjis.html")
        #expect(doc.blocks.contains { $0.text == "個人情報" })
    }

    @Test("XXE: external entities are never read")
    func xxe() throws {
        let doc = try DocumentReader.read(try Support.fixture("xxe.xml"), path: "xxe.xml")
        let all = doc.blocks.map(\.text).joined(separator: "\n")
        #expect(doc.format == .xml)
        #expect(all.contains("We collect your email address"))
        #expect(!all.contains("root:"))
        #expect(!all.contains("/bin/"))
    }

    @Test("billion laughs: entities never expand, done quickly")
    func billionLaughs() throws {
        let start = ContinuousClock.now
        let doc = try DocumentReader.read(try Support.fixture("billion-laughs.xml"), path: "lol.xml")
        #expect(ContinuousClock.now - start < .seconds(1))
        let all = doc.blocks.map(\.text).joined(separator: "\n")
        #expect(!all.contains("lollol"))
        #expect(all.contains("We never record keystrokes"))
    }

    @Test("100,000 nested elements do not crash", arguments: ["html", "xml"])
    func deepNesting(_ format: String) throws {
        let depth = 100_000
        var text = format == "xml" ? "<?xml version=\"1.0\"?><policy>" : "<html><body>"
        text += "<p>We collect your email address when you register for the service with us today, and nothing more.</p>"
        text += String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
        text += format == "xml" ? "</policy>" : "</body></html>"
        let doc = try DocumentReader.read(Array(text.utf8), path: "deep.\(format)")
        #expect(doc.blocks.contains { $0.text.hasPrefix("We collect your email address") })
    }

    @Test("a 50 MB page stays under 512 MB of memory")
    func bigPage() throws {
        let paragraph = "<p>When you sign up we collect your name, email address and phone number, and keep them safe.</p>\n"
        var text = "<html><head><title>Big</title></head><body><main>"
        let count = 50_000_000 / paragraph.utf8.count
        text.reserveCapacity(count * paragraph.utf8.count + 100)
        for _ in 0..<count { text += paragraph }
        text += "</main></body></html>"
        let bytes = Array(text.utf8)
        text = ""
        let before = Self.maxResidentBytes()
        let doc = try DocumentReader.read(bytes, path: "big.html")
        let after = Self.maxResidentBytes()
        #expect(doc.blocks.count == count)
        #expect(after - before < 512 * 1024 * 1024, "peak memory grew by \((after - before) >> 20) MB")
    }

    static func maxResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }

    @Test("empty input, binary garbage, no policy text, oversize input: clear errors")
    func badInput() {
        #expect(throws: ExtractionError.self) { try DocumentReader.read([], path: "empty.html") }
        #expect(throws: ExtractionError.self) { try DocumentReader.read(Array(" \n\t".utf8), path: "blank.txt") }
        var garbage: [UInt8] = []
        var seed: UInt32 = 7
        for _ in 0..<4096 {
            seed = seed &* 1_103_515_245 &+ 12345
            garbage.append(UInt8(truncatingIfNeeded: seed >> 16))
        }
        #expect(throws: ExtractionError.self) { try DocumentReader.read(garbage, path: "garbage.bin") }
        #expect(throws: ExtractionError.self) {
            try DocumentReader.read(Array("<html><body><nav>Home About</nav><script>x()</script></body></html>".utf8), path: "menu.html")
        }
        #expect(throws: ExtractionError.self) {
            try DocumentReader.read(Array(Support.html("<p>x</p>").utf8), path: "a.html", options: ExtractionOptions(maxInputSize: 10))
        }
    }

    @Test("a page holding terms of use and a privacy policy keeps only the policy")
    func combinedPage() throws {
        let terms = String(repeating: "<p>You agree to indemnify us and accept the limitation of liability under these terms.</p>", count: 5)
        let privacy = String(repeating: "<p>We collect personal information such as your name and use cookies on the site.</p>", count: 5)
        let html = "<html><body><h2>Terms of Use</h2>\(terms)<h2>Privacy Policy</h2>\(privacy)</body></html>"
        let doc = try Support.read(html)
        #expect(!doc.blocks.contains { $0.text.contains("indemnify") })
        #expect(doc.blocks.contains { $0.text.contains("We collect personal information") })
        // A short statement after long terms (a tenth of the blocks) still stands alone; a policy
        // too short to be one keeps the page whole.
        let longTerms = String(repeating: "<p>You agree to indemnify us and accept the limitation of liability under these terms.</p>", count: 80)
        let short = Support.html("<h2>Terms of Use</h2>\(longTerms)<h2>Privacy Statement</h2>\(privacy)\(privacy)")
        #expect(!(try Support.read(short)).blocks.contains { $0.text.contains("indemnify") })
        let tiny = Support.html("<h2>Terms of Use</h2>\(longTerms)<h2>Privacy Statement</h2><p>We collect your name.</p>")
        #expect((try Support.read(tiny)).blocks.contains { $0.text.contains("indemnify") })
    }
}
