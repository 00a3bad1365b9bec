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
        var builder = Builder(dimension, themes: themes)
        for q in quotes where q.repeatOf == nil && (includeInterviewer || q.speaker?.roleCategory != "interviewer") {
            builder.add(q.id, speaker: q.speaker, themes: q.themes)
        }
        self = builder.build()
    }

    /// Counts quotations as they come; only totals and the ids behind each cell are kept.
    public struct Builder: Sendable {
        let dimension: Dimension
        let themes: [String]
        private var rowTotals: [String: Int] = [:]
        private var columnTotals: [String: Int] = [:]
        private var ids: [String: [String: [String]]] = [:]
        private var total = 0

        public init(_ dimension: Dimension, themes: [String]) {
            self.dimension = dimension
            self.themes = themes
        }

        /// One counted quotation (repeats and, usually, interviewer turns are left out by the caller).
        public mutating func add(_ id: String, speaker: Person?, themes: [String]) {
            let g = (dimension == .roleCategory ? speaker?.roleCategory : speaker?.organisationType) ?? "onbekend"
            total += 1
            rowTotals[g, default: 0] += 1
            for t in themes {
                columnTotals[t, default: 0] += 1
                ids[g, default: [:]][t, default: []].append(id)
            }
        }

        public func build() -> RoleTable {
            let groups = rowTotals.keys.sorted { rowTotals[$0]! != rowTotals[$1]! ? rowTotals[$0]! > rowTotals[$1]! : $0 < $1 }
            var cells: [Cell] = []
            for g in groups {
                for t in themes {
                    let quoteIDs = ids[g]?[t] ?? []
                    let association = Association(both: quoteIDs.count, first: rowTotals[g]!, second: columnTotals[t] ?? 0, units: total)
                    cells.append(Cell(group: g, theme: t, count: quoteIDs.count, groupQuotes: rowTotals[g]!,
                                      share: Double(quoteIDs.count) / Double(rowTotals[g]!), keyness: association, quotes: quoteIDs))
                }
            }
            return RoleTable(dimension: dimension, groups: groups, themes: themes, cells: cells, totalQuotes: total)
        }
    }

    private init(dimension: Dimension, groups: [String], themes: [String], cells: [Cell], totalQuotes: Int) {
        self.dimension = dimension
        self.groups = groups
        self.themes = themes
        self.cells = cells
        self.totalQuotes = totalQuotes
    }

    public func cell(_ group: String, _ theme: String) -> Cell? { cells.first { $0.group == group && $0.theme == theme } }
}
