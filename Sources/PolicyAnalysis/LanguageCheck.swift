import PolicyModel
import PolicyRules

/// Which blocks of a policy are written in English, the only language the rules are written in.
///
/// A block of another language is not read: its words only ever match English phrases by accident
/// (Portuguese "os" is no operating system, French "données" nothing at all), and a policy read
/// that way would look as if it collected little or nothing. A block is judged by its most common
/// words, or by its script when that is not Latin. A block that says too little to judge (a list
/// item, a table cell, a list of data types, a language menu's one word) goes with the block before
/// it, and a heading in English starts English text again.
enum LanguageCheck {
    /// Whether each block is read, and how many of the document's words are in blocks that are not.
    struct Verdict {
        var read: [Bool]
        var unreadWords: Int
        var words: Int

        /// How much of the policy the rules could read.
        var readability: Readability {
            guard words > 0, unreadWords > 0 else { return .english }
            let share = Double(unreadWords) / Double(words)
            if share >= LanguageCheck.unreadableShare { return .unreadable(unreadShare: share) }
            return share >= LanguageCheck.partlyShare ? .partly(unreadShare: share) : .english
        }
    }

    /// At least this share of the words unread makes the policy unreadable: most of it is in
    /// another language (a translation, or a page in another language).
    static let unreadableShare = 0.8
    /// At least this share unread is worth a warning (sections in another language).
    static let partlyShare = 0.2

    /// Judges each block of `document`; `tokenized` holds each block's sentences' tokens.
    static func verdict(_ document: Document, tokenized: [[[Token]]]) -> Verdict {
        var read = [Bool](repeating: true, count: document.blocks.count)
        var unread = 0
        var total = 0
        var english = true
        for (index, block) in document.blocks.enumerated() {
            if block.kind == .heading {
                // A heading in English ("Privacy Policy", "Information we collect") starts English
                // text again, after a language menu or a section in another language; a heading
                // that names nothing English leaves the language as it was.
                let words = Tokenizer.tokens(block.text).filter(\.isWord).map(\.text)
                if isOtherScript(block.text) || words.filter(foreignWords.contains).count >= 2 {
                    english = false
                } else if words.contains(where: englishWords.contains) {
                    english = true
                }
                continue
            }
            var words = 0
            var englishHits = 0
            var foreignHits = 0
            for tokens in tokenized[index] {
                for k in tokens.indices where tokens[k].isWord {
                    words += 1
                    // The first words decide, and plain English sooner: a long block need not be
                    // looked up to its end.
                    guard words <= 40, englishHits < 10 || foreignHits > 0 else { continue }
                    if englishWords.contains(tokens[k].text) {
                        englishHits += 1
                    } else if foreignWords.contains(tokens[k].text) {
                        foreignHits += 1
                    }
                }
            }
            total += words
            // (A word or two, such as a language menu's "Русский", says nothing of the text after it.)
            let otherScript = isOtherScript(block.text)
            if words >= 4 || otherScript {
                if otherScript || (foreignHits >= 3 && foreignHits > 2 * englishHits) {
                    english = false
                } else if englishHits >= 2 {
                    english = true
                }
            }
            if !english {
                read[index] = false
                unread += words
            }
        }
        return Verdict(read: read, unreadWords: unread, words: total)
    }

    /// Most of the block's letters are of a script other than Latin (Chinese, Japanese, Korean,
    /// Cyrillic, Greek, Arabic, Hebrew ...), judged on its first few hundred bytes.
    static func isOtherScript(_ text: String) -> Bool {
        Document.isMostlyOtherScript(Document.scriptLetters(text, limit: 400), atLeast: 12)
    }

    /// Words of nearly every English sentence of a policy. (Not "a", "in", "is", "on", "as", "an",
    /// "do": Romanian, Dutch, German, French and Portuguese sentences are full of them too, and
    /// the three "a" of a short Romanian sentence would outweigh its Romanian words.)
    static let englishWords: WordSet = [
        "the", "of", "and", "to", "we", "you", "your", "our", "are", "for", "with", "that", "this", "by",
        "or", "may", "be", "not", "it", "information", "data", "use", "collect", "personal", "from", "will",
        "can", "us", "any", "which", "have", "if", "such", "about", "other", "when", "these", "at", "all",
        "how", "privacy", "policy",
    ]

    /// Common words of French, Spanish, Portuguese, German, Italian, Dutch and Romanian that
    /// English does not use. (Not "de", "la", "die", "per", "non", "mit", "van", "et", "com":
    /// English text has them too, in names, "per year", "et al.", "example.com".)
    static let foreignWords: WordSet = [
        // French
        "les", "des", "pour", "qui", "dans", "sur", "une", "nous", "vous", "vos", "votre", "nos", "notre", "aux", "ou",
        "avec", "ces", "sont", "leur", "cette", "données", "être", "peut", "informations", "utilisons",
        // Spanish
        "los", "las", "del", "por", "para", "sus", "como", "que", "una", "nosotros", "sobre", "puede", "este", "esta",
        "estos", "datos", "información", "usted", "tus", "tu", "podemos", "cuando", "también", "es", "nuestro",
        "nuestra", "nuestros", "pueden", "servicios",
        // Portuguese
        "não", "uma", "nós", "você", "seus", "suas", "dos", "das", "pelo", "pela", "são", "ao", "dados", "ou",
        "também", "podemos", "informações", "quando",
        // German
        "der", "und", "ist", "zu", "für", "sie", "wir", "nicht", "ihre", "ihr", "ihren", "wird", "werden", "sind", "auf",
        "eine", "einer", "dass", "oder", "auch", "daten", "bei", "durch", "uns", "unsere", "können",
        // Italian
        "il", "che", "della", "delle", "dei", "degli", "sono", "questo", "nostro", "dati", "gli", "nostri", "possiamo",
        // Dutch
        "het", "een", "voor", "niet", "wij", "ook", "zijn", "worden", "onze", "uw", "gegevens", "deze",
        // Romanian
        "și", "pentru", "care", "datele", "dvs", "să", "sunt", "noastre", "dumneavoastră",
    ]
}
