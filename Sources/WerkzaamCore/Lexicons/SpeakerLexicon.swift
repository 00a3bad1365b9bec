import Foundation

/// What attribution needs from `lexicons/`: speech verbs, role titles by category, organisation cues and
/// known organisations by type. Compiled once; matching folds case and diacritics.
public struct SpeakerLexicon: Sendable {
    /// Finite forms of speech verbs (zegt, vertelde).
    public var speechVerbs: Set<String> = []
    /// Finite forms of separable speech verbs with their particles (legt → uit).
    public var separableVerbs: [String: Set<String>] = [:]
    /// Words that name a source without a verb (aldus).
    public var sourceWords: Set<String> = []
    /// Words that introduce indirect speech (volgens).
    public var indirectWords: Set<String> = []
    /// Role titles (lowercased, folded) and their category, longest first for suffix matching.
    public private(set) var roles: [(title: String, category: String)] = []
    /// Organisation cues (glob on one word or a phrase) and their type, in file order.
    public private(set) var organisationCues: [(pattern: WordPattern, type: String)] = []
    /// Known organisation names (folded) and their type.
    public private(set) var knownOrganisations: [String: String] = [:]

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
    }

    mutating func readOrganisations(_ file: YAMLFile) throws(LexiconError) {
        let top = try file.mapping(file.root, "organisations.yaml")
        if let cues = file.value(top, "kenmerken") {
            for (type, _, terms) in try file.mapping(cues, "kenmerken") {
                for (term, line) in try file.strings(terms, "kenmerken/\(type)") {
                    guard let pattern = WordPattern(term) else {
                        throw LexiconError(file: file.name, line: line, "bad pattern '\(term)': use * only at the start or end")
                    }
                    organisationCues.append((pattern, type))
                }
            }
        }
        if let known = file.value(top, "bekend") {
            for (type, _, names) in try file.mapping(known, "bekend") {
                for (name, _) in try file.strings(names, "bekend/\(type)") { knownOrganisations[Fold.key(name)] = type }
            }
        }
    }

    /// The category of a job title: exact, else by its last word, else by the longest title it ends with
    /// (Dutch compounds are head-final: programmadirecteur → directeur).
    public func roleCategory(_ title: String) -> String? {
        let key = Fold.key(title)
        if let exact = roles.first(where: { $0.title == key }) { return exact.category }
        for role in roles where role.title.contains(" ") && key.hasPrefix(role.title + " ") { return role.category }
        // The title's head is its first role word: `beleidsadviseur sociaal domein`, `expert op het gebied …`.
        let words = key.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if words.count > 1, let head = words.first(where: { isRoleWord($0) }), let category = roleCategory(head) { return category }
        let head = key.split(separator: " ").last.map(String.init) ?? key
        for role in roles where !role.title.contains(" ") && head.hasSuffix(role.title) && head.count - role.title.count != 1 {
            return role.category
        }
        for role in roles where role.title.contains(" ") && key.hasSuffix(role.title) { return role.category }
        return nil
    }

    /// Whether a single word is a job title (by itself or as the head of a compound).
    public func isRoleWord(_ word: String) -> Bool {
        let key = Fold.key(word)
        guard key.count >= 3 else { return false }
        return roles.contains { !$0.title.contains(" ") && (key == $0.title || (key.hasSuffix($0.title) && key.count - $0.title.count >= 3)) }
    }

    /// The type of an organisation name: known names first, then cue words in file order.
    public func organisationType(_ name: String) -> String? {
        let key = Fold.key(name)
        if let known = knownOrganisations[key] { return known }
        for (known, type) in knownOrganisations where key.hasSuffix(" " + known) || key.hasPrefix(known + " ") { return type }
        let words = key.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        for (pattern, type) in organisationCues {
            if pattern.isPhrase {
                if key.contains(pattern.text) { return type }
            } else if words.contains(where: pattern.matches) {
                return type
            }
        }
        return nil
    }

    /// Whether a word is an organisation cue (gemeente, welzijnsorganisatie, Bibliotheek…).
    public func isOrganisationCue(_ word: String) -> Bool {
        let key = Fold.key(word)
        return organisationCues.contains { !$0.pattern.isPhrase && $0.pattern.matches(key) }
    }
}

/// A lexicon term: a word, a glob with * at the start and/or end, or a phrase of several words.
public struct WordPattern: Sendable {
    public let text: String
    let prefix: Bool  // *text: matches words ending in text
    let suffix: Bool  // text*: matches words starting with text
    public var isPhrase: Bool { text.contains(" ") }

    public init?(_ term: String) {
        var t = Fold.key(term)
        prefix = t.hasPrefix("*")
        suffix = t.hasSuffix("*")
        t = t.trimmingCharacters(in: CharacterSet(charactersIn: "*"))
        guard !t.isEmpty, !t.contains("*") else { return nil }
        text = t
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
public enum Fold {
    public static func key(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
            .trimmingCharacters(in: .whitespaces)
    }
}
