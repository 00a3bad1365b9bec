/// One theme hit: which theme, through which term, where (bytes in the document text).
public struct ThemeMatch: Sendable, Equatable {
    public var theme: Int
    public var term: Int
    public var span: Span
}

/// All theme terms compiled into one matcher whose cost per word does not grow with the number of terms:
/// exact forms (with inflections) in a hash map, prefix globs in a trie, suffix globs and compound heads in
/// a reverse trie, compound modifiers (samenwerkings|verband) in a forward trie, phrases by first word.
public struct ThemeMatcher: Sendable {
    public struct Term: Sendable {
        public var theme: Int
        public var text: String
        public var kind: ThemeTerm.Kind
        public var words: [String]
        public var isExclusion: Bool
        /// For phrases: the forms the last word may take, computed once.
        var lastForms: Set<String> = []
        /// For phrases: per word, the vocabulary ids it accepts (nil for a glob word like `basis*`).
        var wordIDs: [[Int32]?] = []
    }

    public let themes: [String]
    public private(set) var terms: [Term] = []
    /// Per term: its theme and whether it is an exclusion, as plain arrays for the hot loop (no struct copies).
    public private(set) var themeOf: [Int] = []
    public private(set) var isExclusion: [Bool] = []
    private var exact: [String: [Int32]] = [:]
    private var prefixTrie = ByteTrie()
    private var suffixTrie = ByteTrie()
    private var wordTrie = ByteTrie()
    private var wordReverseTrie = ByteTrie()
    private var infixTerms: [Int32] = []
    private var phraseStarts: [String: [Int32]] = [:]
    /// Every word form used in a phrase gets an id, so phrases compare integers, not strings.
    private var phraseVocabulary: [String: Int32] = [:]

    /// Compound parts need this many letters, so `werk` does not find itself in everything.
    static let minimumCompoundTerm = 4
    static let minimumCompoundRest = 3
    /// Dutch derivational endings: `werk|zaam` and `eenzaam|heid` are derivations, not compounds.
    static let derivations: Set<String> = [
        "zaam", "zame", "zaamheid", "heid", "heden", "ing", "ingen", "lijk", "lijke", "lijkheid", "baar", "bare",
        "achtig", "achtige", "loos", "loze", "isch", "ische", "ster", "sters", "schap", "schappen", "dom", "nis",
        "nissen", "sel", "sels", "iteit", "isme", "ist", "isten", "atie", "aties", "ief", "ieve", "erij", "ers",
        "ende", "enden", "ster", "tjes", "etje", "etjes", "elijk", "elijke", "ig", "ige", "igheid", "ing", "aar",
        "aars", "eren", "erde", "erden", "end", "ende", "ste", "sten", "stig", "ant", "ent", "ens", "ene",
    ]
    /// Separable-verb particles and prefixes: `samen|werken`, `mee|werken`, `ver|werken` are verbs, not compounds.
    static let particles: Set<String> = ["samen", "mee", "aan", "af", "op", "uit", "in", "door", "over", "om", "toe",
                                         "terug", "weg", "na", "voor", "bij", "tegen", "vast", "los", "her", "ver",
                                         "ont", "be", "ge", "er", "te", "vol", "onder", "achter", "rond", "open"]

    /// Linking elements between compound parts: samenwerking|s|verband, meerpartijen|samenwerking, zorg|e|loos.
    static let links = ["s", "en", "e", ""]
    /// Inflection endings stripped before looking for a compound head: samenwerkingen, netwerkje.
    static let endings = ["en", "s", "e", "je", "tje", "jes", "tjes", "etje", "etjes", "pje", "pjes", "n"]

    public init(lexicon: ThemeLexicon) {
        themes = lexicon.themes.map(\.name)
        for (t, theme) in lexicon.themes.enumerated() {
            for term in theme.terms { add(term, theme: t, exclusion: false) }
            for term in theme.exclusions { add(term, theme: t, exclusion: true) }
        }
    }

    private mutating func add(_ term: ThemeTerm, theme: Int, exclusion: Bool) {
        let id = Int32(terms.count)
        var compiled = Term(theme: theme, text: term.text, kind: term.kind, words: term.words, isExclusion: exclusion)
        if term.kind == .phrase {
            for (k, word) in term.words.enumerated() {
                if word.hasSuffix("*") { compiled.wordIDs.append(nil); continue }
                let forms = k == term.words.count - 1 ? Self.inflections(word) : [word]
                var ids: [Int32] = []  // a handful of ids: a linear search beats hashing
                for form in forms.sorted() { ids.append(vocabularyID(form)) }
                compiled.wordIDs.append(ids)
            }
            if let last = term.words.last, !last.hasSuffix("*") { compiled.lastForms = Self.inflections(last) }
        }
        terms.append(compiled)
        themeOf.append(theme)
        isExclusion.append(exclusion)
        let core = term.words[0]
        switch term.kind {
        case .word:
            for form in Self.inflections(core) { exact[form, default: []].append(id) }
            if core.utf8.count >= Self.minimumCompoundTerm {
                wordTrie.insert(Array(core.utf8), id)
                wordReverseTrie.insert(Array(core.utf8.reversed()), id)
            }
        case .prefix: prefixTrie.insert(Array(core.utf8), id)
        case .suffix: suffixTrie.insert(Array(core.utf8.reversed()), id)
        case .infix: infixTerms.append(id)
        case .phrase:
            let first = core.hasSuffix("*") ? String(core.dropLast()) : core
            for form in Self.inflections(first) { phraseStarts[form, default: []].append(id) }
        }
    }

    /// The forms a word term matches as a whole word: plural (-en, -s, -n), -e, diminutives, doubled
    /// consonants (stap → stappen), long vowels (vraag → vragen), f → v and s → z, -heid → -heden.
    public static func inflections(_ w: String) -> Set<String> {
        var forms: Set<String> = [w]
        let b = Array(w.utf8)
        guard b.count >= 2 else { return forms }
        for ending in ["s", "en", "e", "n", "je", "tje", "etje", "pje", "jes", "tjes", "etjes", "pjes"] { forms.insert(w + ending) }
        let vowels: Set<UInt8> = Set("aeiouy".utf8)
        let last = b[b.count - 1]
        let beforeLast = b[b.count - 2]
        if !vowels.contains(last), vowels.contains(beforeLast), b.count >= 3, !vowels.contains(b[b.count - 3]),
           !"wjxy".utf8.contains(last) {
            let doubled = w + String(UnicodeScalar(last))
            forms.insert(doubled + "en")
            forms.insert(doubled + "e")
        }
        if !vowels.contains(last), b.count >= 4, b[b.count - 2] == b[b.count - 3], vowels.contains(beforeLast) {
            let shortened = String(decoding: b.prefix(b.count - 2) + [last], as: UTF8.self)
            forms.insert(shortened + "en")
            forms.insert(shortened + "e")
        }
        if last == UInt8(ascii: "f") { forms.insert(String(w.dropLast()) + "ven"); forms.insert(String(w.dropLast()) + "ve") }
        if last == UInt8(ascii: "s"), vowels.contains(beforeLast) { forms.insert(String(w.dropLast()) + "zen"); forms.insert(String(w.dropLast()) + "ze") }
        if w.hasSuffix("heid") { forms.insert(String(w.dropLast(4)) + "heden") }
        return forms
    }

    /// Term ids matching one folded word (exclusions included; the caller sorts them out).
    /// A capitalised word may be a name (Harderwijk, Katwijk): it matches whole or by glob, not as a compound.
    public func matchWord(_ key: String, compounds: Bool = true) -> [Int32] {
        var found: [Int32] = exact[key] ?? []
        let bytes = Array(key.utf8)
        prefixTrie.walk(bytes) { _, ids in found += ids }
        suffixTrie.walk(bytes.reversed()) { _, ids in found += ids }
        for id in infixTerms where key.contains(terms[Int(id)].words[0]) { found.append(id) }
        if !compounds {
            return found.count > 1 ? Array(Set(found)).sorted() : found
        }
        // Modifier: term + link + another word (samenwerking|s|verband, eenzaamheid|s|aanpak).
        wordTrie.walk(bytes) { depth, ids in
            let rest = bytes[depth...]
            if isCompoundRest(rest) { found += ids }
        }
        // Head: another word + term (+ inflection): meerpartijen|samenwerking, mantel|zorg|en.
        for stem in Self.stems(bytes) {
            wordReverseTrie.walk(stem.reversed()) { depth, ids in
                let rest = stem.count - depth
                if rest >= Self.minimumCompoundRest, !Self.particles.contains(String(decoding: stem[..<rest], as: UTF8.self)) {
                    found += ids
                }
            }
        }
        if found.count > 1 { found = Array(Set(found)).sorted() }
        return found
    }

    /// What follows a modifier: a linking element and a word of its own, not a derivational ending.
    private func isCompoundRest(_ rest: ArraySlice<UInt8>) -> Bool {
        for link in Self.links {
            let l = Array(link.utf8)
            guard rest.count >= l.count + Self.minimumCompoundRest, rest.starts(with: l) else { continue }
            let tail = String(decoding: rest.dropFirst(l.count), as: UTF8.self)
            if !Self.derivations.contains(tail), !Self.derivations.contains(where: { tail.hasPrefix($0) && tail.count - $0.count <= 4 }) {
                return true
            }
        }
        return false
    }

    /// The word and the word without an inflection ending, for compound heads.
    static func stems(_ bytes: [UInt8]) -> [[UInt8]] {
        var out = [bytes]
        for ending in endings {
            let e = Array(ending.utf8)
            if bytes.count > e.count + minimumCompoundTerm + minimumCompoundRest, bytes.suffix(e.count).elementsEqual(e) {
                out.append(Array(bytes.dropLast(e.count)))
            }
        }
        return out
    }

    func phraseStarts(_ key: String) -> [Int32]? { phraseStarts[key] }

    private mutating func vocabularyID(_ word: String) -> Int32 {
        if let id = phraseVocabulary[word] { return id }
        let id = Int32(phraseVocabulary.count)
        phraseVocabulary[word] = id
        return id
    }

    /// The phrase-vocabulary id of a folded word, or -1 when no phrase uses it.
    func vocabulary(_ key: String) -> Int32 { phraseVocabulary[key] ?? -1 }

    /// How many words phrase `id` covers from token `i`, comparing vocabulary ids (glob words by text).
    func phraseLength(_ id: Int32, vocabulary ids: [Int32], keys: (Int) -> String, at i: Int) -> Int? {
        let count = terms[Int(id)].wordIDs.count
        guard i + count <= ids.count else { return nil }
        for k in 1..<count {
            if let accepted = terms[Int(id)].wordIDs[k] {
                if !accepted.contains(ids[i + k]) { return nil }
            } else if !keys(i + k).hasPrefix(terms[Int(id)].words[k].dropLast()) {
                return nil
            }
        }
        return count
    }

    /// Whether `phrase` matches the words starting at `i`; returns how many words it covers.
    func phraseLength(_ id: Int32, _ words: [FoldedWord], at i: Int) -> Int? {
        let term = terms[Int(id)]
        let parts = term.words
        guard i + parts.count <= words.count else { return nil }
        for (k, part) in parts.enumerated() {
            let word = words[i + k].key
            if part.hasSuffix("*") {
                if !word.hasPrefix(part.dropLast()) { return nil }
            } else if k == parts.count - 1 {
                if !term.lastForms.contains(word) { return nil }
            } else if k == 0 {
                continue  // the first word was looked up by its forms
            } else if word != part {
                return nil
            }
        }
        return parts.count
    }
}

/// A word of a text, folded for matching, with its span in the document.
public struct FoldedWord: Sendable {
    public var key: String
    public var span: Span
}

/// A byte trie; `walk` reports every node along a key that ends a term.
struct ByteTrie: Sendable {
    private var children: [[UInt8: Int32]] = [[:]]
    private var ends: [[Int32]] = [[]]

    mutating func insert(_ key: [UInt8], _ id: Int32) {
        var node = 0
        for byte in key {
            if let next = children[node][byte] {
                node = Int(next)
            } else {
                children.append([:])
                ends.append([])
                children[node][byte] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        ends[node].append(id)
    }

    func walk<S: Sequence>(_ key: S, _ visit: (_ depth: Int, _ ids: [Int32]) -> Void) where S.Element == UInt8 {
        var node = 0
        var depth = 0
        for byte in key {
            guard let next = children[node][byte] else { return }
            node = Int(next)
            depth += 1
            if !ends[node].isEmpty { visit(depth, ends[node]) }
        }
    }
}
