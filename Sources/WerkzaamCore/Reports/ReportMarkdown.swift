/// `report.md`: the analysis in Dutch for staff, readable as text and in any Markdown viewer.
public enum ReportMarkdown {
    public static func render(_ m: ReportModel) -> String {
        var s = "# Werkzaam-rapport\n\n"
        s += "## Overzicht\n\n"
        s += "- Documenten: \(m.documents.count) (\(m.documents.filter(\.isOK).count) gelezen)\n"
        s += "- Citaten en beurten: \(m.quoteCount), waarvan \(m.countedCount) meegeteld (herhalingen één keer, interviewer niet)\n"
        let speakers = m.speakerCount
        s += "- Sprekers: \(speakers)\n\n"
        s += "| Rolcategorie | Citaten |\n| --- | ---: |\n"
        for g in m.roles.groups { s += "| \(g) | \(m.roleGroups[g]?.quotes ?? 0) |\n" }
        s += "\n## Thema's\n\n| Thema | Citaten | Treffers | Documenten |\n| --- | ---: | ---: | ---: |\n"
        for t in m.themes {
            let hits = m.hits(t.name)
            s += "| \(t.name) | \(m.quoteCount(about: t.name)) | \(hits.matches) | \(hits.documents) |\n"
        }
        s += "\n## Samenhang tussen thema's (eenheid: \(unitName(m.cooccurrence.unit)))\n\n"
        s += "| Thema A | Thema B | Samen | Jaccard | NPMI | G² | p | Let op |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n"
        for p in m.cooccurrence.pairs.prefix(30) {
            let a = p.association
            s += "| \(p.first) | \(p.second) | \(a.both) | \(AnalysisCSV.decimal(a.jaccard, places: 2)) | \(AnalysisCSV.decimal(a.npmi, places: 2)) | \(AnalysisCSV.decimal(a.g2, places: 1)) | \(AnalysisCSV.decimal(a.p, places: 3)) | \(a.warnings.joined(separator: ", ")) |\n"
        }
        s += "\n## Wie zegt wat (citaten per rolcategorie en thema)\n\n"
        let active = m.themes.map(\.name).filter { t in m.roles.cells.contains { $0.theme == t && $0.count > 0 } }
        s += "| Rol | " + active.joined(separator: " | ") + " |\n|---|" + String(repeating: "---:|", count: active.count) + "\n"
        for g in m.roles.groups {
            s += "| \(g) | " + active.map { t in
                let c = m.roles.cell(g, t)!
                return c.count == 0 ? "" : "\(c.count) (\(Int((c.share * 100).rounded()))%)"
            }.joined(separator: " | ") + " |\n"
        }
        s += "\n## Citaten per thema\n"
        for t in m.themes {
            let qs = m.quotes(about: t.name), n = m.quoteCount(about: t.name)
            guard n > 0 else { continue }
            s += "\n### \(t.name) (\(n))\n\n"
            if let d = t.description { s += "_\(d)_\n\n" }
            for q in qs.prefix(ReportModel.themeCap) {
                s += "> \(ReportModel.oneLine(q.text))\n>\n> \(ReportModel.citation(q))\n\n"
            }
            if n > ReportModel.themeCap { s += "_… en nog \(n - ReportModel.themeCap) citaten; alle staan in quotes.jsonl._\n" }
        }
        return s
    }

    static func unitName(_ u: CooccurrenceUnit) -> String {
        switch u {
        case .quote: "citaat of beurt"
        case .paragraph: "alinea"
        case .document: "document"
        case .speaker: "spreker"
        }
    }
}

import Foundation
