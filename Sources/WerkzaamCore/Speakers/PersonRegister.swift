/// A person who speaks or is introduced in a document.
public struct Person: Sendable, Equatable {
    public var name: String
    public var aliases: [String]
    public var role: String?
    public var roleCategory: String?
    public var organisation: String?
    public var organisationType: String?
    /// A respondent the text describes but does not name, as research reports anonymise (`(huisarts,
    /// gemeente C)`, `Een beleidsmedewerker van gemeente A zegt:`): `name` holds that description, which no
    /// name resolves to, and the outputs write the name as unknown with the description beside it.
    public var isAnonymous = false

    public init(name: String) {
        self.name = name
        self.aliases = []
    }

    /// The name as staff read it: a described respondent's description, marked as such.
    public var displayName: String { isAnonymous ? name + " (anoniem)" : name }

    /// Who this is across the corpus, the one key every count of speakers uses (`speakers.csv`, the reports,
    /// the dossier), so their figures agree: the folded name (`Van Dam` and `van Dam` are one person), per
    /// document for a described respondent and a role label (the `huisarts` or `R1` of one report is not
    /// the one of the next).
    public func identity(in document: String) -> String {
        let folded = Fold.key(name)
        return Self.identity(folded: folded, perDocument: isAnonymous || TurnLabels.isAnonymousKey(folded), in: document)
    }

    static func identity(folded: String, perDocument: Bool, in document: String) -> String {
        perDocument ? folded + "\u{1F}" + document : folded
    }

    /// How staff read a speaker as a unit (`cooccurrence.csv`'s speaker ids): the name, with the document
    /// for a speaker per document.
    public func label(in document: String) -> String {
        if isAnonymous { return "\(name) (anoniem, \(document))" }
        return TurnLabels.isAnonymousKey(Fold.key(name)) ? "\(name) (\(document))" : name
    }
}

/// `Person.identity(in:)` for a stream of quotations, each name folded and tested for a role label once
/// (per record, that was 8% of `werkzaam report`).
struct SpeakerIdentities: Sendable {
    private var known: [String: (folded: String, roleLabel: Bool)] = [:]

    mutating func identity(of p: Person, in document: String) -> String {
        let k: (folded: String, roleLabel: Bool)
        if let cached = known[p.name] {
            k = cached
        } else {
            let folded = Fold.key(p.name)
            k = (folded, TurnLabels.isAnonymousKey(folded))
            known[p.name] = k
        }
        return Person.identity(folded: k.folded, perDocument: p.isAnonymous || k.roleLabel, in: document)
    }
}

/// The people of one document, with their aliases (Jan Gommer / Gommer / Jan, Frank van Lissum / Van Lissum),
/// roles and organisations, so every mention and every label resolves to one person.
public struct PersonRegister: Sendable {
    public private(set) var people: [Person] = []
    private var aliasIndex: [String: Set<Int>] = [:]
    /// Each person's folded name, kept with `index` (to take a renamed person out of `shortNames`).
    private var foldedNames: [String] = []
    /// People whose folded name may be the short form of a fuller name met later (one word, or a name that
    /// starts with van/de), by that name: a new name looks up its own word prefixes and suffixes here instead
    /// of being compared with everyone met before (a transcript of 5,000 speakers took 4 s per MB, growing
    /// with the square of the number of speakers).
    private var shortNames: [String: [Int]] = [:]
    /// People introduced by name and age (`Riet Schouten (78)`), as newspapers introduce private persons.
    private(set) var introducedByAge: Set<Int> = []

    /// Described respondents by folded description: the same description in one document is one respondent.
    private var described: [String: Int] = [:]

    public init() {}

    /// Adds a respondent known only by a description, or returns the one so described before.
    mutating func addDescribed(_ description: String) -> Int {
        let key = Fold.key(description)
        if let k = described[key] { return k }
        var person = Person(name: description)
        person.isAnonymous = true
        people.append(person)
        foldedNames.append(key)  // kept in step with `people`; never a short name, so no alias reaches it
        described[key] = people.count - 1
        return people.count - 1
    }

    mutating func noteIntroducedByAge(_ k: Int) { introducedByAge.insert(k) }

    /// Whether the text called a person `ze`/`zij` (true) or `hij` (false), where a pronoun introduced them.
    private(set) var pronounFemale: [Int: Bool] = [:]

    mutating func notePronoun(_ pronoun: String, for k: Int) {
        if let female = Self.isFemalePronoun(pronoun) { pronounFemale[k] = female }
    }

    static func isFemalePronoun(_ key: String) -> Bool? {
        switch key {
        case "ze", "zij": true
        case "hij": false
        default: nil
        }
    }

    /// The person a name or alias refers to, if exactly one does.
    public func resolve(_ name: String) -> Int? {
        var key = Fold.key(stripped(name))
        if let hits = aliasIndex[key], hits.count == 1 { return hits.first }
        // Possessive: Jacquelines → Jacqueline
        if key.hasSuffix("s") {
            key.removeLast()
            if let hits = aliasIndex[key], hits.count == 1 { return hits.first }
        }
        return nil
    }

    /// Adds a person by name, or returns the one the name already refers to. A fuller name extends
    /// a person first met by surname only ("Dekker", later "Jan Dekker").
    @discardableResult
    public mutating func add(_ rawName: String) -> Int {
        let name = Names.fromCapitals(stripped(rawName))
        if let existing = resolve(name) {
            if Self.wordCount(name) > Self.wordCount(people[existing].name),
               Fold.key(name).hasSuffix(Fold.key(people[existing].name)) {
                people[existing].name = name
                index(existing)
            }
            return existing
        }
        // A full name whose surname (Dekker) or first name (Chantal) was met alone before.
        let key = Array(Fold.key(name).utf8)
        var partial: Set<Int> = []  // those whose name ends `key` after a space or starts it before one
        for (i, c) in key.enumerated() where c == 0x20 {
            for part in [key[..<i], key[(i + 1)...]] {
                partial.formUnion(shortNames[String(decoding: part, as: UTF8.self)] ?? [])
            }
        }
        if partial.count == 1, let k = partial.first {
            people[k].name = name
            index(k)
            return k
        }
        people.append(Person(name: name))
        index(people.count - 1)
        return people.count - 1
    }

    public mutating func setRole(_ k: Int, _ role: String, category: String?) {
        if people[k].role == nil { people[k].role = role }
        if people[k].roleCategory == nil { people[k].roleCategory = category }
    }

    /// Sets name and type together; a typed organisation replaces an untyped one met earlier.
    public mutating func setOrganisation(_ k: Int, _ organisation: String, type: String?) {
        if people[k].organisation == nil || (people[k].organisationType == nil && type != nil) {
            people[k].organisation = organisation
            people[k].organisationType = type
        }
    }

    /// Marks a person as the interview's interviewer (a label or behaviour said so).
    public mutating func setRoleCategory(_ k: Int, _ category: String) {
        people[k].roleCategory = category
    }

    /// Registers an extra alias, such as a transcript label (Respondent) that stands for this person.
    public mutating func addAlias(_ alias: String, for k: Int) {
        let key = Fold.key(alias)
        guard !key.isEmpty else { return }
        aliasIndex[key, default: []].insert(k)
        if !people[k].aliases.contains(alias) { people[k].aliases.append(alias) }
    }

    /// A form a label may take for this person (`I` for `Interviewer`): it resolves to them, but is not
    /// listed among the aliases, which are the names the text gives.
    mutating func addLookup(_ form: String, for k: Int) {
        let key = Fold.key(form)
        guard !key.isEmpty else { return }
        aliasIndex[key, default: []].insert(k)
    }

    private mutating func index(_ k: Int) {
        let name = people[k].name
        let folded = Fold.key(name)
        if k == foldedNames.count {
            foldedNames.append(folded)
        } else {
            if Self.isShortName(foldedNames[k]) { shortNames[foldedNames[k]]?.removeAll { $0 == k } }
            foldedNames[k] = folded
        }
        if Self.isShortName(folded) { shortNames[folded, default: []].append(k) }
        let words = name.split(separator: " ").map(String.init)
        var aliases: [String] = [name]
        if words.count >= 2 {
            var surnameStart = 1
            if Names.particles.contains(Fold.key(words[0])) { surnameStart = 0 }
            let surname = words[surnameStart...].joined(separator: " ")
            aliases.append(surname)
            if let first = surname.first, first.isLowercase {
                aliases.append(first.uppercased() + surname.dropFirst())  // van Lissum → Van Lissum
            }
            if surnameStart == 1, !words[0].hasSuffix(".") { aliases.append(words[0]) }  // first name, not an initial
            // Three words without a particle are a double first name (Henk Jan Bolding, called Bolding) or a double
            // surname (Jacqueline Smak Gregoor, called Smak Gregoor): the last word is an alias too.
            if surnameStart == 1, words.count >= 3, !words.dropFirst().contains(where: { Names.particles.contains(Fold.key($0)) }) {
                aliases.append(words[words.count - 1])
            }
        }
        for alias in aliases {
            aliasIndex[Fold.key(alias), default: []].insert(k)
            if alias != name, !people[k].aliases.contains(alias) { people[k].aliases.append(alias) }
        }
    }

    /// A folded name a fuller one may extend: one word (Dekker, Chantal) or one starting with van/de.
    static func isShortName(_ folded: String) -> Bool {
        !folded.utf8.contains(0x20) || folded.hasPrefix("van ") || folded.hasPrefix("de ")
    }

    /// Words separated by spaces (as `split(separator: " ").count`), counted on the bytes: this ran for
    /// every name met again.
    static func wordCount(_ s: String) -> Int {
        var count = 0, inWord = false
        for c in s.utf8 {
            if c == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// No space at either end and none doubled: splitting on spaces and joining again gives the same text.
    static func isSingleSpaced(_ bytes: String.UTF8View) -> Bool {
        var previous: UInt8 = 0x20
        for c in bytes {
            if c == 0x20 && previous == 0x20 { return false }
            previous = c
        }
        return previous != 0x20
    }

    private func stripped(_ name: String) -> String {
        let bytes = name.utf8
        guard let space = bytes.firstIndex(of: 0x20) else { return name }  // one word: nothing to strip
        // Most names are single-spaced and start with neither a title nor "de heer": returned as they are,
        // without splitting (this ran for every name looked up, 3% of a run).
        if Self.isSingleSpaced(bytes) {
            var first = String(name[..<space])
            if first.hasSuffix(".") { first.removeLast() }
            let key = Fold.key(first)
            if key != "de" && !Names.titles.contains(key) { return name }
        }
        var words = name.split(separator: " ").map(String.init)
        if words.count > 2, Fold.key(words[0]) == "de", Fold.key(words[1]) == "heer" { words.removeFirst(2) }  // de heer Van Dijk
        while let first = words.first, words.count > 1, Names.titles.contains(Fold.key(first.hasSuffix(".") ? String(first.dropLast()) : first)) {
            words.removeFirst()
        }
        // `Spreker 1`, `Deelnemer 2`: a numbered label, not a title before a name.
        if words.count == 1, UTF8Scalars.isDigits(words[0]) { return name }
        return words.joined(separator: " ")
    }
}

import Foundation
