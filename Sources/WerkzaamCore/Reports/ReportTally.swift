/// The figures of a report, tallied while documents arrive one at a time in corpus order. It keeps counts,
/// the ids behind each count, and the full text only of quotations a report lists (the first of each theme,
/// pair and table cell, or all of them up to `ReportModel.fullQuoteListLimit`): no quotation is kept whole
/// for the statistics, so memory does not follow the size of the corpus's text.
public struct ReportTally: Sendable {
    let lexicon: ThemeLexicon
    let unit: CooccurrenceUnit
    let minimumCount: Int
    /// Theme name → index into `lexicon.themes`; figures are kept per index (themes outside the lexicon
    /// appear in no report).
    let order: [String: Int]
    var documents: [FileReport] = []
    var quoteCount = 0
    /// Counted quotations: repeats once, interviewer left out.
    var countedCount = 0
    var cooccurrence: Cooccurrence.Builder
    var roles: RoleTable.Builder
    var organisations: RoleTable.Builder
    /// Theme indices per speaker (by `Person.identity(in:)`) and each speaker's label, for speaker units.
    var speakerThemes: [String: Set<Int>] = [:]
    var speakerLabels: [String: String] = [:]
    /// Every counted quotation in full, while there are at most `fullQuoteListLimit`.
    var everyCounted: [QuoteRecord]? = []
    /// Counted quotations among the first of a theme (`themeCap`), a theme pair or a table cell (`cellCap`).
    var firstOfAList: [QuoteRecord] = []
    /// Per theme: counted quotations and the first `themeCap` of them; per theme pair (i × themes + j).
    var themeQuotes: [Int]
    var themeFirst: [[QuoteRecord]]
    var pairQuotes: [Int]
    var figures: [ThemeFigures]
    /// Speakers per role category (the quotations per category are the role table's row totals), each by
    /// `Person.identity(in:)` as `speakers.csv` merges them.
    var groupSpeakers: [String: Set<String>] = [:]
    var speakerNames: Set<String> = []
    /// `speakers.csv`'s tally, whose identity cache the counts of speakers here share.
    var speakers = SpeakersCSV.Tally()

    /// `idMemoryBudget`: bytes of unit ids held in memory before they move to a temporary file.
    public init(lexicon: ThemeLexicon, unit: CooccurrenceUnit = .quote, minimumCount: Int = 1,
                idMemoryBudget: Int = UnitIDLists.defaultBudget) {
        self.lexicon = lexicon
        self.unit = unit
        self.minimumCount = minimumCount
        let names = lexicon.themes.map(\.name)
        order = ThemeOrder.of(names)
        let ids = UnitIDLists(memoryBudget: idMemoryBudget)
        cooccurrence = Cooccurrence.Builder(themes: names, ids: ids)
        roles = RoleTable.Builder(.roleCategory, themes: names, ids: ids)
        organisations = RoleTable.Builder(.organisationType, themes: names, ids: ids)
        themeQuotes = Array(repeating: 0, count: names.count)
        themeFirst = Array(repeating: [], count: names.count)
        pairQuotes = Array(repeating: 0, count: names.count * names.count)
        figures = Array(repeating: ThemeFigures(), count: names.count)
    }

    /// Adds one document (nil: quotations of a document without a report), its quotations by start and its
    /// theme hits by start.
    public mutating func add(_ report: FileReport?, quotes: [QuoteRecord], matches: [MatchRecord]) {
        if var report {
            report.themeCounts = [:]  // no report lists them; a dictionary per document adds up
            documents.append(report)
        }
        quoteCount += quotes.count
        speakers.add(quotes)
        for q in quotes where q.repeatOf == nil {
            let themes = q.themes.compactMap { order[$0] }
            let present = themes.count > 1 ? Array(Set(themes)).sorted() : themes
            for i in present { figures[i].quotes += 1 }
            guard q.speaker?.roleCategory != "interviewer" else { continue }
            addCounted(q, themes: themes, present: present)
        }
        var paragraphs: [Int: Set<Int>] = [:]
        var themes: [Int] = []
        themes.reserveCapacity(matches.count)
        var last: (name: String, index: Int?) = ("", nil)
        for m in matches {
            if m.theme != last.name { last = (m.theme, order[m.theme]) }
            guard let i = last.index else { continue }
            figures[i].matches += 1
            paragraphs[i, default: []].insert(m.paragraph)
            themes.append(i)
        }
        for (i, p) in paragraphs {
            figures[i].paragraphs += p.count
            figures[i].documents += 1
        }
        switch unit {
        case .paragraph: cooccurrence.addParagraphs(matches)
        case .document: if let report { cooccurrence.add(report.path, themes: Array(Set(themes)).sorted()) }
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

    /// `themes`: the quotation's theme indices as often as it carries them; `present`: sorted and distinct.
    private mutating func addCounted(_ q: QuoteRecord, themes: [Int], present: [Int]) {
        var listed = false
        for i in themes {
            if themeQuotes[i] < ReportModel.themeCap {
                themeFirst[i].append(q)
                listed = true
            }
            themeQuotes[i] += 1
        }
        let count = lexicon.themes.count
        for (x, i) in present.enumerated() {
            for j in present[(x + 1)...] {
                if pairQuotes[i * count + j] < ReportModel.cellCap { listed = true }
                pairQuotes[i * count + j] += 1
            }
        }
        let role = roles.group(of: q.speaker)
        if roles.add(q.id, group: role, themes: themes) < ReportModel.cellCap { listed = true }
        if organisations.add(q.id, group: organisations.group(of: q.speaker), themes: themes) < ReportModel.cellCap { listed = true }
        if listed { firstOfAList.append(q) }
        if everyCounted != nil {
            everyCounted!.append(q)
            if everyCounted!.count > ReportModel.fullQuoteListLimit { everyCounted = nil }
        }
        var speaker: String?
        if let p = q.speaker {
            let name = speakers.identity(of: p, in: q.document)
            groupSpeakers[role, default: []].insert(name)
            speakerNames.insert(name)
            speaker = name
            if unit == .speaker, speakerLabels[name] == nil { speakerLabels[name] = p.label(in: q.document) }
        }
        countedCount += 1
        if unit == .quote {
            cooccurrence.add(q.id, themes: present)
        } else if unit == .speaker, let speaker {
            speakerThemes[speaker, default: []].formUnion(present)
        }
    }

    /// The co-occurrence of the units seen.
    func cooccurrenceTable() -> Cooccurrence {
        var builder = cooccurrence
        if unit == .speaker {
            for (label, name) in speakerLabels.map({ ($0.value, $0.key) }).sorted(by: <) {
                builder.add(label, themes: speakerThemes[name]!.sorted())
            }
        }
        return builder.build(unit: unit, minimumCount: minimumCount)
    }

    /// One key per unordered pair of themes.
    static func pairKey(_ a: String, _ b: String) -> String { a < b ? a + "\u{1}" + b : b + "\u{1}" + a }
}

/// How often one theme occurs: hits, quotations (repeats once, interviewer included), and the paragraphs
/// and documents with a hit (`themes.csv`).
public struct ThemeFigures: Sendable, Equatable {
    public var matches = 0
    public var quotes = 0
    public var paragraphs = 0
    public var documents = 0
}
