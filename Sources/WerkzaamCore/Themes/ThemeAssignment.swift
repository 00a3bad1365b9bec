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
        let spans = hits.matches.map { ($0.span.start, $0.span.end) }
        for (i, q) in analysis.quotes.enumerated() where i < quotes.count {
            guard options.themeKinds.contains(q.kind) else { continue }
            if let category = quotes[i].speaker?.roleCategory, options.themeSkipRoles.contains(category) { continue }
            // matches and records are parallel
            quotes[i].themes = themes(within: q.span.start, q.span.end, of: spans) { hits.records[$0].theme }
        }
    }

    /// Sorted theme names of the hits inside [start, end); `spans` are in text order, so a binary search
    /// finds the first candidate (a document with many quotations and hits stays linear-logarithmic).
    static func themes(within start: Int, _ end: Int, of spans: [(Int, Int)], theme: (Int) -> String) -> [String] {
        var low = 0, high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].0 < start { low = mid + 1 } else { high = mid }
        }
        var names: Set<String> = []
        var j = low
        while j < spans.count, spans[j].0 < end {
            if spans[j].1 <= end { names.insert(theme(j)) }
            j += 1
        }
        return names.sorted()
    }
}
