/// A "Wat Werkt" dossier draft: extractive and grounded — every statement of substance is a quotation or
/// a count from the project, with its citation `— Naam, rol, organisatie (document, alinea n)`.
public struct DossierDraft: Sendable {
    public struct Evidence: Sendable, Equatable {
        public var quote: QuoteRecord
        /// The citation as printed (pseudonymised when asked).
        public var citation: String
        /// The quotation text as printed (names replaced when pseudonymised).
        public var text: String
    }

    public struct Element: Sendable {
        public var theme: String
        public var association: Association
        public var evidence: [Evidence]
    }

    public var focus: [String]
    public var title: String
    public var documents: Int
    public var quotesCounted: Int
    public var focusQuotes: Int
    public var speakersByRole: [(role: String, speakers: Int)]
    public var elements: [Element]
    public var successes: [Evidence]
    public var obstacles: [Evidence]
    public var perspectives: [(role: String, evidence: [Evidence])]
    public var openQuestions: [String]
    public var sources: [FileReport]

    /// The role categories the dossier shows perspectives for, with their Dutch headings.
    static let perspectiveRoles: [(String, String)] = [
        ("bestuurder", "Bestuurders"), ("beleid", "Beleid"), ("directie", "Directies"), ("professional", "Uitvoering"),
        ("adviseur/begeleider", "Adviseurs en begeleiders"), ("kennisinstituut", "Kennisinstituten"), ("bewoner", "Bewoners"),
    ]

    /// Builds the draft from an analysis. `cues` tags success and obstacle words; `names` pseudonymises when given.
    public init(analysis: CorpusAnalysis, lexicon: ThemeLexicon, focus: [String], cues: ThemeMatcher, pseudonyms: Pseudonyms? = nil) {
        self.focus = focus
        title = "Wat werkt bij \(focus.joined(separator: " en ")): conceptdossier"
        let counted = analysis.quotes.filter { $0.repeatOf == nil && $0.speaker?.roleCategory != "interviewer" && $0.kind != .indirect }
        let about = counted.filter { !Set($0.themes).isDisjoint(with: focus) }
        documents = analysis.reports.filter(\.isOK).count
        quotesCounted = counted.count
        focusQuotes = about.count
        var byRole: [String: Set<String>] = [:]
        for q in counted { if let p = q.speaker { byRole[p.roleCategory ?? "onbekend", default: []].insert(p.identity(in: q.document)) } }
        speakersByRole = byRole.map { ($0.key, $0.value.count) }.sorted { $0.speakers != $1.speakers ? $0.speakers > $1.speakers : $0.role < $1.role }
        func evidence(_ q: QuoteRecord) -> Evidence {
            Evidence(quote: q, citation: pseudonyms?.citation(q) ?? ReportModel.citation(q), text: pseudonyms?.text(q.text) ?? q.text)
        }
        // Working elements: themes that go with the focus more than by chance, strongest first.
        let names = lexicon.themes.map(\.name)
        let cooccurrence = Cooccurrence(unit: .quote, themes: names, quotes: analysis.quotes, matches: [], documents: [])
        var elements: [Element] = []
        for pair in cooccurrence.pairs where pair.association.npmi > 0 {
            let other: String
            if focus.contains(pair.first), !focus.contains(pair.second) { other = pair.second }
            else if focus.contains(pair.second), !focus.contains(pair.first) { other = pair.first }
            else { continue }
            // Only attributed quotations can be cited as evidence; an element needs two.
            let quotes = about.filter { $0.themes.contains(other) && $0.speaker != nil }
            guard quotes.count >= 2 else { continue }
            elements.append(Element(theme: other, association: pair.association, evidence: Self.varied(quotes, 4).map(evidence)))
        }
        self.elements = Array(elements.sorted {
            $0.association.g2 != $1.association.g2 ? $0.association.g2 > $1.association.g2 : $0.theme < $1.theme
        }.prefix(6))
        // Success factors and obstacles: focus quotations with the cue words.
        var tagger = ThemeTagger(matcher: cues)
        var success: [QuoteRecord] = [], obstacle: [QuoteRecord] = []
        for q in about {
            let hit = Self.cueGroups(q.text, &tagger)
            if hit.contains("succesfactoren") { success.append(q) }
            if hit.contains("knelpunten") { obstacle.append(q) }
        }
        successes = Self.varied(success, 5).map(evidence)
        obstacles = Self.varied(obstacle, 5).map(evidence)
        perspectives = Self.perspectiveRoles.map { role, heading in
            (heading, Self.varied(about.filter { $0.speaker?.roleCategory == role }, 2).map(evidence))
        }
        // Open questions: themes with the focus that rest on few speakers or on one side only.
        var questions: [String] = []
        for element in self.elements {
            let quotes = about.filter { $0.themes.contains(element.theme) }
            let speakers = Set(quotes.compactMap { $0.speaker?.identity(in: $0.document) })
            let roles = Set(quotes.compactMap { $0.speaker?.roleCategory })
            if speakers.count < 3 {
                questions.append("‘\(element.theme)’ rust op \(speakers.count) \(speakers.count == 1 ? "spreker" : "sprekers"): spreek meer partijen.")
            } else if roles.count == 1, let only = roles.first {
                questions.append("Over ‘\(element.theme)’ spreken alleen \(only): hoe zien andere partijen dit?")
            }
        }
        for (role, heading) in Self.perspectiveRoles where about.allSatisfy({ $0.speaker?.roleCategory != role }) {
            questions.append("Geen citaten van de groep ‘\(heading.lowercased())’ over \(focus.joined(separator: " en ")).")
        }
        openQuestions = questions
        sources = analysis.reports.filter { r in about.contains { $0.document == r.path } }
    }

    /// The cue groups (succesfactoren, knelpunten) whose words occur in `text`.
    static func cueGroups(_ text: String, _ tagger: inout ThemeTagger) -> Set<String> {
        let bytes = Array(text.utf8)
        return Set(tagger.matches(in: bytes, span: Span(0, bytes.count)).map { tagger.matcher.themes[$0.theme] })
    }

    /// Up to `n` quotations chosen for variety: a new speaker first, then a new role category, then a new
    /// organisation; no two from one speaker while others are left. Stable for the same input.
    static func varied(_ quotes: [QuoteRecord], _ n: Int) -> [QuoteRecord] {
        var chosen: [QuoteRecord] = []
        var speakers: Set<String> = [], roles: Set<String> = [], organisations: Set<String> = []
        var left = quotes.filter { $0.speaker != nil }
        while chosen.count < n, !left.isEmpty {
            func score(_ q: QuoteRecord) -> Int {
                let p = q.speaker!
                return (speakers.contains(p.identity(in: q.document)) ? 0 : 4) + (roles.contains(p.roleCategory ?? "") ? 0 : 2)
                    + (organisations.contains(p.organisation ?? "") ? 0 : 1)
            }
            let best = left.indices.max { score(left[$0]) < score(left[$1]) || (score(left[$0]) == score(left[$1]) && $0 > $1) }!
            let q = left.remove(at: best)
            if speakers.contains(q.speaker!.identity(in: q.document)), left.contains(where: { !speakers.contains($0.speaker!.identity(in: $0.document)) }) { continue }
            chosen.append(q)
            speakers.insert(q.speaker!.identity(in: q.document))
            roles.insert(q.speaker!.roleCategory ?? "")
            organisations.insert(q.speaker!.organisation ?? "")
        }
        return chosen
    }
}
