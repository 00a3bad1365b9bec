/// Everything a report shows, computed once from a tally so the Markdown, HTML, JSON and CSV renderers agree.
public struct ReportModel: Sendable {
    public var documents: [FileReport]
    /// Quotations, turns and indirect speech, all of them.
    public var quoteCount: Int
    /// Quotations counted in the statistics: repeats once, interviewer turns left out.
    public var countedCount: Int
    /// The counted quotations a report lists, in corpus order and with their text: all of them up to
    /// `fullQuoteListLimit`, above it those among the first of a theme, theme pair or table cell.
    public var listed: [QuoteRecord]
    public var themes: [Theme]
    public var cooccurrence: Cooccurrence
    public var roles: RoleTable
    public var organisations: RoleTable
    /// Per theme: counted quotations and the first `themeCap` of them; hits, quotations, paragraphs and
    /// documents; per role category: counted quotations and speakers; speakers with their totals.
    public var quotesByTheme: [String: (count: Int, first: [QuoteRecord])]
    public var figures: [String: ThemeFigures]
    /// Counted quotations per theme pair, whatever the co-occurrence unit (key: `ReportTally.pairKey`).
    public var pairQuotes: [String: Int]
    public var roleGroups: [String: (quotes: Int, speakers: Int)] = [:]
    public var speakerCount: Int
    public var speakers: [SpeakersCSV.Speaker]

    public init(analysis: CorpusAnalysis, lexicon: ThemeLexicon, unit: CooccurrenceUnit = .quote, minimumCount: Int = 1) {
        var tally = ReportTally(lexicon: lexicon, unit: unit, minimumCount: minimumCount)
        tally.add(analysis)
        self.init(tally)
    }

    public init(_ tally: ReportTally) {
        documents = tally.documents
        quoteCount = tally.quoteCount
        countedCount = tally.countedCount
        listed = tally.everyCounted ?? tally.firstOfAList
        themes = tally.lexicon.themes
        cooccurrence = tally.cooccurrenceTable()
        roles = tally.roles.build()
        organisations = tally.organisations.build()
        quotesByTheme = [:]
        figures = [:]
        pairQuotes = [:]
        for (i, t) in themes.enumerated() where tally.order[t.name] == i {
            quotesByTheme[t.name] = (tally.themeQuotes[i], tally.themeFirst[i])
            figures[t.name] = tally.figures[i]
            for (j, u) in themes.enumerated() where j > i && tally.order[u.name] == j {
                pairQuotes[ReportTally.pairKey(t.name, u.name)] = tally.pairQuotes[i * themes.count + j]
            }
        }
        for (g, n) in zip(roles.groups, roles.groupQuotes) { roleGroups[g] = (n, tally.groupSpeakers[g]?.count ?? 0) }
        speakerCount = tally.speakerNames.count
        speakers = tally.speakers.speakers
    }

    /// Theme hits and documents with a hit.
    public func hits(_ theme: String) -> (matches: Int, documents: Int) {
        figures[theme].map { ($0.matches, $0.documents) } ?? (0, 0)
    }

    /// Counted quotations that carry a theme.
    public func quoteCount(about theme: String) -> Int { quotesByTheme[theme]?.count ?? 0 }

    /// Counted quotations that carry both themes.
    public func pairQuoteCount(_ a: String, _ b: String) -> Int { pairQuotes[ReportTally.pairKey(a, b)] ?? 0 }

    /// The first `themeCap` counted quotations that carry a theme.
    public func quotes(about theme: String) -> [QuoteRecord] { quotesByTheme[theme]?.first ?? [] }

    /// Up to this many counted quotations, the report's "Citaten" section lists them all; above it, only
    /// those the lists link to, so a large corpus still gives a page a browser opens (all are in quotes.jsonl).
    public static let fullQuoteListLimit = 1000

    /// How many quotations a report lists per theme, and per theme pair or table cell.
    public static let themeCap = 50
    public static let cellCap = 20

    /// `— Naam, rol, organisatie (document, alinea n)`: the citation format of the dossier.
    public static func citation(_ q: QuoteRecord) -> String {
        let who = q.speaker.map { s in
            s.isAnonymous ? s.displayName : [s.name, s.role, s.organisation].compactMap { $0 }.joined(separator: ", ")
        } ?? "onbekende spreker"
        return "— \(who) (\(q.document), alinea \(q.paragraph))"
    }

    /// A quotation on one line: line breaks become spaces, byte for byte (Foundation's
    /// `replacingOccurrences` went through UTF-16 for every listed quotation).
    public static func oneLine(_ s: String) -> String {
        guard s.utf8.contains(0x0A) else { return s }
        return String(decoding: s.utf8.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
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
