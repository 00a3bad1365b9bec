import Foundation

/// `report.html`: one self-contained Dutch page (no scripts, no network) with the overview, themes,
/// co-occurrence heatmap and network (SVG), the role heatmap, and every quotation. Every number and
/// every cell links to a list of the quotations behind it.
public enum ReportHTML {
    public static func render(_ m: ReportModel) -> String {
        var o = PageBytes(StreamSink(nil))
        write(m, &o)
        return String(decoding: o.bytes, as: UTF8.self)
    }

    /// Writes the page to `stream` in pieces as it is made (`StreamSink`): one buffer is filled and
    /// handed on again and again, so a page of megabytes is never whole in memory and writing it maps
    /// no new pages (built as growing `String`s, a third of its time was the kernel zeroing fresh pages).
    public static func render(_ m: ReportModel, to stream: AtomicStream) throws(IngestError) {
        var o = PageBytes(StreamSink(stream))
        write(m, &o)
        try o.sink.close(&o.bytes)
    }

    static func write(_ m: ReportModel, _ o: inout PageBytes) {
        o.add(header)
        overview(m, &o)
        themeTable(m, &o)
        o.add("<h2 id=\"samenhang\">Samenhang tussen thema's</h2>\n<p class=\"small\">Eenheid: ")
        o.text(ReportMarkdown.unitName(m.cooccurrence.unit))
        o.add(". Kleur: NPMI (donkerder is sterker samen); getal: aantal keer samen. Klik op een vak voor de citaten.</p>\n")
        heatmap(m, &o)
        pairTable(m, &o)
        o.add("<h2 id=\"netwerk\">Netwerk van thema's</h2>\n<p class=\"small\">Lijnen: thema's die vaker dan toevallig samen voorkomen (NPMI &gt; 0, minstens 2 keer); dikte: aantal keer samen.</p>\n")
        network(m, &o)
        o.add("<h2 id=\"rollen\">Wie zegt wat</h2>\n<p class=\"small\">Aantal citaten per rolcategorie en thema; kleur: aandeel van de citaten van die rol. Interviewers tellen niet mee.</p>\n")
        roleHeatmap(m.roles, prefix: "rol", &o)
        o.add("<h3>Per organisatietype</h3>\n")
        roleHeatmap(m.organisations, prefix: "org", &o)
        o.pass()
        let linked = cellLists(m, &o)
        quotesSection(m, linked: linked, &o)
        o.add("</body></html>\n")
    }

    static let header = """
        <!DOCTYPE html>
        <html lang="nl" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"/><title>Werkzaam-rapport</title>
        <style>
        body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
        table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left}
        td.n{text-align:right}blockquote{margin:.5em 0 .2em;padding-left:.8em;border-left:4px solid #e4007d}
        .cite{color:#555;font-size:.9em;margin-bottom:1em}.warn{color:#a60}svg a:hover rect{stroke:#000}
        nav a{margin-right:1em}.small{font-size:.85em;color:#555}
        </style></head><body>
        <h1>Werkzaam-rapport</h1>
        <nav><a href="#overzicht">Overzicht</a><a href="#themas">Thema's</a><a href="#samenhang">Samenhang</a><a href="#netwerk">Netwerk</a><a href="#rollen">Wie zegt wat</a><a href="#citaten">Citaten</a></nav>

        """

    /// HTML escaping in one pass over the bytes (no Foundation string searching).
    static func esc(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return s }
        var out = PageBytes(StreamSink(nil))
        out.text(s)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    static func slug(_ s: String) -> String { ReportModel.slug(s) }
    static func pairID(_ a: String, _ b: String) -> String { "paar-\(slug(a))--\(slug(b))" }

    static func overview(_ m: ReportModel, _ o: inout PageBytes) {
        o.add("<h2 id=\"overzicht\">Overzicht</h2>\n<table>")
        o.add("<tr><th>Documenten</th><td class=\"n\">\(m.documents.count)</td></tr>")
        o.add("<tr><th>Citaten en beurten (meegeteld)</th><td class=\"n\"><a href=\"#citaten\">\(m.countedCount)</a></td></tr>")
        o.add("<tr><th>Sprekers</th><td class=\"n\">\(m.speakerCount)</td></tr></table>\n")
        o.add("<table><tr><th>Rolcategorie</th><th>Citaten</th><th>Sprekers</th></tr>")
        for g in m.roles.groups {
            let n = m.roleGroups[g] ?? (0, 0)
            o.add("<tr><td>"); o.text(g); o.add("</td><td class=\"n\">\(n.quotes)</td><td class=\"n\">\(n.speakers)</td></tr>")
        }
        o.add("</table>\n<h3>Sprekers</h3>\n<table><tr><th>Naam</th><th>Rol</th><th>Organisatie</th><th>Citaten</th><th>Meest genoemde thema's</th></tr>")
        for sp in m.speakers {
            let p = sp.person
            o.add("<tr><td>"); o.text(p.displayName); o.add("</td><td>")
            o.text([p.role, p.roleCategory.map { "(\($0))" }].compactMap { $0 }.joined(separator: " "))
            o.add("</td><td>"); o.text(p.organisation ?? ""); o.add("</td><td class=\"n\">\(sp.quotes)</td><td>")
            for (k, t) in sp.topThemes.enumerated() {
                if k > 0 { o.add(", ") }
                o.add("<a href=\"#thema-"); o.add(slug(t)); o.add("\">"); o.text(t); o.add("</a>")
            }
            o.add("</td></tr>")
            o.pass()
        }
        o.add("</table>\n<table><tr><th>Document</th><th>Titel</th><th>Alinea's</th><th>Status</th></tr>")
        for d in m.documents {
            o.add("<tr><td>"); o.text(d.path); o.add("</td><td>"); o.text(d.title ?? "")
            o.add("</td><td class=\"n\">\(d.paragraphs)</td><td>"); o.add(d.isOK ? "ok" : "fout"); o.add("</td></tr>")
            o.pass()
        }
        o.add("</table>\n")
    }

    static func themeTable(_ m: ReportModel, _ o: inout PageBytes) {
        o.add("<h2 id=\"themas\">Thema's</h2>\n<table><tr><th>Thema</th><th>Omschrijving</th><th>Citaten</th><th>Treffers</th><th>Documenten</th></tr>")
        for t in m.themes {
            let hits = m.hits(t.name)
            let n = m.quoteCount(about: t.name)
            o.add("<tr><td>"); o.text(t.name); o.add("</td><td class=\"small\">"); o.text(t.description ?? ""); o.add("</td><td class=\"n\">")
            if n > 0 { o.add("<a href=\"#thema-\(slug(t.name))\">\(n)</a>") } else { o.add("0") }
            o.add("</td><td class=\"n\">\(hits.matches)</td><td class=\"n\">\(hits.documents)</td></tr>")
        }
        o.add("</table>\n")
    }

    /// Themes that occur at all, for compact matrices.
    static func activeThemes(_ m: ReportModel) -> [String] {
        m.themes.map(\.name).filter { (m.cooccurrence.themeUnits[$0] ?? 0) > 0 }
    }

    static func heatmap(_ m: ReportModel, _ o: inout PageBytes) {
        let themes = activeThemes(m)
        let cell = 22, left = 210, top = 210
        let size = left + cell * themes.count + 150  // room for the last rotated labels
        o.add("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(size)\" height=\"\(top + cell * themes.count + 10)\" role=\"img\" aria-label=\"Samenhang tussen thema's\">\n")
        for (i, t) in themes.enumerated() {
            o.add("<text x=\"\(left - 6)\" y=\"\(top + i * cell + 15)\" text-anchor=\"end\" font-size=\"11\">"); o.text(t); o.add("</text>\n")
            o.add("<text transform=\"translate(\(left + i * cell + 15),\(top - 6)) rotate(-60)\" font-size=\"11\">"); o.text(t); o.add("</text>\n")
        }
        for (i, a) in themes.enumerated() {
            for (j, b) in themes.enumerated() where i != j {
                guard let p = m.cooccurrence.pair(a, b) else { continue }
                let strength = max(0, p.association.npmi)
                let fill = "rgb(\(255 - Int(strength * 228)),\(255 - Int(strength * 255)),\(255 - Int(strength * 130)))"
                heatCell(x: left + j * cell, y: top + i * cell, size: cell, textDrop: 15, fontSize: 9, link: pairID(p.first, p.second),
                         fill: fill, title: "\(a) + \(b): \(p.association.both)", label: p.association.both, &o)
            }
        }
        o.add("</svg>\n")
    }

    /// One linked heatmap cell: a square with a tooltip and its count, leading to the quotations behind it.
    static func heatCell(x: Int, y: Int, size: Int, textDrop: Int, fontSize: Int, link: String, fill: String, title: String, label: Int,
                         _ o: inout PageBytes) {
        o.add("<a href=\"#\(link)\"><rect x=\"\(x)\" y=\"\(y)\" width=\"\(size - 1)\" height=\"\(size - 1)\" fill=\"\(fill)\"><title>")
        o.text(title)
        o.add("</title></rect><text x=\"\(x + size / 2)\" y=\"\(y + textDrop)\" text-anchor=\"middle\" font-size=\"\(fontSize)\">\(label)</text></a>\n")
    }

    static func pairTable(_ m: ReportModel, _ o: inout PageBytes) {
        o.add("<table><tr><th>Thema A</th><th>Thema B</th><th>Samen</th><th>Jaccard</th><th>NPMI</th><th>G²</th><th>p</th><th>Let op</th></tr>")
        for p in m.cooccurrence.pairs.prefix(40) {
            let a = p.association
            o.add("<tr><td>"); o.text(p.first); o.add("</td><td>"); o.text(p.second)
            o.add("</td><td class=\"n\"><a href=\"#\(pairID(p.first, p.second))\">\(a.both)</a></td>")
            o.add("<td class=\"n\">\(AnalysisCSV.decimal(a.jaccard, places: 2))</td><td class=\"n\">\(AnalysisCSV.decimal(a.npmi, places: 2))</td>")
            o.add("<td class=\"n\">\(AnalysisCSV.decimal(a.g2, places: 1))</td><td class=\"n\">\(AnalysisCSV.decimal(a.p, places: 3))</td>")
            o.add("<td class=\"warn\">"); o.text(a.warnings.joined(separator: ", ")); o.add("</td></tr>")
        }
        o.add("</table>\n")
    }

    static func network(_ m: ReportModel, _ o: inout PageBytes) {
        let themes = activeThemes(m)
        let size = 640.0, center = size / 2, radius = size / 2 - 110
        var position: [String: (Double, Double)] = [:]
        for (i, t) in themes.enumerated() {
            let angle = 2 * Double.pi * Double(i) / Double(max(1, themes.count)) - Double.pi / 2
            position[t] = (center + radius * cos(angle), center + radius * sin(angle))
        }
        // Labels stand outside the circle: 120 px of room on either side.
        o.add("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(size) + 240)\" height=\"\(Int(size))\" viewBox=\"-120 0 \(Int(size) + 240) \(Int(size))\" role=\"img\" aria-label=\"Netwerk van thema's\">\n")
        let maxBoth = Double(m.cooccurrence.pairs.map(\.association.both).max() ?? 1)
        for p in m.cooccurrence.pairs where p.association.npmi > 0 && p.association.both >= 2 {
            guard let a = position[p.first], let b = position[p.second] else { continue }
            let width = 1 + 7 * Double(p.association.both) / maxBoth
            o.add("<a href=\"#\(pairID(p.first, p.second))\"><line x1=\"\(Int(a.0))\" y1=\"\(Int(a.1))\" x2=\"\(Int(b.0))\" y2=\"\(Int(b.1))\" stroke=\"#e4007d\" stroke-opacity=\"0.45\" stroke-width=\"\(AnalysisCSV.decimal(width, places: 1).replacingOccurrences(of: ",", with: "."))\"><title>")
            o.text(p.first); o.add(" + "); o.text(p.second); o.add(": \(p.association.both)</title></line></a>\n")
        }
        let maxUnits = Double(themes.map { m.cooccurrence.themeUnits[$0] ?? 0 }.max() ?? 1)
        for t in themes {
            let (x, y) = position[t]!
            let r = 4 + 14 * (Double(m.cooccurrence.themeUnits[t] ?? 0) / maxUnits).squareRoot()
            let anchor = x < center - 5 ? "end" : (x > center + 5 ? "start" : "middle")
            let dx = anchor == "end" ? -r - 4 : (anchor == "start" ? r + 4 : 0)
            o.add("<a href=\"#thema-\(slug(t))\"><circle cx=\"\(Int(x))\" cy=\"\(Int(y))\" r=\"\(Int(r))\" fill=\"#5b2a86\"/><text x=\"\(Int(x + dx))\" y=\"\(Int(y + 4))\" text-anchor=\"\(anchor)\" font-size=\"11\">")
            o.text(t); o.add("</text></a>\n")
        }
        o.add("</svg>\n")
    }

    static func roleHeatmap(_ table: RoleTable, prefix: String, _ o: inout PageBytes) {
        let themes = table.themes.filter { t in table.cells.contains { $0.theme == t && $0.count > 0 } }
        let cell = 26, left = 170, top = 200
        o.add("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(left + cell * themes.count + 150)\" height=\"\(top + cell * table.groups.count + 10)\" role=\"img\" aria-label=\"Wie zegt wat\">\n")
        for (j, t) in themes.enumerated() {
            o.add("<text transform=\"translate(\(left + j * cell + 16),\(top - 6)) rotate(-60)\" font-size=\"11\">"); o.text(t); o.add("</text>\n")
        }
        for (i, g) in table.groups.enumerated() {
            o.add("<text x=\"\(left - 6)\" y=\"\(top + i * cell + 17)\" text-anchor=\"end\" font-size=\"11\">"); o.text(g); o.add("</text>\n")
            for (j, t) in themes.enumerated() {
                guard let c = table.cell(g, t), c.count > 0 else { continue }
                let fill = "rgb(\(255 - Int(c.share * 200)),\(255 - Int(c.share * 160)),255)"
                heatCell(x: left + j * cell, y: top + i * cell, size: cell, textDrop: 17, fontSize: 10, link: "\(prefix)-\(slug(g))--\(slug(t))",
                         fill: fill, title: "\(g), \(t): \(c.count) van \(c.groupQuotes)", label: c.count, &o)
            }
        }
        o.add("</svg>\n")
    }

    /// The lists every link points at: per theme, per theme pair, per role cell.
    /// Returns the ids they link to.
    static func cellLists(_ m: ReportModel, _ o: inout PageBytes) -> Set<String> {
        o.add("<h2>Citaten achter de getallen</h2>\n")
        var linked: Set<String> = []
        let byID = Dictionary(m.listed.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Lists stop at a cap, so a large corpus gives a readable page; all ids stay in the CSVs.
        func list(_ ids: [String], total: Int, cap: Int = ReportModel.cellCap,
                  source: String = "cooccurrence.csv en speaker_roles.csv") {
            o.add("<ul>")
            for id in ids.prefix(cap) {
                guard let q = byID[id] else { continue }
                linked.insert(q.id)
                o.add("<li><a href=\"#q-"); o.add(q.id); o.add("\">"); o.text(excerpt(q.text, characters: 110))
                o.add("</a> <span class=\"small\">"); o.text(ReportModel.citation(q)); o.add("</span></li>")
            }
            if total > cap { o.add("<li class=\"small\">… en nog \(total - cap) citaten (alle ids in "); o.text(source); o.add(")</li>") }
            o.add("</ul>\n")
            o.pass()
        }
        for t in m.themes {
            let n = m.quoteCount(about: t.name)
            guard n > 0 else { continue }
            o.add("<h3 id=\"thema-\(slug(t.name))\">"); o.text(t.name); o.add(" (\(n))</h3>\n")
            list(m.quotes(about: t.name).map(\.id), total: n, cap: ReportModel.themeCap, source: "quotes.jsonl")
        }
        for p in m.cooccurrence.pairs {
            o.add("<h3 id=\"\(pairID(p.first, p.second))\">"); o.text(p.first); o.add(" + "); o.text(p.second); o.add(" (\(p.association.both))</h3>\n")
            if m.cooccurrence.unit == .quote {
                list(p.units.prefix(ReportModel.cellCap), total: p.units.count)
            } else {
                // Other units: the counted quotations that carry both themes (the first of them are listed).
                let ids = m.listed.filter { $0.themes.contains(p.first) && $0.themes.contains(p.second) }.map(\.id)
                o.add("<p class=\"small\">Eenheden: "); o.text(p.units.joined(separator: ", ")); o.add("</p>")
                list(ids, total: m.pairQuoteCount(p.first, p.second))
            }
        }
        for (table, prefix) in [(m.roles, "rol"), (m.organisations, "org")] {
            for c in table.cells where c.count > 0 {
                o.add("<h3 id=\"\(prefix)-\(slug(c.group))--\(slug(c.theme))\">"); o.text(c.group); o.add(" over "); o.text(c.theme)
                o.add(" (\(c.count))</h3>\n")
                list(c.quotes.prefix(ReportModel.cellCap), total: c.quotes.count)
            }
        }
        return linked
    }

    /// The first `characters` characters of a text, with "…" when there is more. Walks only those
    /// characters (`count` on every listed quotation was most of writing the lists).
    static func excerpt(_ text: String, characters: Int) -> String {
        guard let end = text.index(text.startIndex, offsetBy: characters, limitedBy: text.endIndex), end < text.endIndex else {
            return text
        }
        return String(text[..<end]) + "…"
    }

    /// Every counted quotation, or on a large corpus only those the lists link to (a page a browser can open).
    static func quotesSection(_ m: ReportModel, linked: Set<String>, _ o: inout PageBytes) {
        o.add("<h2 id=\"citaten\">Citaten</h2>\n")
        let all = m.countedCount <= ReportModel.fullQuoteListLimit
        if !all {
            o.add("<p class=\"small\">De \(linked.count) citaten waarnaar hierboven verwezen wordt, van de \(m.countedCount) meegetelde; alle staan in quotes.jsonl.</p>\n")
        }
        for q in m.listed where all || linked.contains(q.id) {
            o.add("<div id=\"q-"); o.add(q.id); o.add("\"><blockquote>"); o.text(q.text)
            o.add("</blockquote><div class=\"cite\">"); o.text(ReportModel.citation(q))
            o.add(" · tekens \(q.start)–\(q.end) · "); o.add(q.kind.rawValue)
            for (k, t) in q.themes.enumerated() {
                o.add(k == 0 ? " · " : ", ")
                o.add("<a href=\"#thema-"); o.add(slug(t)); o.add("\">"); o.text(t); o.add("</a>")
            }
            o.add("</div></div>\n")
            o.pass()
        }
    }
}

/// A page's bytes as they are written, handed to its stream in pieces; text escaped for HTML on the way in.
struct PageBytes {
    var bytes: [UInt8] = []
    var sink: StreamSink

    init(_ sink: StreamSink) { self.sink = sink }

    /// Hands the bytes so far to the stream once they fill a piece.
    mutating func pass() { sink.pass(&bytes) }

    mutating func add(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// `s` with & < > " escaped: the runs between them are copied whole.
    mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { b in
            var start = 0
            for i in 0..<b.count {
                let entity: StaticString
                switch b[i] {
                case 0x26: entity = "&amp;"
                case 0x3C: entity = "&lt;"
                case 0x3E: entity = "&gt;"
                case 0x22: entity = "&quot;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<i]))
                entity.withUTF8Buffer { bytes.append(contentsOf: $0) }
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[start...]))
        }
    }
}
