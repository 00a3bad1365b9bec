/// `speakers.csv`: every speaker across the corpus, merged by `Person.identity(in:)`, with aliases, role,
/// organisation and how many quotations (repeats counted once) and documents they have. A role label
/// (`Vraag`, `R1`, `Spreker 2`) is a speaker per document: the R1 of one focus group is not the R1 of the next.
public enum SpeakersCSV {
    public struct Speaker: Sendable, Equatable {
        public var person: Person
        public var quotes: Int
        public var documents: Set<String>
        /// Theme counts over the speaker's quotations (repeats once).
        public var themes: [String: Int] = [:]
        /// The document of the last quotation merged: records come a document at a time, so most need no
        /// set insertion.
        var lastDocument = ""

        /// The three themes the speaker raises most, most frequent first (ties alphabetically).
        public var topThemes: [String] {
            Array(themes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3).map(\.key))
        }
    }

    /// Speakers merged by name while quotations arrive a document at a time.
    public struct Tally: Sendable {
        private var byName: [String: Speaker] = [:]
        private var identities = SpeakerIdentities()

        public init() {}

        public mutating func add(_ records: [QuoteRecord]) {
            for r in records {
                guard let p = r.speaker else { continue }
                let key = identities.identity(of: p, in: r.document)
                // Updated in place (one lookup; taking the value out and putting it back was two).
                Self.merge(r, p, into: &byName[key, default: Self.newSpeaker(p)])
            }
        }

        /// Who `p` is across the corpus (`Person.identity(in:)`), from the tally's cache: the report tally asks
        /// it too, so every count of speakers folds each name once.
        mutating func identity(of p: Person, in document: String) -> String {
            identities.identity(of: p, in: document)
        }

        private static func newSpeaker(_ p: Person) -> Speaker {
            var person = Person(name: p.name)
            person.isAnonymous = p.isAnonymous
            return Speaker(person: person, quotes: 0, documents: [])
        }

        private static func merge(_ r: QuoteRecord, _ p: Person, into s: inout Speaker) {
            if r.document != s.lastDocument {
                s.documents.insert(r.document)
                s.lastDocument = r.document
            }
            for alias in p.aliases where !s.person.aliases.contains(alias) { s.person.aliases.append(alias) }
            if s.person.role == nil { s.person.role = p.role }
            if s.person.roleCategory == nil { s.person.roleCategory = p.roleCategory }
            if s.person.organisation == nil { s.person.organisation = p.organisation }
            if s.person.organisationType == nil { s.person.organisationType = p.organisationType }
            if r.repeatOf == nil {
                s.quotes += 1
                for t in r.themes { s.themes[t, default: 0] += 1 }
            }
        }

        /// Most quotations first, then by name, then (for role labels) by document.
        public var speakers: [Speaker] {
            byName.values.sorted {
                if $0.quotes != $1.quotes { return $0.quotes > $1.quotes }
                if $0.person.name != $1.person.name { return $0.person.name < $1.person.name }
                return ($0.documents.min() ?? "") < ($1.documents.min() ?? "")
            }
        }
    }

    public static func speakers(_ records: [QuoteRecord]) -> [Speaker] {
        var tally = Tally()
        tally.add(records)
        return tally.speakers
    }

    public static func render(_ records: [QuoteRecord]) -> [UInt8] { render(speakers(records)) }

    public static func render(_ speakers: [Speaker]) -> [UInt8] {
        var csv = CSVWriter(header: ["name", "aliases", "role", "role_category", "organisation", "organisation_type", "quotes", "documents",
                                     "top_themes"])
        for s in speakers {
            let p = s.person
            csv.row([p.displayName, p.aliases.joined(separator: " | "), p.role ?? "", p.roleCategory ?? "", p.organisation ?? "",
                     p.organisationType ?? "", String(s.quotes), String(s.documents.count), s.topThemes.joined(separator: ", ")])
        }
        return csv.bytes
    }
}
