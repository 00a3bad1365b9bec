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
        public var quotes: UnitIDs
    }

    public var dimension: Dimension
    public var groups: [String]
    /// Quotations per group, in the order of `groups` (the row totals, also with no theme in the table).
    public var groupQuotes: [Int]
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

    /// Counts quotations as they come; only totals and the ids behind each cell are kept, per group and
    /// theme index (the ids in `ids`, which spills to disk; copies share it).
    public struct Builder: Sendable {
        let dimension: Dimension
        let themes: [String]
        private let order: [String: Int]
        private var groups: [String] = []
        private var groupIndex: [String: Int] = [:]
        private var rowTotals: [Int] = []
        private var columnTotals: [Int]
        /// group × themes.count + theme → its list in `ids`.
        private var cellLists: [Int] = []
        private let ids: UnitIDLists
        private var total = 0

        public init(_ dimension: Dimension, themes: [String], ids: UnitIDLists = UnitIDLists()) {
            self.dimension = dimension
            self.themes = themes
            self.ids = ids
            order = ThemeOrder.of(themes)
            columnTotals = Array(repeating: 0, count: themes.count)
        }

        /// The group a speaker counts under; "onbekend" without one.
        public func group(of speaker: Person?) -> String {
            (dimension == .roleCategory ? speaker?.roleCategory : speaker?.organisationType) ?? "onbekend"
        }

        /// One counted quotation (repeats and, usually, interviewer turns are left out by the caller).
        public mutating func add(_ id: String, speaker: Person?, themes names: [String]) {
            add(id, group: group(of: speaker), themes: names.compactMap { order[$0] })
        }

        /// One counted quotation with its theme indices (as often as it carries them). Returns the fewest
        /// quotations any of its cells held before it (`Int.max` without themes).
        @discardableResult
        public mutating func add(_ id: String, group name: String, themes present: [Int]) -> Int {
            let g: Int
            if let known = groupIndex[name] {
                g = known
            } else {
                g = groups.count
                groupIndex[name] = g
                groups.append(name)
                rowTotals.append(0)
                for _ in themes { cellLists.append(ids.makeList()) }
            }
            total += 1
            rowTotals[g] += 1
            var fewest = Int.max
            var lists: [Int] = []
            lists.reserveCapacity(present.count)
            for t in present {
                columnTotals[t] += 1
                let list = cellLists[g * themes.count + t]
                fewest = min(fewest, ids.count(of: list))
                lists.append(list)
            }
            ids.append(id, to: lists)
            return fewest
        }

        public func build() -> RoleTable {
            let sorted = groups.indices.sorted { rowTotals[$0] != rowTotals[$1] ? rowTotals[$0] > rowTotals[$1] : groups[$0] < groups[$1] }
            var cells: [Cell] = []
            for g in sorted {
                for (t, theme) in themes.enumerated() {
                    let quoteIDs = ids.ids(of: cellLists[g * themes.count + t])
                    let association = Association(both: quoteIDs.count, first: rowTotals[g], second: columnTotals[t], units: total)
                    cells.append(Cell(group: groups[g], theme: theme, count: quoteIDs.count, groupQuotes: rowTotals[g],
                                      share: Double(quoteIDs.count) / Double(rowTotals[g]), keyness: association, quotes: quoteIDs))
                }
            }
            return RoleTable(dimension: dimension, groups: sorted.map { groups[$0] }, groupQuotes: sorted.map { rowTotals[$0] }, themes: themes,
                             cells: cells, totalQuotes: total)
        }
    }

    private init(dimension: Dimension, groups: [String], groupQuotes: [Int], themes: [String], cells: [Cell], totalQuotes: Int) {
        self.dimension = dimension
        self.groups = groups
        self.groupQuotes = groupQuotes
        self.themes = themes
        self.cells = cells
        self.totalQuotes = totalQuotes
    }

    public func cell(_ group: String, _ theme: String) -> Cell? { cells.first { $0.group == group && $0.theme == theme } }
}
