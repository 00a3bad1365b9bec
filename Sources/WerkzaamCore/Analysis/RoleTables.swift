/// Who talks about what: role category × theme and organisation type × theme, with counts, the share of
/// the group's quotations, and keyness (signed G²: does this group raise the theme more than the others?).
public struct RoleTable: Sendable {
    public enum Dimension: String, Sendable { case roleCategory = "role_category", organisationType = "organisation_type" }

    public struct Cell: Sendable, Equatable {
        public var group: String
        public var theme: String
        public var count: Int
        /// Quotations of the group (the row total).
        public var groupQuotes: Int
        public var share: Double
        public var keyness: Association
        public var quotes: [String]
    }

    public var dimension: Dimension
    public var groups: [String]
    public var themes: [String]
    public var cells: [Cell]
    public var totalQuotes: Int

    /// Counts quotations (repeats once; interviewer turns left out unless `includeInterviewer`); a quotation
    /// without a known group counts under "onbekend".
    public init(_ dimension: Dimension, themes: [String], quotes: [QuoteRecord], includeInterviewer: Bool = false) {
        self.dimension = dimension
        self.themes = themes
        let counted = quotes.filter { $0.repeatOf == nil && (includeInterviewer || $0.speaker?.roleCategory != "interviewer") }
        totalQuotes = counted.count
        func group(_ q: QuoteRecord) -> String {
            (dimension == .roleCategory ? q.speaker?.roleCategory : q.speaker?.organisationType) ?? "onbekend"
        }
        var rowTotals: [String: Int] = [:]
        var columnTotals: [String: Int] = [:]
        var ids: [String: [String: [String]]] = [:]
        for q in counted {
            let g = group(q)
            rowTotals[g, default: 0] += 1
            for t in q.themes {
                columnTotals[t, default: 0] += 1
                ids[g, default: [:]][t, default: []].append(q.id)
            }
        }
        groups = rowTotals.keys.sorted { rowTotals[$0]! != rowTotals[$1]! ? rowTotals[$0]! > rowTotals[$1]! : $0 < $1 }
        var cells: [Cell] = []
        for g in groups {
            for t in themes {
                let quoteIDs = ids[g]?[t] ?? []
                let association = Association(both: quoteIDs.count, first: rowTotals[g]!, second: columnTotals[t] ?? 0, units: counted.count)
                cells.append(Cell(group: g, theme: t, count: quoteIDs.count, groupQuotes: rowTotals[g]!,
                                  share: Double(quoteIDs.count) / Double(rowTotals[g]!), keyness: association, quotes: quoteIDs))
            }
        }
        self.cells = cells
    }

    public func cell(_ group: String, _ theme: String) -> Cell? { cells.first { $0.group == group && $0.theme == theme } }
}
