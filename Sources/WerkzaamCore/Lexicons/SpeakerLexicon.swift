import Foundation

/// What attribution needs from `lexicons/`: speech verbs, role titles by category, organisation cues and
/// known organisations by type. Compiled once; matching folds case and diacritics.
public struct SpeakerLexicon: Sendable {
    /// The compiled tables live in one shared object: attribution copies the lexicon into several small
    /// structs per document and cue, and a struct of 18 collections cost 18 retains per copy (6% of a run).
    /// Mutation (only while loading) copies the object first when it is shared.
    private struct Tables {
        var speechVerbs: Set<String> = []
        var separableVerbs: [String: Set<String>] = [:]
        var sourceWords: Set<String> = []
        var indirectWords: Set<String> = []
        var phraseVerbs: [String: Set<String>] = [:]
        var roles: [(title: String, category: String)] = []
        var organisationCues: [(pattern: WordPattern, type: String)] = []
        var knownOrganisations: [String: String] = [:]
        var organisationOfRole: [(title: String, type: String)] = []
        var roleWords: Set<String> = []
        var roleByTitle: [String: String] = [:]
        var spacedRoles: [(title: String, category: String)] = []
        var wordRoles: [(title: String, category: String, length: Int)] = []
        var cueExact: [String: (Int, String)] = [:]
        var cuePrefix: [String: (Int, String)] = [:]
        var cueSuffix: [String: (Int, String)] = [:]
        var cueOther: [(Int, WordPattern, String)] = []
        /// Two-word phrases of `kenmerken` (`sociaal team`, `sociaal werk`) by their first word, then second word.
        var twoWordCues: [String: [String: String]] = [:]
        var roleLengths: [Int] = []
        var prefixLengths: [Int] = []
        var suffixLengths: [Int] = []
    }

    private final class Storage: @unchecked Sendable {
        var tables: Tables
        /// Results of the name lookups, for every worker; emptied when a table changes.
        let memo = LookupMemo()

        init(_ tables: Tables) { self.tables = tables }
    }

    private var storage = Storage(Tables())

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.tables) }
        storage.memo.removeAll()
    }

    /// `organisationType` remembered by name: the same organisations recur through a corpus, and each
    /// lookup splits and joins the name several times.
    func cachedOrganisationType(_ name: String) -> String? {
        storage.memo.value(name, in: \.organisationTypes) { organisationType(name) }
    }

    /// `roleCategory` remembered by title.
    func cachedRoleCategory(_ title: String) -> String? {
        storage.memo.value(title, in: \.roleCategories) { roleCategory(title) }
    }

    /// Finite forms of speech verbs (zegt, vertelde).
    public var speechVerbs: Set<String> {
        get { storage.tables.speechVerbs }
        _modify { makeUnique(); yield &storage.tables.speechVerbs }
    }
    /// Finite forms of separable speech verbs with their particles (legt → uit).
    public var separableVerbs: [String: Set<String>] {
        get { storage.tables.separableVerbs }
        _modify { makeUnique(); yield &storage.tables.separableVerbs }
    }
    /// Words that name a source without a verb (aldus).
    public var sourceWords: Set<String> {
        get { storage.tables.sourceWords }
        _modify { makeUnique(); yield &storage.tables.sourceWords }
    }
    /// Words that introduce indirect speech (volgens).
    public var indirectWords: Set<String> {
        get { storage.tables.indirectWords }
        _modify { makeUnique(); yield &storage.tables.indirectWords }
    }
    /// Finite forms of verbs that characterise something with a quoted phrase (`noemt het convenant „een
    /// begin, geen eindpunt”`), with the particle that must stand right before the quotation (`sprak van`);
    /// an empty set needs none.
    public var phraseVerbs: [String: Set<String>] {
        get { storage.tables.phraseVerbs }
        _modify { makeUnique(); yield &storage.tables.phraseVerbs }
    }
    /// Role titles (lowercased, folded) and their category, longest first for suffix matching.
    public private(set) var roles: [(title: String, category: String)] {
        get { storage.tables.roles }
        _modify { makeUnique(); yield &storage.tables.roles }
    }
    /// Organisation cues (glob on one word or a phrase) and their type, in file order.
    public private(set) var organisationCues: [(pattern: WordPattern, type: String)] {
        get { storage.tables.organisationCues }
        _modify { makeUnique(); yield &storage.tables.organisationCues }
    }
    /// Known organisation names (folded) and their type.
    public private(set) var knownOrganisations: [String: String] {
        get { storage.tables.knownOrganisations }
        _modify { makeUnique(); yield &storage.tables.knownOrganisations }
    }
    /// Titles that belong to one kind of organisation (folded title → type), from `functies`.
    private(set) var organisationOfRole: [(title: String, type: String)] {
        get { storage.tables.organisationOfRole }
        _modify { makeUnique(); yield &storage.tables.organisationOfRole }
    }

    /// The kind of organisation a folded role belongs to when it names none (`wethouder zorg` → gemeente).
    /// The title the role starts with decides; failing that, the field it ends with (`teamleider
    /// jongerenwerk`, `senior buurtwerker` → welzijnsorganisatie), so `wethouder jeugd en jongerenwerk` stays
    /// with the municipality.
    func organisationType(ofRole role: String) -> String? {
        organisationOfRole.first { role == $0.title || role.hasPrefix($0.title + " ") || role.hasPrefix($0.title + "-") }?.type
            ?? organisationOfRole.first { role.hasSuffix(" " + $0.title) || role.hasSuffix("-" + $0.title) }?.type
    }

    /// The kind of organisation a title implies: from `functies`, else from an organisation word the title is
    /// made with (`wijkteam|medewerker`, `bibliotheek|medewerker`) or ends in (`teamleider sociaal wijkteam`).
    /// `role` is folded.
    func organisationType(impliedBy role: String) -> String? {
        if let type = organisationType(ofRole: role) { return type }
        let words = role.split(separator: " ").map(String.init)
        // A team is an organisation (`teamleider buurtteam`); a field is not (`beleidsadviseur wonen`, `… zorg`).
        if words.count > 1, let last = words.last, let type = cueExact[last]?.1 ?? (last.hasSuffix("team") ? cueType(last)?.1 : nil) {
            return type
        }
        guard let head = words.first else { return nil }
        let scalars = head.unicodeScalars
        for length in roleLengths where length >= 3 && scalars.count - length >= 3 {
            guard roleWords.contains(String(scalars.suffix(length))) else { continue }
            let modifier = String(scalars.prefix(scalars.count - length))
            // `wijkteam|s|medewerker`: a linking s after the modifier.
            for m in modifier.hasSuffix("s") ? [modifier, String(modifier.dropLast())] : [modifier] {
                if let type = cueType(m)?.1 { return type }
            }
        }
        return nil
    }

    /// `functies` of the shipped organisations.yaml, for a lexicon folder that has no such section.
    static let defaultOrganisationOfRole: [(title: String, type: String)] =
        [("wethouder", "gemeente"), ("burgemeester", "gemeente"), ("gedeputeerde", "provincie")]
            + ["wijkagent", "wijkagente", "politieagent", "hoofdagent", "agent", "brigadier", "wijkrechercheur", "rechercheur"].map { ($0, "politie") }
            + ["jongerenwerker", "jongerenwerkster", "jongerenwerk", "buurtwerker", "buurtwerk", "opbouwwerker", "opbouwwerk",
               "welzijnswerker", "ouderenwerker", "ouderenwerk"].map { ($0, "welzijnsorganisatie") }
    /// Single-word titles, for exact and compound-head lookups.
    private var roleWords: Set<String> {
        get { storage.tables.roleWords }
        _modify { makeUnique(); yield &storage.tables.roleWords }
    }
    /// Title → category (titles are unique), and the titles of several words and of one word with their
    /// length in characters, in `roles` order: `roleCategory` ran per name and scanned `roles` each time.
    private var roleByTitle: [String: String] {
        get { storage.tables.roleByTitle }
        _modify { makeUnique(); yield &storage.tables.roleByTitle }
    }
    private var spacedRoles: [(title: String, category: String)] {
        get { storage.tables.spacedRoles }
        _modify { makeUnique(); yield &storage.tables.spacedRoles }
    }
    private var wordRoles: [(title: String, category: String, length: Int)] {
        get { storage.tables.wordRoles }
        _modify { makeUnique(); yield &storage.tables.wordRoles }
    }
    /// Organisation cues by shape, each with its place in the file (the first listed type wins).
    private var cueExact: [String: (Int, String)] {
        get { storage.tables.cueExact }
        _modify { makeUnique(); yield &storage.tables.cueExact }
    }
    private var cuePrefix: [String: (Int, String)] {
        get { storage.tables.cuePrefix }
        _modify { makeUnique(); yield &storage.tables.cuePrefix }
    }
    private var cueSuffix: [String: (Int, String)] {
        get { storage.tables.cueSuffix }
        _modify { makeUnique(); yield &storage.tables.cueSuffix }
    }
    private var cueOther: [(Int, WordPattern, String)] {
        get { storage.tables.cueOther }
        _modify { makeUnique(); yield &storage.tables.cueOther }
    }
    /// Lengths (in scalars) that occur among role words, cue prefixes and cue suffixes: only those are tried.
    private var roleLengths: [Int] {
        get { storage.tables.roleLengths }
        _modify { makeUnique(); yield &storage.tables.roleLengths }
    }
    private var prefixLengths: [Int] {
        get { storage.tables.prefixLengths }
        _modify { makeUnique(); yield &storage.tables.prefixLengths }
    }
    private var suffixLengths: [Int] {
        get { storage.tables.suffixLengths }
        _modify { makeUnique(); yield &storage.tables.suffixLengths }
    }

    public init() {}

    /// Loads `speech-verbs.yaml`, `roles.yaml` and `organisations.yaml` from a lexicon folder.
    public static func load(directory: String) throws(LexiconError) -> SpeakerLexicon {
        var lexicon = SpeakerLexicon()
        try lexicon.readSpeechVerbs(YAMLFile(path: directory + "/speech-verbs.yaml"))
        try lexicon.readRoles(YAMLFile(path: directory + "/roles.yaml"))
        try lexicon.readOrganisations(YAMLFile(path: directory + "/organisations.yaml"))
        return lexicon
    }

    mutating func readSpeechVerbs(_ file: YAMLFile) throws(LexiconError) {
        let top = try file.mapping(file.root, "speech-verbs.yaml")
        if let verbs = file.value(top, "werkwoorden") {
            for (_, _, forms) in try file.mapping(verbs, "werkwoorden") {
                for (form, _) in try file.strings(forms, "werkwoorden") { speechVerbs.insert(Fold.key(form)) }
            }
        }
        if let separable = file.value(top, "scheidbaar") {
            for (verb, keyNode, entry) in try file.mapping(separable, "scheidbaar") {
                let fields = try file.mapping(entry, "scheidbaar/\(verb)")
                guard let formsNode = file.value(fields, "vormen"), let particleNode = file.value(fields, "partikel"),
                      let particle = particleNode.string else {
                    throw file.error(keyNode, "scheidbaar/\(verb) needs 'vormen' (a list) and 'partikel' (a word)")
                }
                for (form, _) in try file.strings(formsNode, "vormen") {
                    separableVerbs[Fold.key(form), default: []].insert(Fold.key(particle))
                }
            }
        }
        if let phrases = file.value(top, "typeringen") {
            for (verb, keyNode, entry) in try file.mapping(phrases, "typeringen") {
                if let fields = try? file.mapping(entry, "typeringen/\(verb)") {
                    guard let formsNode = file.value(fields, "vormen"), let particleNode = file.value(fields, "partikel"),
                          let particle = particleNode.string else {
                        throw file.error(keyNode, "typeringen/\(verb) needs a list of forms, or 'vormen' (a list) and 'partikel' (a word)")
                    }
                    for (form, _) in try file.strings(formsNode, "vormen") { phraseVerbs[Fold.key(form), default: []].insert(Fold.key(particle)) }
                } else {
                    for (form, _) in try file.strings(entry, "typeringen/\(verb)") { phraseVerbs[Fold.key(form), default: []] = [] }
                }
            }
        }
        if let words = file.value(top, "bronaanduiding") {
            for (w, _) in try file.strings(words, "bronaanduiding") { sourceWords.insert(Fold.key(w)) }
        }
        if let words = file.value(top, "indirect") {
            for (w, _) in try file.strings(words, "indirect") { indirectWords.insert(Fold.key(w)) }
        }
        if speechVerbs.isEmpty { throw file.error(file.root, "no speech verbs under 'werkwoorden'") }
    }

    mutating func readRoles(_ file: YAMLFile) throws(LexiconError) {
        var seen: [String: String] = [:]
        for (category, _, titles) in try file.mapping(file.root, "roles.yaml") {
            for (title, line) in try file.strings(titles, category) {
                let key = Fold.key(title)
                if let other = seen[key], other != category {
                    throw LexiconError(file: file.name, line: line, "'\(title)' is in both '\(other)' and '\(category)'")
                }
                seen[key] = category
                roles.append((key, category))
            }
        }
        roles.sort { $0.title.count != $1.title.count ? $0.title.count > $1.title.count : $0.title < $1.title }
        roleWords = Set(roles.map(\.title).filter { !$0.contains(" " as Character) })
        roleByTitle = Dictionary(roles.map { ($0.title, $0.category) }, uniquingKeysWith: { first, _ in first })
        spacedRoles = roles.filter { $0.title.contains(" " as Character) }
        wordRoles = roles.filter { !$0.title.contains(" " as Character) }.map { ($0.title, $0.category, $0.title.count) }
        roleLengths = Set(roleWords.map(\.unicodeScalars.count)).sorted()
    }

    mutating func readOrganisations(_ file: YAMLFile) throws(LexiconError) {
        let top = try file.mapping(file.root, "organisations.yaml")
        if let cues = file.value(top, "kenmerken") {
            for (type, _, terms) in try file.mapping(cues, "kenmerken") {
                for (term, line) in try file.strings(terms, "kenmerken/\(type)") {
                    guard let pattern = WordPattern(term) else {
                        throw LexiconError(file: file.name, line: line, "bad pattern '\(term)': use * only at the start or end")
                    }
                    let order = organisationCues.count
                    organisationCues.append((pattern, type))
                    switch (pattern.isPhrase, pattern.prefix, pattern.suffix) {
                    case (false, false, false): if cueExact[pattern.text] == nil { cueExact[pattern.text] = (order, type) }
                    case (false, false, true): if cuePrefix[pattern.text] == nil { cuePrefix[pattern.text] = (order, type) }
                    case (false, true, false): if cueSuffix[pattern.text] == nil { cueSuffix[pattern.text] = (order, type) }
                    default:
                        cueOther.append((order, pattern, type))
                        let words = pattern.text.split(separator: " ").map(String.init)
                        if pattern.isPhrase, !pattern.prefix, !pattern.suffix, words.count == 2,
                           storage.tables.twoWordCues[words[0], default: [:]][words[1]] == nil {
                            makeUnique()
                            storage.tables.twoWordCues[words[0], default: [:]][words[1]] = type
                        }
                    }
                }
            }
        }
        prefixLengths = Set(cuePrefix.keys.map(\.unicodeScalars.count)).sorted()
        suffixLengths = Set(cueSuffix.keys.map(\.unicodeScalars.count)).sorted()
        if let known = file.value(top, "bekend") {
            for (type, _, names) in try file.mapping(known, "bekend") {
                for (name, _) in try file.strings(names, "bekend/\(type)") { knownOrganisations[Fold.key(name)] = type }
            }
        }
        if let functions = file.value(top, "functies") {
            for (type, _, titles) in try file.mapping(functions, "functies") {
                for (title, _) in try file.strings(titles, "functies/\(type)") { organisationOfRole.append((Fold.key(title), type)) }
            }
        } else {
            organisationOfRole = Self.defaultOrganisationOfRole  // a lexicon folder from before the section
        }
    }

    /// The category of a job title: exact, else by its last word, else by the longest title it ends with
    /// (Dutch compounds are head-final: programmadirecteur → directeur).
    public func roleCategory(_ title: String) -> String? {
        let key = Fold.key(title)
        if let exact = roleByTitle[key] { return exact }
        if key.hasPrefix("lid van "), let category = memberCategory(String(key.dropFirst(8))) { return category }
        for role in spacedRoles where key.hasPrefix(role.title + " ") { return role.category }
        // The title's head is its first role word: `beleidsadviseur sociaal domein`, `expert op het gebied …`.
        let words = key.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        // `collega wethouder`: a relation before another title gives way to it.
        let titles = words.count > 1 ? words.filter { isRoleWord($0) } : []
        if let head = titles.first(where: { !Self.relationTitles.contains($0) }) ?? titles.first, let category = roleCategory(head) {
            return category
        }
        let head = key.split(separator: " ").last.map(String.init) ?? key
        let headLength = head.count
        for role in wordRoles where head.hasSuffix(role.title) && headLength - role.length != 1 { return role.category }
        for role in spacedRoles where key.hasSuffix(role.title) { return role.category }
        return nil
    }

    /// The role category of a member of a folded body (`de gemeenteraad`, `het klussenteam`): a council,
    /// its committee or a party group is politics, a board is administration, a team of a care or welfare
    /// organisation is professional work, and any other club, council or team (`de cliëntenraad`, `het
    /// klussenteam`) is one of residents. Nil when the lexicon has no `lid` among its titles.
    func memberCategory(_ body: String) -> String? {
        guard roleByTitle["lid"] != nil else { return nil }
        var words = body.split(separator: " ").map(String.init)
        if let first = words.first, ["de", "het", "een"].contains(first) { words.removeFirst() }
        guard let head = words.first else { return nil }
        if ["raad van bestuur", "raad van toezicht", "dagelijks bestuur", "college"].contains(where: { words.joined(separator: " ").hasPrefix($0) })
            || head == "bestuur" || head == "directie" {
            return roleCategory("bestuurder")
        }
        if ["gemeenteraad", "raad", "fractie", "raadsfractie", "staten", "kamer", "commissie", "raadscommissie"].contains(head)
            || head.hasSuffix("fractie") {
            return roleByTitle["lid"]
        }
        if let type = organisationType(words.joined(separator: " ")), ["welzijnsorganisatie", "zorgorganisatie", "politie"].contains(type) { return "professional" }
        return roleCategory("bewoner")
    }

    /// The type of an organisation `bekend` names exactly (`Movisie`), nil for any other name.
    public func knownOrganisationType(_ name: String) -> String? { knownOrganisations[Fold.key(name)] }

    /// The type of a two-word phrase of `kenmerken` (`sociaal`, `team`), from folded words; a lookup of the first
    /// word decides most calls.
    func twoWordCueType(_ first: String, _ second: String) -> String? { storage.tables.twoWordCues[first]?[second] }

    /// Whether a folded phrase is a title of `roles.yaml` as written (`sociaal werker`).
    public func isExactTitle(_ key: String) -> Bool { roleByTitle[key] != nil }

    /// Titles that say how one person stands to another (`mijn collega Fenna`), not what the person does.
    static let relationTitles: Set<String> = ["collega"]

    /// Whether a single word is a job title (by itself or as the head of a compound).
    public func isRoleWord(_ word: String) -> Bool { isRoleKey(Fold.key(word)) }

    /// The singular of a plural title (`huisartsen`, `moeders`, `jongeren`), as the lexicon knows it, with the
    /// number of letters the plural adds; nil when no singular is a title.
    func singularTitle(_ plural: String) -> (key: String, dropped: Int)? {
        for ending in ["s", "en", "n"] where plural.hasSuffix(ending) {
            let key = String(plural.dropLast(ending.count))
            if isRoleKey(key) { return (key, ending.count) }
        }
        return nil
    }

    /// `isRoleWord` for an already folded word: exact, or a title that ends a compound (wijk|verpleegkundige).
    public func isRoleKey(_ key: String) -> Bool {
        guard key.count >= 3 else { return false }
        if roleWords.contains(key) { return true }
        // A compound head: at least three letters before it (wijk|coach) and three in it.
        let scalars = key.unicodeScalars
        let count = scalars.count
        guard count >= 6 else { return false }
        for length in roleLengths where length >= 3 && count - length >= 3 {
            if roleWords.contains(String(scalars.suffix(length))) { return true }
        }
        return false
    }

    /// The type of an organisation name: known names first, then cue words in file order.
    public func organisationType(_ name: String) -> String? {
        let key = Fold.key(name)
        if let known = knownOrganisations[key] { return known }
        // A known name at the start or end: `woningcorporatie Area`, `Brabant Wonen Oost`.
        let spaced = key.split(separator: " ").map(String.init)
        for n in stride(from: min(spaced.count - 1, 4), through: 1, by: -1) where n > 0 {
            if let type = knownOrganisations[spaced.suffix(n).joined(separator: " ")] ?? knownOrganisations[spaced.prefix(n).joined(separator: " ")] {
                return type
            }
        }
        let words = key.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        var best: (Int, String)?
        for word in words {
            if let hit = cueType(word), hit.0 < (best?.0 ?? Int.max) { best = hit }
        }
        // Phrases and *x* patterns, by word n-grams (no substring search over the name).
        for (order, pattern, type) in cueOther where order < (best?.0 ?? Int.max) {
            if pattern.isPhrase {
                let n = pattern.text.split(separator: " ").count
                if n <= words.count, (0...(words.count - n)).contains(where: { words[$0..<($0 + n)].joined(separator: " ") == pattern.text }) {
                    best = (order, type)
                }
            } else if words.contains(where: pattern.matches) {
                best = (order, type)
            }
        }
        return best?.1
    }

    /// Whether a word is an organisation cue (gemeente, welzijnsorganisatie, Bibliotheek…).
    public func isOrganisationCue(_ word: String) -> Bool { isOrganisationKey(Fold.key(word)) }

    public func isOrganisationKey(_ key: String) -> Bool {
        cueType(key) != nil || cueOther.contains { !$0.1.isPhrase && $0.1.matches(key) }
    }

    /// The first-listed cue that matches one folded word: exact, by prefix (welzijn*) or by suffix (*wonen).
    private func cueType(_ word: String) -> (Int, String)? {
        var best = cueExact[word]
        let scalars = word.unicodeScalars
        let count = scalars.count
        for length in prefixLengths where length <= count {
            if let hit = cuePrefix[String(scalars.prefix(length))], hit.0 < (best?.0 ?? Int.max) { best = hit }
        }
        for length in suffixLengths where length <= count {
            if let hit = cueSuffix[String(scalars.suffix(length))], hit.0 < (best?.0 ?? Int.max) { best = hit }
        }
        return best
    }

    /// What the lexicon knows of one word.
    public struct WordFlags: Sendable {
        var role: Bool; var cue: Bool; var known: Bool; var speech: Bool; var title: Bool; var particle: Bool; var notName: Bool
    }

    /// What the lexicon knows of a folded word.
    func flags(ofKey key: String) -> WordFlags {
        WordFlags(role: isRoleKey(key), cue: isOrganisationKey(key), known: knownOrganisations[key] != nil,
                  speech: speechVerbs.contains(key) || separableVerbs[key] != nil || sourceWords.contains(key)
                      || indirectWords.contains(key),
                  title: Names.titles.contains(key), particle: Names.particles.contains(key),
                  notName: Names.notNames.contains(key) || Names.isStreet(key))
    }

    /// Marks each word with what the lexicon knows of it, once per distinct word (a worker keeps `cache`).
    public func annotate(_ words: inout [Word], cache: inout WordCache) {
        for k in words.indices where words[k].isWord {
            words[k].apply(cache.flags(words[k].key, make: flags(ofKey:)))
        }
    }
}

/// Lexicon lookups by name, shared by the workers of a run behind a lock (a lookup costs far more than
/// the lock). Bounded: emptied when it reaches `limit` names, so memory stays flat on any corpus.
final class LookupMemo: @unchecked Sendable {
    struct Tables {
        var organisationTypes: [String: String?] = [:]
        var roleCategories: [String: String?] = [:]
    }
    private var tables = Tables()
    private let lock = NSLock()
    let limit: Int

    init(limit: Int = 50_000) { self.limit = limit }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return tables.organisationTypes.count + tables.roleCategories.count
    }

    func value(_ key: String, in table: WritableKeyPath<Tables, [String: String?]>, compute: () -> String?) -> String? {
        lock.lock()
        if let known = tables[keyPath: table][key] { lock.unlock(); return known }
        lock.unlock()
        let value = compute()
        lock.lock()
        if tables[keyPath: table].count >= limit { tables[keyPath: table].removeAll() }
        tables[keyPath: table][key] = value
        lock.unlock()
        return value
    }

    func removeAll() {
        lock.lock()
        tables = Tables()
        lock.unlock()
    }
}

/// A lexicon term: a word, a glob with * at the start and/or end, or a phrase of several words.
public struct WordPattern: Sendable {
    public let text: String
    /// *text: matches words ending in text
    let prefix: Bool
    /// text*: matches words starting with text
    let suffix: Bool
    public let isPhrase: Bool

    public init?(_ term: String) {
        var t = Fold.key(term)
        prefix = t.hasPrefix("*")
        suffix = t.hasSuffix("*")
        t = t.trimmingCharacters(in: CharacterSet(charactersIn: "*"))
        guard !t.isEmpty, !t.contains("*" as Character) else { return nil }
        text = t
        isPhrase = t.contains(" " as Character)
    }

    public func matches(_ word: String) -> Bool {
        switch (prefix, suffix) {
        case (true, true): word.contains(text)
        case (true, false): word.hasSuffix(text)
        case (false, true): word.hasPrefix(text)
        case (false, false): word == text
        }
    }
}

/// Case and diacritics folding for lexicon keys: "Creëren" and "creeren" are the same key.
/// ASCII and Latin letters are folded from a table; only rarer scripts go through Foundation.
public enum Fold {
    public static func key(_ s: String) -> String {
        let utf8 = s.utf8
        var ascii = true, upper = false
        for b in utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41 && b <= 0x5A { upper = true }
        }
        if ascii {
            // On the bytes: `lowercased()` and trimming by `Character` broke graphemes for every name looked up.
            if !upper && utf8.first != 0x20 && utf8.last != 0x20 { return s }
            var s = s
            return s.withUTF8 { b in
                var lo = 0, hi = b.count
                while lo < hi && b[lo] == 0x20 { lo += 1 }
                while hi > lo && b[hi - 1] == 0x20 { hi -= 1 }
                return String(unsafeUninitializedCapacity: hi - lo) { out in
                    for i in lo..<hi { let c = b[i]; out[i - lo] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
                    return hi - lo
                }
            }
        }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(Unicode.Scalar(UInt8(v >= 0x41 && v <= 0x5A ? v | 0x20 : v)))
            } else if v == 0x2019 || v == 0x2018 {
                out.append("'")
            } else if v >= 0xC0 && v < 0x250 {
                out.append(contentsOf: latin[Int(v - 0xC0)].unicodeScalars)
            } else {
                out.append(contentsOf: String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars)
            }
        }
        while out.last == " " { out.removeLast() }
        while out.first == " " { out.removeFirst() }
        return String(out)
    }

    /// Folded forms of U+00C0…U+024F (À…ɏ), computed once.
    private static let latin: [String] = (0xC0..<0x250).map { v in
        String(Unicode.Scalar(UInt32(v))!).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
