/// Everything a report shows, computed once from an analysis so the Markdown and HTML renderers agree.
public struct ReportModel: Sendable {
    public var documents: [FileReport]
    public var quotes: [QuoteRecord]
    /// Quotations counted in the statistics: repeats once, interviewer turns left out.
    public var counted: [QuoteRecord]
    public var themes: [Theme]
    public var matches: [MatchRecord]
    public var cooccurrence: Cooccurrence
    public var roles: RoleTable
    public var organisations: RoleTable
    /// Counted quotations per theme, theme hits and documents per theme, counted quotations and speakers
    /// per role category, and speakers with their totals: computed once, read by every renderer.
    public var quotesByTheme: [String: [QuoteRecord]] = [:]
    public var hitsByTheme: [String: (matches: Int, documents: Int)] = [:]
    public var roleGroups: [String: (quotes: Int, speakers: Int)] = [:]
    public var speakerCount = 0
    public var speakers: [SpeakersCSV.Speaker] = []

    public init(analysis: CorpusAnalysis, lexicon: ThemeLexicon, unit: CooccurrenceUnit = .quote, minimumCount: Int = 1) {
        documents = analysis.reports
        quotes = analysis.quotes
        counted = analysis.quotes.filter { $0.repeatOf == nil && $0.speaker?.roleCategory != "interviewer" }
        themes = lexicon.themes
        matches = analysis.matches
        let names = lexicon.themes.map(\.name)
        cooccurrence = Cooccurrence(unit: unit, themes: names, quotes: analysis.quotes, matches: analysis.matches,
                                    documents: analysis.reports.map(\.path), minimumCount: minimumCount)
        roles = RoleTable(.roleCategory, themes: names, quotes: analysis.quotes)
        organisations = RoleTable(.organisationType, themes: names, quotes: analysis.quotes)
        for q in counted { for t in q.themes { quotesByTheme[t, default: []].append(q) } }
        var documentsOf: [String: Set<String>] = [:]
        var hits: [String: Int] = [:]
        for m in analysis.matches {
            hits[m.theme, default: 0] += 1
            documentsOf[m.theme, default: []].insert(m.document)
        }
        for (t, n) in hits { hitsByTheme[t] = (n, documentsOf[t]?.count ?? 0) }
        var namesByGroup: [String: Set<String>] = [:]
        var quotesByGroup: [String: Int] = [:]
        for q in counted {
            let g = q.speaker?.roleCategory ?? "onbekend"
            quotesByGroup[g, default: 0] += 1
            if let name = q.speaker?.name { namesByGroup[g, default: []].insert(name) }
        }
        for (g, n) in quotesByGroup { roleGroups[g] = (n, namesByGroup[g]?.count ?? 0) }
        speakerCount = Set(counted.compactMap { $0.speaker?.name }).count
        speakers = SpeakersCSV.speakers(analysis.quotes)
    }

    /// Up to this many counted quotations, the report's "Citaten" section lists them all; above it, only
    /// those the lists link to, so a large corpus still gives a page a browser opens (all are in quotes.jsonl).
    public static let fullQuoteListLimit = 1000

    /// How many quotations a report lists per theme, and per theme pair or table cell.
    public static let themeCap = 50
    public static let cellCap = 20

    /// Quotations (repeats once, interviewer left out) that carry a theme.
    public func quotes(about theme: String) -> [QuoteRecord] { quotesByTheme[theme] ?? [] }

    /// `— Naam, rol, organisatie (document, alinea n)`: the citation format of the dossier.
    public static func citation(_ q: QuoteRecord) -> String {
        let who = q.speaker.map { s in [s.name, s.role, s.organisation].compactMap { $0 }.joined(separator: ", ") } ?? "onbekende spreker"
        return "— \(who) (\(q.document), alinea \(q.paragraph))"
    }

    /// A stable, readable anchor: "rollen en verwachtingen" → "rollen-en-verwachtingen".
    public static func slug(_ s: String) -> String {
        // ASCII fast path (most theme and group names): lower-case letters and digits, runs of others → "-".
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            for c in s.utf8 {
                let lower = c >= 0x41 && c <= 0x5A ? c + 0x20 : c
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) { bytes.append(lower) }
                else if bytes.last != 0x2D { bytes.append(0x2D) }
            }
            while bytes.first == 0x2D { bytes.removeFirst() }
            while bytes.last == 0x2D { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        for ch in Fold.key(s) {
            if ch.isLetter || ch.isNumber { out.append(ch) } else if out.last != "-" { out.append("-") }
        }
        return out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}

import Foundation
