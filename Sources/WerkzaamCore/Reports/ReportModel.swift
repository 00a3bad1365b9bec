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
    }

    /// How many quotations a report lists per theme, and per theme pair or table cell.
    public static let themeCap = 50
    public static let cellCap = 20

    /// Quotations (repeats once, interviewer left out) that carry a theme.
    public func quotes(about theme: String) -> [QuoteRecord] { counted.filter { $0.themes.contains(theme) } }

    /// `— Naam, rol, organisatie (document, alinea n)`: the citation format of the dossier.
    public static func citation(_ q: QuoteRecord) -> String {
        let who = q.speaker.map { s in [s.name, s.role, s.organisation].compactMap { $0 }.joined(separator: ", ") } ?? "onbekende spreker"
        return "— \(who) (\(q.document), alinea \(q.paragraph))"
    }

    /// A stable, readable anchor: "rollen en verwachtingen" → "rollen-en-verwachtingen".
    public static func slug(_ s: String) -> String {
        var out = ""
        for ch in Fold.key(s) {
            if ch.isLetter || ch.isNumber { out.append(ch) } else if out.last != "-" { out.append("-") }
        }
        return out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}

import Foundation
