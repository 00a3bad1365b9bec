/// The figures of a report, tallied while documents arrive one at a time in corpus order. It keeps counts,
/// the ids behind each count, and the full text only of quotations a report lists (the first of each theme,
/// pair and table cell, or all of them up to `ReportModel.fullQuoteListLimit`): no quotation is kept whole
/// for the statistics, so memory does not follow the size of the corpus's text.
public struct ReportTally: Sendable {
    let lexicon: ThemeLexicon
    let unit: CooccurrenceUnit
    let minimumCount: Int
    var documents: [FileReport] = []
    var quoteCount = 0
    /// Counted quotations: repeats once, interviewer left out.
    var countedCount = 0
    var cooccurrence: Cooccurrence.Builder
    var roles: RoleTable.Builder
    var organisations: RoleTable.Builder
    /// Theme indices per speaker, for speaker units.
    var speakerThemes: [String: Set<Int>] = [:]
    /// Every counted quotation in full, while there are at most `fullQuoteListLimit`.
    var everyCounted: [QuoteRecord]? = []
    /// Counted quotations among the first of a theme (`themeCap`), a theme pair or a table cell (`cellCap`).
    var firstOfAList: [QuoteRecord] = []
    var themeQuotes: [String: (count: Int, first: [QuoteRecord])] = [:]
    var pairQuotes: [String: Int] = [:]
    var cellQuotes: [String: Int] = [:]
    var figures: [String: ThemeFigures] = [:]
    var groupQuotes: [String: Int] = [:]
    var groupSpeakers: [String: Set<String>] = [:]
    var speakerNames: Set<String> = []
    var speakers = SpeakersCSV.Tally()

    public init(lexicon: ThemeLexicon, unit: CooccurrenceUnit = .quote, minimumCount: Int = 1) {
        self.lexicon = lexicon
        self.unit = unit
        self.minimumCount = minimumCount
        let names = lexicon.themes.map(\.name)
        cooccurrence = Cooccurrence.Builder(themes: names)
        roles = RoleTable.Builder(.roleCategory, themes: names)
        organisations = RoleTable.Builder(.organisationType, themes: names)
    }

    /// Adds one document (nil: quotations of a document without a report), its quotations by start and its
    /// theme hits by start.
    public mutating func add(_ report: FileReport?, quotes: [QuoteRecord], matches: [MatchRecord]) {
        if let report { documents.append(report) }
        quoteCount += quotes.count
        speakers.add(quotes)
        for q in quotes where q.repeatOf == nil {
            for t in Set(q.themes) { figures[t, default: ThemeFigures()].quotes += 1 }
            guard q.speaker?.roleCategory != "interviewer" else { continue }
            addCounted(q)
        }
        var paragraphs: [String: Set<Int>] = [:]
        for m in matches {
            figures[m.theme, default: ThemeFigures()].matches += 1
            paragraphs[m.theme, default: []].insert(m.paragraph)
        }
        for (t, p) in paragraphs {
            figures[t]!.paragraphs += p.count
            figures[t]!.documents += 1
        }
        switch unit {
        case .paragraph: cooccurrence.addParagraphs(matches)
        case .document: if let report { cooccurrence.add(report.path, themes: cooccurrence.indices(matches.map(\.theme))) }
        case .quote, .speaker: break
        }
    }

    /// Adds every document of an analysis in report order (tests, `dossier` and small corpora).
    public mutating func add(_ analysis: CorpusAnalysis) {
        var quotes = Dictionary(grouping: analysis.quotes, by: \.document)
        var matches = Dictionary(grouping: analysis.matches, by: \.document)
        for r in analysis.reports {
            add(r, quotes: quotes.removeValue(forKey: r.path) ?? [], matches: matches.removeValue(forKey: r.path) ?? [])
        }
        for path in Set(quotes.keys).union(matches.keys).sorted() {
            add(nil, quotes: quotes[path] ?? [], matches: matches[path] ?? [])
        }
    }

    private mutating func addCounted(_ q: QuoteRecord) {
        var listed = false
        for t in q.themes {
            var entry = themeQuotes.removeValue(forKey: t) ?? (0, [])
            if entry.count < ReportModel.themeCap {
                entry.first.append(q)
                listed = true
            }
            entry.count += 1
            themeQuotes[t] = entry
        }
        let present = Set(q.themes).sorted()
        for (x, a) in present.enumerated() {
            for b in present[(x + 1)...] { listed = Self.bump(&pairQuotes, Self.pairKey(a, b)) || listed }
        }
        let role = q.speaker?.roleCategory ?? "onbekend"
        let organisation = q.speaker?.organisationType ?? "onbekend"
        for t in q.themes {
            listed = Self.bump(&cellQuotes, "r\u{1}" + role + "\u{1}" + t) || listed
            listed = Self.bump(&cellQuotes, "o\u{1}" + organisation + "\u{1}" + t) || listed
        }
        if listed { firstOfAList.append(q) }
        if everyCounted != nil {
            everyCounted!.append(q)
            if everyCounted!.count > ReportModel.fullQuoteListLimit { everyCounted = nil }
        }
        groupQuotes[role, default: 0] += 1
        if let name = q.speaker?.name {
            groupSpeakers[role, default: []].insert(name)
            speakerNames.insert(name)
        }
        countedCount += 1
        roles.add(q.id, speaker: q.speaker, themes: q.themes)
        organisations.add(q.id, speaker: q.speaker, themes: q.themes)
        if unit == .quote {
            cooccurrence.add(q.id, themes: cooccurrence.indices(q.themes))
        } else if unit == .speaker, let name = q.speaker?.name {
            speakerThemes[name, default: []].formUnion(cooccurrence.indices(q.themes))
        }
    }

    /// The co-occurrence of the units seen.
    func cooccurrenceTable() -> Cooccurrence {
        var builder = cooccurrence
        if unit == .speaker {
            for name in speakerThemes.keys.sorted() { builder.add(name, themes: speakerThemes[name]!.sorted()) }
        }
        return builder.build(unit: unit, minimumCount: minimumCount)
    }

    /// One key per unordered pair of themes.
    static func pairKey(_ a: String, _ b: String) -> String { a < b ? a + "\u{1}" + b : b + "\u{1}" + a }

    /// Counts one more quotation in a list; true while the list is within its first `cellCap`.
    private static func bump(_ counts: inout [String: Int], _ key: String) -> Bool {
        let n = counts[key, default: 0]
        counts[key] = n + 1
        return n < ReportModel.cellCap
    }
}

/// How often one theme occurs: hits, quotations (repeats once, interviewer included), and the paragraphs
/// and documents with a hit (`themes.csv`).
public struct ThemeFigures: Sendable, Equatable {
    public var matches = 0
    public var quotes = 0
    public var paragraphs = 0
    public var documents = 0
}
