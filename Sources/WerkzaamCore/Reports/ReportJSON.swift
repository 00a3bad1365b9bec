/// `report.json`: the statistics of the report for programs, with the ids behind every number.
public enum ReportJSON {
    public static func render(_ m: ReportModel) -> [UInt8] { render(m, stream: nil).bytes }

    /// With a stream, the JSON goes to disk as it is made; `close` the writer to put the file in place.
    public static func render(_ m: ReportModel, stream: AtomicStream?) -> JSONWriter {
        var w = JSONWriter(stream: stream)
        w.beginObject()
        w.field("unit", m.cooccurrence.unit.rawValue)
        w.field("units", m.cooccurrence.unitCount)
        w.field("quotes_counted", m.countedCount)
        w.key("themes")
        w.beginArray()
        for t in m.themes {
            let hits = m.hits(t.name)
            w.beginObject()
            w.field("name", t.name)
            w.field("description", t.description)
            w.field("quotes", m.quoteCount(about: t.name))
            w.field("matches", hits.matches)
            w.field("documents", hits.documents)
            w.endObject()
        }
        w.endArray()
        w.key("cooccurrence")
        w.beginArray()
        for p in m.cooccurrence.pairs {
            let a = p.association
            w.beginObject()
            w.field("theme_a", p.first); w.field("theme_b", p.second)
            w.field("n_a", a.first); w.field("n_b", a.second); w.field("n_ab", a.both)
            number(&w, "jaccard", a.jaccard); number(&w, "lift", a.lift); number(&w, "npmi", a.npmi)
            number(&w, "g2", a.g2); number(&w, "p", a.p)
            w.field("warnings", a.warnings); w.field("unit_ids", p.units)
            w.endObject()
        }
        w.endArray()
        w.key("roles")
        w.beginArray()
        for table in [m.roles, m.organisations] {
            for c in table.cells where c.count > 0 {
                w.beginObject()
                w.field("dimension", table.dimension.rawValue); w.field("group", c.group); w.field("theme", c.theme)
                w.field("count", c.count); w.field("group_quotes", c.groupQuotes)
                number(&w, "share", c.share); number(&w, "keyness_g2", c.keyness.g2); number(&w, "p", c.keyness.p)
                w.field("quote_ids", c.quotes)
                w.endObject()
            }
        }
        w.endArray()
        w.key("speakers")
        w.beginArray()
        for s in m.speakers {
            w.beginObject()
            if s.person.isAnonymous {
                w.field("name", nil as String?); w.field("description", s.person.name)
            } else {
                w.field("name", s.person.name)
            }
            w.field("role", s.person.role); w.field("role_category", s.person.roleCategory)
            w.field("organisation", s.person.organisation); w.field("organisation_type", s.person.organisationType)
            w.field("quotes", s.quotes); w.field("documents", s.documents.count)
            w.field("top_themes", s.topThemes)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.newline()
        return w
    }

    /// A JSON number with six decimals and a point (JSON, unlike Dutch CSV, wants a point).
    static func number(_ w: inout JSONWriter, _ key: String, _ value: Double) {
        w.key(key)
        w.raw(value.isFinite ? AnalysisCSV.decimal(value, places: 6).replacingOccurrences(of: ",", with: ".") : "null")
    }
}

import Foundation
