import Foundation

/// `report.html`: one self-contained Dutch page (no scripts, no network) with the overview, themes,
/// co-occurrence heatmap and network (SVG), the role heatmap, and every quotation. Every number and
/// every cell links to a list of the quotations behind it.
public enum ReportHTML {
    public static func render(_ m: ReportModel) -> String {
        var page = ""
        render(m) { page += $0 }
        return page
    }

    /// The page section by section, so a large one is never whole in memory twice (`OutputWriter` streams
    /// each section to disk).
    public static func render<E: Error>(_ m: ReportModel, write: (String) throws(E) -> Void) throws(E) {
        try write("""
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

        """)
        try write(overview(m))
        try write(themeTable(m))
        try write("<h2 id=\"samenhang\">Samenhang tussen thema's</h2>\n<p class=\"small\">Eenheid: \(esc(ReportMarkdown.unitName(m.cooccurrence.unit))). Kleur: NPMI (donkerder is sterker samen); getal: aantal keer samen. Klik op een vak voor de citaten.</p>\n")
        try write(heatmap(m))
        try write(pairTable(m))
        try write("<h2 id=\"netwerk\">Netwerk van thema's</h2>\n<p class=\"small\">Lijnen: thema's die vaker dan toevallig samen voorkomen (NPMI &gt; 0, minstens 2 keer); dikte: aantal keer samen.</p>\n")
        try write(network(m))
        try write("<h2 id=\"rollen\">Wie zegt wat</h2>\n<p class=\"small\">Aantal citaten per rolcategorie en thema; kleur: aandeel van de citaten van die rol. Interviewers tellen niet mee.</p>\n")
        try write(roleHeatmap(m.roles, prefix: "rol"))
        try write("<h3>Per organisatietype</h3>\n" + roleHeatmap(m.organisations, prefix: "org"))
        let (lists, linked) = cellLists(m)
        try write(lists)
        try write(quotesSection(m, linked: linked))
        try write("</body></html>\n")
    }

    /// HTML escaping in one pass over the bytes (no Foundation string searching).
    static func esc(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 16)
        for c in s.utf8 {
            switch c {
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            default: out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func slug(_ s: String) -> String { ReportModel.slug(s) }
    static func pairID(_ a: String, _ b: String) -> String { "paar-\(slug(a))--\(slug(b))" }

    static func overview(_ m: ReportModel) -> String {
        var h = "<h2 id=\"overzicht\">Overzicht</h2>\n<table>"
        h += "<tr><th>Documenten</th><td class=\"n\">\(m.documents.count)</td></tr>"
        h += "<tr><th>Citaten en beurten (meegeteld)</th><td class=\"n\"><a href=\"#citaten\">\(m.countedCount)</a></td></tr>"
        h += "<tr><th>Sprekers</th><td class=\"n\">\(m.speakerCount)</td></tr></table>\n"
        h += "<table><tr><th>Rolcategorie</th><th>Citaten</th><th>Sprekers</th></tr>"
        for g in m.roles.groups {
            let n = m.roleGroups[g] ?? (0, 0)
            h += "<tr><td>\(esc(g))</td><td class=\"n\">\(n.quotes)</td><td class=\"n\">\(n.speakers)</td></tr>"
        }
        h += "</table>\n<h3>Sprekers</h3>\n<table><tr><th>Naam</th><th>Rol</th><th>Organisatie</th><th>Citaten</th><th>Meest genoemde thema's</th></tr>"
        for sp in m.speakers {
            let p = sp.person
            let top = sp.topThemes.map { "<a href=\"#thema-\(slug($0))\">\(esc($0))</a>" }.joined(separator: ", ")
            h += "<tr><td>\(esc(p.name))</td><td>\(esc([p.role, p.roleCategory.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")))</td>"
            h += "<td>\(esc(p.organisation ?? ""))</td><td class=\"n\">\(sp.quotes)</td><td>\(top)</td></tr>"
        }
        h += "</table>\n<table><tr><th>Document</th><th>Titel</th><th>Alinea's</th><th>Status</th></tr>"
        for d in m.documents {
            let status = d.isOK ? "ok" : "fout"
            h += "<tr><td>\(esc(d.path))</td><td>\(esc(d.title ?? ""))</td><td class=\"n\">\(d.paragraphs)</td><td>\(status)</td></tr>"
        }
        return h + "</table>\n"
    }

    static func themeTable(_ m: ReportModel) -> String {
        var h = "<h2 id=\"themas\">Thema's</h2>\n<table><tr><th>Thema</th><th>Omschrijving</th><th>Citaten</th><th>Treffers</th><th>Documenten</th></tr>"
        for t in m.themes {
            let hits = m.hits(t.name)
            let n = m.quoteCount(about: t.name)
            let link = n > 0 ? "<a href=\"#thema-\(slug(t.name))\">\(n)</a>" : "0"
            h += "<tr><td>\(esc(t.name))</td><td class=\"small\">\(esc(t.description ?? ""))</td><td class=\"n\">\(link)</td><td class=\"n\">\(hits.matches)</td><td class=\"n\">\(hits.documents)</td></tr>"
        }
        return h + "</table>\n"
    }

    /// Themes that occur at all, for compact matrices.
    static func activeThemes(_ m: ReportModel) -> [String] {
        m.themes.map(\.name).filter { (m.cooccurrence.themeUnits[$0] ?? 0) > 0 }
    }

    static func heatmap(_ m: ReportModel) -> String {
        let themes = activeThemes(m)
        let cell = 22, left = 210, top = 210
        let size = left + cell * themes.count + 150  // room for the last rotated labels
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(size)\" height=\"\(top + cell * themes.count + 10)\" role=\"img\" aria-label=\"Samenhang tussen thema's\">\n"
        for (i, t) in themes.enumerated() {
            s += "<text x=\"\(left - 6)\" y=\"\(top + i * cell + 15)\" text-anchor=\"end\" font-size=\"11\">\(esc(t))</text>\n"
            s += "<text transform=\"translate(\(left + i * cell + 15),\(top - 6)) rotate(-60)\" font-size=\"11\">\(esc(t))</text>\n"
        }
        for (i, a) in themes.enumerated() {
            for (j, b) in themes.enumerated() where i != j {
                guard let p = m.cooccurrence.pair(a, b) else { continue }
                let strength = max(0, p.association.npmi)
                let fill = "rgb(\(255 - Int(strength * 228)),\(255 - Int(strength * 255)),\(255 - Int(strength * 130)))"
                s += heatCell(x: left + j * cell, y: top + i * cell, size: cell, textDrop: 15, fontSize: 9, link: pairID(p.first, p.second),
                              fill: fill, title: "\(a) + \(b): \(p.association.both)", label: p.association.both)
            }
        }
        return s + "</svg>\n"
    }

    /// One linked heatmap cell: a square with a tooltip and its count, leading to the quotations behind it.
    static func heatCell(x: Int, y: Int, size: Int, textDrop: Int, fontSize: Int, link: String, fill: String, title: String, label: Int) -> String {
        "<a href=\"#\(link)\"><rect x=\"\(x)\" y=\"\(y)\" width=\"\(size - 1)\" height=\"\(size - 1)\" fill=\"\(fill)\"><title>\(esc(title))</title></rect>"
            + "<text x=\"\(x + size / 2)\" y=\"\(y + textDrop)\" text-anchor=\"middle\" font-size=\"\(fontSize)\">\(label)</text></a>\n"
    }

    static func pairTable(_ m: ReportModel) -> String {
        var h = "<table><tr><th>Thema A</th><th>Thema B</th><th>Samen</th><th>Jaccard</th><th>NPMI</th><th>G²</th><th>p</th><th>Let op</th></tr>"
        for p in m.cooccurrence.pairs.prefix(40) {
            let a = p.association
            h += "<tr><td>\(esc(p.first))</td><td>\(esc(p.second))</td><td class=\"n\"><a href=\"#\(pairID(p.first, p.second))\">\(a.both)</a></td>"
            h += "<td class=\"n\">\(AnalysisCSV.decimal(a.jaccard, places: 2))</td><td class=\"n\">\(AnalysisCSV.decimal(a.npmi, places: 2))</td>"
            h += "<td class=\"n\">\(AnalysisCSV.decimal(a.g2, places: 1))</td><td class=\"n\">\(AnalysisCSV.decimal(a.p, places: 3))</td>"
            h += "<td class=\"warn\">\(esc(a.warnings.joined(separator: ", ")))</td></tr>"
        }
        return h + "</table>\n"
    }

    static func network(_ m: ReportModel) -> String {
        let themes = activeThemes(m)
        let size = 640.0, center = size / 2, radius = size / 2 - 110
        var position: [String: (Double, Double)] = [:]
        for (i, t) in themes.enumerated() {
            let angle = 2 * Double.pi * Double(i) / Double(max(1, themes.count)) - Double.pi / 2
            position[t] = (center + radius * cos(angle), center + radius * sin(angle))
        }
        // Labels stand outside the circle: 120 px of room on either side.
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(size) + 240)\" height=\"\(Int(size))\" viewBox=\"-120 0 \(Int(size) + 240) \(Int(size))\" role=\"img\" aria-label=\"Netwerk van thema's\">\n"
        let maxBoth = Double(m.cooccurrence.pairs.map(\.association.both).max() ?? 1)
        for p in m.cooccurrence.pairs where p.association.npmi > 0 && p.association.both >= 2 {
            guard let a = position[p.first], let b = position[p.second] else { continue }
            let width = 1 + 7 * Double(p.association.both) / maxBoth
            s += "<a href=\"#\(pairID(p.first, p.second))\"><line x1=\"\(Int(a.0))\" y1=\"\(Int(a.1))\" x2=\"\(Int(b.0))\" y2=\"\(Int(b.1))\" stroke=\"#e4007d\" stroke-opacity=\"0.45\" stroke-width=\"\(AnalysisCSV.decimal(width, places: 1).replacingOccurrences(of: ",", with: "."))\"><title>\(esc(p.first)) + \(esc(p.second)): \(p.association.both)</title></line></a>\n"
        }
        let maxUnits = Double(themes.map { m.cooccurrence.themeUnits[$0] ?? 0 }.max() ?? 1)
        for t in themes {
            let (x, y) = position[t]!
            let r = 4 + 14 * (Double(m.cooccurrence.themeUnits[t] ?? 0) / maxUnits).squareRoot()
            let anchor = x < center - 5 ? "end" : (x > center + 5 ? "start" : "middle")
            let dx = anchor == "end" ? -r - 4 : (anchor == "start" ? r + 4 : 0)
            s += "<a href=\"#thema-\(slug(t))\"><circle cx=\"\(Int(x))\" cy=\"\(Int(y))\" r=\"\(Int(r))\" fill=\"#5b2a86\"/><text x=\"\(Int(x + dx))\" y=\"\(Int(y + 4))\" text-anchor=\"\(anchor)\" font-size=\"11\">\(esc(t))</text></a>\n"
        }
        return s + "</svg>\n"
    }

    static func roleHeatmap(_ table: RoleTable, prefix: String) -> String {
        let themes = table.themes.filter { t in table.cells.contains { $0.theme == t && $0.count > 0 } }
        let cell = 26, left = 170, top = 200
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(left + cell * themes.count + 150)\" height=\"\(top + cell * table.groups.count + 10)\" role=\"img\" aria-label=\"Wie zegt wat\">\n"
        for (j, t) in themes.enumerated() {
            s += "<text transform=\"translate(\(left + j * cell + 16),\(top - 6)) rotate(-60)\" font-size=\"11\">\(esc(t))</text>\n"
        }
        for (i, g) in table.groups.enumerated() {
            s += "<text x=\"\(left - 6)\" y=\"\(top + i * cell + 17)\" text-anchor=\"end\" font-size=\"11\">\(esc(g))</text>\n"
            for (j, t) in themes.enumerated() {
                guard let c = table.cell(g, t), c.count > 0 else { continue }
                let fill = "rgb(\(255 - Int(c.share * 200)),\(255 - Int(c.share * 160)),255)"
                s += heatCell(x: left + j * cell, y: top + i * cell, size: cell, textDrop: 17, fontSize: 10, link: "\(prefix)-\(slug(g))--\(slug(t))",
                              fill: fill, title: "\(g), \(t): \(c.count) van \(c.groupQuotes)", label: c.count)
            }
        }
        return s + "</svg>\n"
    }

    /// The lists every link points at: per theme, per theme pair, per role cell.
    /// Returns the lists and the ids they link to.
    /// The first `characters` characters of a text, with "…" when there is more. Walks only those
    /// characters (`count` on every listed quotation was most of writing the lists).
    static func excerpt(_ text: String, characters: Int) -> String {
        guard let end = text.index(text.startIndex, offsetBy: characters, limitedBy: text.endIndex), end < text.endIndex else {
            return text
        }
        return String(text[..<end]) + "…"
    }

    static func cellLists(_ m: ReportModel) -> (String, Set<String>) {
        var h = "<h2>Citaten achter de getallen</h2>\n"
        var linked: Set<String> = []
        let byID = Dictionary(m.listed.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Lists stop at a cap, so a large corpus gives a readable page; all ids stay in the CSVs.
        func list(_ ids: [String], total: Int, cap: Int = ReportModel.cellCap, source: String = "cooccurrence.csv en speaker_roles.csv") -> String {
            let shown = ids.prefix(cap).compactMap { byID[$0] }
            for q in shown { linked.insert(q.id) }
            var items = shown.map { q in
                "<li><a href=\"#q-\(q.id)\">\(esc(excerpt(q.text, characters: 110)))</a> <span class=\"small\">\(esc(ReportModel.citation(q)))</span></li>"
            }
            if total > cap { items.append("<li class=\"small\">… en nog \(total - cap) citaten (alle ids in \(esc(source)))</li>") }
            return "<ul>" + items.joined() + "</ul>\n"
        }
        for t in m.themes {
            let n = m.quoteCount(about: t.name)
            guard n > 0 else { continue }
            h += "<h3 id=\"thema-\(slug(t.name))\">\(esc(t.name)) (\(n))</h3>\n"
                + list(m.quotes(about: t.name).map(\.id), total: n, cap: ReportModel.themeCap, source: "quotes.jsonl")
        }
        for p in m.cooccurrence.pairs {
            h += "<h3 id=\"\(pairID(p.first, p.second))\">\(esc(p.first)) + \(esc(p.second)) (\(p.association.both))</h3>\n"
            if m.cooccurrence.unit == .quote {
                h += list(p.units.prefix(ReportModel.cellCap), total: p.units.count)
            } else {
                // Other units: the counted quotations that carry both themes (the first of them are listed).
                let ids = m.listed.filter { $0.themes.contains(p.first) && $0.themes.contains(p.second) }.map(\.id)
                h += "<p class=\"small\">Eenheden: \(esc(p.units.joined(separator: ", ")))</p>" + list(ids, total: m.pairQuoteCount(p.first, p.second))
            }
        }
        for (table, prefix) in [(m.roles, "rol"), (m.organisations, "org")] {
            for c in table.cells where c.count > 0 {
                h += "<h3 id=\"\(prefix)-\(slug(c.group))--\(slug(c.theme))\">\(esc(c.group)) over \(esc(c.theme)) (\(c.count))</h3>\n" + list(c.quotes.prefix(ReportModel.cellCap), total: c.quotes.count)
            }
        }
        return (h, linked)
    }

    /// Every counted quotation, or on a large corpus only those the lists link to (a page a browser can open).
    static func quotesSection(_ m: ReportModel, linked: Set<String>) -> String {
        var h = "<h2 id=\"citaten\">Citaten</h2>\n"
        let all = m.countedCount <= ReportModel.fullQuoteListLimit
        if !all {
            h += "<p class=\"small\">De \(linked.count) citaten waarnaar hierboven verwezen wordt, van de \(m.countedCount) meegetelde; alle staan in quotes.jsonl.</p>\n"
        }
        for q in m.listed where all || linked.contains(q.id) {
            let themes = q.themes.map { "<a href=\"#thema-\(slug($0))\">\(esc($0))</a>" }.joined(separator: ", ")
            h += "<div id=\"q-\(q.id)\"><blockquote>\(esc(q.text))</blockquote>"
            h += "<div class=\"cite\">\(esc(ReportModel.citation(q))) · tekens \(q.start)–\(q.end) · \(q.kind.rawValue)\(themes.isEmpty ? "" : " · " + themes)</div></div>\n"
        }
        return h
    }
}
