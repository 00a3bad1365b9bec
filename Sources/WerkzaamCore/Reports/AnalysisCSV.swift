/// CSV outputs of the analysis, in the Dutch Excel dialect (`;`, BOM, decimal comma).
public enum AnalysisCSV {
    /// A number with a decimal comma, as Dutch Excel reads it: 0.3174 → "0,3174".
    public static func decimal(_ value: Double, places: Int = 4) -> String {
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        let whole = Int(rounded / scale)
        let fraction = Int(rounded.truncatingRemainder(dividingBy: scale))
        let digits = String(fraction).leftPadded(to: places)
        return (value < 0 && rounded > 0 ? "-" : "") + "\(whole),\(digits)"
    }

    /// `cooccurrence.csv`: one row per theme pair (long format), with the unit ids behind the count.
    public static func cooccurrence(_ c: Cooccurrence) -> [UInt8] { cooccurrence(c, stream: nil).bytes }

    /// With a stream, the rows go to disk as they are made; `close` the writer to put the file in place.
    public static func cooccurrence(_ c: Cooccurrence, stream: AtomicStream?) -> CSVWriter {
        var csv = CSVWriter(header: ["theme_a", "theme_b", "unit", "n_a", "n_b", "n_ab", "units", "jaccard", "lift", "npmi",
                                     "g2", "p", "warning", "unit_ids"], stream: stream)
        for p in c.pairs {
            let a = p.association
            csv.row([p.first, p.second, c.unit.rawValue, String(a.first), String(a.second), String(a.both), String(a.units),
                     decimal(a.jaccard), decimal(a.lift), decimal(a.npmi), decimal(a.g2), decimal(a.p), a.warnings.joined(separator: ", ")],
                    ids: p.units)
        }
        return csv
    }

    /// `cooccurrence_matrix.csv`: themes × themes, shared units off the diagonal, the theme's own units on it.
    public static func matrix(_ c: Cooccurrence) -> [UInt8] {
        var csv = CSVWriter(header: ["thema"] + c.themes)
        for a in c.themes {
            csv.row([a] + c.themes.map { b in
                a == b ? String(c.themeUnits[a] ?? 0) : String(c.pair(a, b)?.association.both ?? 0)
            })
        }
        return csv.bytes
    }

    /// `speaker_roles.csv`: role category × theme and organisation type × theme, long format.
    public static func roles(_ tables: [RoleTable]) -> [UInt8] { roles(tables, stream: nil).bytes }

    public static func roles(_ tables: [RoleTable], stream: AtomicStream?) -> CSVWriter {
        var csv = CSVWriter(header: ["dimension", "group", "theme", "count", "group_quotes", "share", "keyness_g2", "p", "quote_ids"],
                            stream: stream)
        for table in tables {
            for cell in table.cells where cell.count > 0 {
                csv.row([table.dimension.rawValue, cell.group, cell.theme, String(cell.count), String(cell.groupQuotes),
                         decimal(cell.share), decimal(cell.keyness.g2), decimal(cell.keyness.p)], ids: cell.quotes)
            }
        }
        return csv
    }
}
