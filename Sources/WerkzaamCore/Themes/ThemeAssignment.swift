/// Tags a document's paragraphs once and gives each quotation the themes of the hits inside it.
enum ThemeAssignment {
    struct Hits {
        var matches: [ThemeMatch]
        var records: [MatchRecord]
    }

    static func tag(_ document: Document, with tagger: inout ThemeTagger, path: String, paragraphBase: Int) -> Hits {
        var matches: [ThemeMatch] = []
        var paragraphOf: [Int] = []
        for (k, p) in document.paragraphs.enumerated() {
            let before = matches.count
            tagger.matches(in: document.text, span: p.span, into: &matches)
            paragraphOf += Array(repeating: k, count: matches.count - before)
        }
        var offsets = ScalarOffsets(document.text)
        var records: [MatchRecord] = []
        records.reserveCapacity(matches.count)
        for (i, m) in matches.enumerated() {
            let start = document.base.scalars + offsets.scalar(at: m.span.start)
            let end = document.base.scalars + offsets.scalar(at: m.span.end)
            records.append(MatchRecord(document: path, paragraph: paragraphBase + paragraphOf[i] + 1, start: start, end: end,
                                       theme: tagger.matcher.themes[m.theme], term: tagger.matcher.terms[m.term].text,
                                       text: document.string(m.span)))
        }
        return Hits(matches: matches, records: records)
    }

    /// A quote gets the themes of the hits within its span, if its kind and speaker are in scope.
    static func assign(_ hits: Hits, to quotes: inout [QuoteRecord], analysis: SpeechAnalysis?, document: Document,
                       options: AnalysisOptions) {
        guard let analysis else { return }
        for (i, q) in analysis.quotes.enumerated() where i < quotes.count {
            guard options.themeKinds.contains(q.kind) else { continue }
            if let category = quotes[i].speaker?.roleCategory, options.themeSkipRoles.contains(category) { continue }
            var names: Set<String> = []
            for (j, m) in hits.matches.enumerated() where m.span.start >= q.span.start && m.span.end <= q.span.end {
                names.insert(hits.records[j].theme)  // matches and records are parallel
            }
            quotes[i].themes = names.sorted()
        }
    }
}
