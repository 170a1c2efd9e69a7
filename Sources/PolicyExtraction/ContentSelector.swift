import PolicyModel

/// Decides which parts of a page are policy text: drops chrome (navigation, headers, footers,
/// sidebars, cookie banners, hidden elements) and, where the page has a clear main region, everything
/// outside it.
///
/// Chrome is recognized by tag, ARIA role and class/id words, but an element that holds most of the
/// page's text is never dropped for its name alone: sites call their whole content wrapper
/// "page-with-sidebar" or put the policy in a `<header>`-classed div.
struct ContentSelector {
    let tree: MarkupTree
    /// Words of text under each node (chrome included).
    private(set) var words: [Int32]
    /// Words of text under each node that sit inside links.
    private(set) var linkWords: [Int32]

    init(tree: MarkupTree) {
        self.tree = tree
        let count = tree.nodes.count
        words = Array(repeating: 0, count: count)
        linkWords = Array(repeating: 0, count: count)
        // Children always come after their parent, so one backward pass sums every subtree.
        for index in stride(from: count - 1, through: 1, by: -1) {
            let node = tree[index]
            if node.kind == .text { words[index] = Int32(Self.wordCount(node.name)) }
            if node.kind == .element, node.name == "a" { linkWords[index] = words[index] }
            let parent = Int(node.parent)
            words[parent] += words[index]
            linkWords[parent] += linkWords[index]
        }
    }

    static func wordCount(_ text: String) -> Int { Document.wordCount(text) }

    /// Returns the region to read and, for each node, whether it is dropped. (A flag per node, not a
    /// Set<Int>: the tree's nodes are numbered densely, and a flag is read without hashing.)
    mutating func select() -> (region: Int, dropped: [Bool]) {
        let total = max(1, Int(words[MarkupTree.root]))
        var dropped = [Bool](repeating: false, count: tree.nodes.count)
        // The chrome word (if any) of each distinct id / class value: pages repeat the same long
        // class lists on hundreds of elements.
        var chromeWordOf: [String: String?] = [:]
        var keptWords = words
        for index in 1..<tree.nodes.count where tree[index].kind == .element {
            guard isChrome(index, cache: &chromeWordOf) else { continue }
            // A wrapper that holds most of the page is content, whatever it is called, unless most
            // of its words are links: a mega-menu of store locations is still a menu.
            if Int(words[index]) * 10 > total * 4, linkWords[index] * 2 < words[index] { continue }
            if hasDroppedAncestor(index, dropped) { continue }
            dropped[index] = true
            var parent = Int(tree[index].parent)
            while parent >= 0 {
                keptWords[parent] -= words[index]
                parent = Int(tree[parent].parent)
            }
        }
        let region = densestContainer(in: mainRegion(keptWords: keptWords), dropped: dropped)
        return (region, dropped)
    }

    private func hasDroppedAncestor(_ index: Int, _ dropped: [Bool]) -> Bool {
        var parent = Int(tree[index].parent)
        while parent > 0 {
            if dropped[parent] { return true }
            parent = Int(tree[parent].parent)
        }
        return false
    }

    /// The smallest element under `start` that holds nearly all of its prose: text runs of several
    /// words outside links. Sidebars, widgets and link menus around the policy hold little prose,
    /// so they fall outside it.
    private func densestContainer(in start: Int, dropped: [Bool]) -> Int {
        let count = tree.nodes.count
        var prose = [Int32](repeating: 0, count: count)
        var inLink = [Bool](repeating: false, count: count)
        var isDropped = [Bool](repeating: false, count: count)
        for index in 1..<count {
            let node = tree[index]
            let parent = Int(node.parent)
            inLink[index] = inLink[parent] || (node.kind == .element && node.name == "a")
            isDropped[index] = isDropped[parent] || dropped[index]
        }
        // Words of running text gather in their nearest block-level element (a paragraph split by
        // inline markup is still one run); a block with enough of them is prose.
        var blockOf = [Int](repeating: 0, count: count)
        var blockWords = [Int32](repeating: 0, count: count)
        for index in 1..<count {
            let parent = Int(tree[index].parent)
            blockOf[index] = MarkupBlockBuilder.blockElements.contains(tree[parent].name) ? parent : blockOf[parent]
            if tree[index].kind == .text, !inLink[index], !isDropped[index] { blockWords[blockOf[index]] += words[index] }
        }
        for index in stride(from: count - 1, through: 1, by: -1) {
            if blockWords[index] >= Self.proseRunWords { prose[index] += blockWords[index] }
            prose[Int(tree[index].parent)] += prose[index]
        }
        let total = Int(prose[start])
        guard total > 0 else { return start }
        var node = start
        while true {
            var best = -1
            for child in tree.children(of: node)
            where tree[child].kind == .element && !isDropped[child] && Self.containerElements.contains(tree[child].name) {
                if best < 0 || prose[child] > prose[best] { best = child }
            }
            guard best >= 0, Double(prose[best]) >= Double(total) * Self.proseShare else { return node }
            node = best
        }
    }

    /// Elements that hold blocks rather than text: the descent towards the policy stops at a text block.
    static let containerElements: Set<String> = [
        "html", "body", "div", "section", "article", "main", "center", "form", "table", "tbody", "tr", "td", "th", "font", "span",
    ]

    /// A text run of this many words is prose, not a menu entry or a caption.
    static let proseRunWords: Int32 = 6
    /// The share of the page's prose the chosen container must hold.
    static let proseShare = 0.95

    /// `<main>`, `role=main` or the largest `<article>` when it holds most of the kept text; else the root.
    private func mainRegion(keptWords: [Int32]) -> Int {
        let total = Int(keptWords[MarkupTree.root])
        var best = -1
        for index in 1..<tree.nodes.count where tree[index].kind == .element {
            let node = tree[index]
            let isMain = node.name == "main" || node.name == "article" || node.attribute("role") == "main"
            guard isMain else { continue }
            if best < 0 || keptWords[index] > keptWords[best] { best = index }
        }
        if best > 0, Int(keptWords[best]) * 10 >= total * 6 { return best }
        return MarkupTree.root
    }

    static let chromeTags: Set<String> = ["nav", "aside", "footer", "header", "menu"]
    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary", "dialog", "alertdialog",
        "toolbar", "alert",
    ]
    static let chromeWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menubar", "megamenu", "breadcrumb", "breadcrumbs", "sidebar", "cookie",
        "cookies", "consent", "gdpr", "footer", "masthead", "skip", "share", "sharing", "social", "newsletter", "subscribe",
        "popup", "modal", "onetrust", "truste", "cookiebot", "toolbar", "topbar", "signup", "login", "ccpa",
        // A news site's column beside the story ("side-rail", "right-rail") and its lists of other
        // pages ("related-links"). (Not "rail" or "related" alone: an id made from a heading,
        // "section_other_information_related_to_your_account", is content.)
        "siderail", "rightrail", "leftrail", "relatedlinks", "relatedposts", "relatedarticles", "relatedstories",
    ]

    static let consentWords: Set<String> = ["cookie", "cookies", "consent", "gdpr", "ccpa", "onetrust", "cookiebot", "truste"]

    private func isChrome(_ index: Int, cache: inout [String: String?]) -> Bool {
        let node = tree[index]
        if Self.chromeTags.contains(node.name) {
            // A header inside the article (its title) is content; the page's header is not.
            if node.name == "header", hasAncestor(index, named: ["article", "main", "section"]) { return false }
            return true
        }
        if let role = node.attribute("role")?.lowercased(), Self.chromeRoles.contains(role) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = node.attribute("style"), Self.hidesElement(style) { return true }
        for key in ["id", "class"] {
            guard let value = node.attribute(key) else { continue }
            let found: String?
            if let known = cache[value] {
                found = known
            } else {
                // Chrome words other than consent words decide alone; a consent word only matters
                // when no other chrome word is there.
                let chrome = Self.classWords(value).filter { Self.chromeWords.contains($0) }
                found = chrome.first { !Self.consentWords.contains($0) } ?? chrome.first
                cache[value] = found
            }
            if let word = found {
                // A consent banner is short; a cookie policy's own table of cookies is long and is content.
                if Self.consentWords.contains(word), words[index] > 150 { continue }
                return true
            }
        }
        return false
    }

    /// `display: none` or `visibility: hidden` in an inline style, any case and spacing.
    static func hidesElement(_ style: String) -> Bool {
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for byte in style.utf8 where byte != 0x20 && byte != 0x09 {
            compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return !ByteSearch.ends(of: Array("display:none".utf8), in: compact).isEmpty
            || !ByteSearch.ends(of: Array("visibility:hidden".utf8), in: compact).isEmpty
    }

    private func hasAncestor(_ index: Int, named names: Set<String>) -> Bool {
        var parent = Int(tree[index].parent)
        while parent > 0 {
            if names.contains(tree[parent].name) { return true }
            parent = Int(tree[parent].parent)
        }
        return false
    }

    /// "site-footer navBar cookie_banner" -> site, footer, nav, bar, cookie, banner, then each
    /// adjacent pair joined (sitefooter, footernav, navbar, ...) and the whole run joined.
    static func classWords(_ value: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        func finish() {
            if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in value.utf8 {
            let upper = byte >= 0x41 && byte <= 0x5A
            let lower = byte >= 0x61 && byte <= 0x7A
            if upper || lower || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 {
                if upper, previousLower { finish() }
                current.append(upper ? byte | 0x20 : byte)
                previousLower = lower
            } else {
                finish()
                previousLower = false
            }
        }
        finish()
        // Joined forms too: "navBar" also counts as "navbar", "side-rail-top" as "siderail".
        if result.count > 1 {
            let parts = result
            for i in 1..<parts.count { result.append(parts[i - 1] + parts[i]) }
            if parts.count > 2 { result.append(parts.joined()) }
        }
        return result
    }
}
