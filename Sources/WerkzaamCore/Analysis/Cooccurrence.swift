/// The unit in which two themes count as occurring together.
public enum CooccurrenceUnit: String, Sendable, CaseIterable {
    case quote, paragraph, document, speaker
}

/// Theme co-occurrence over a chosen unit: for each pair of themes, how often they share a unit,
/// with the association measures of `Association` and the units behind every count.
public struct Cooccurrence: Sendable {
    public struct Pair: Sendable, Equatable {
        public var first: String
        public var second: String
        public var association: Association
        /// Ids of the units both themes occur in (quote ids, `document#paragraph`, documents or speakers).
        public var units: UnitIDs
    }

    public var unit: CooccurrenceUnit
    public var themes: [String]
    /// How many units each theme occurs in.
    public var themeUnits: [String: Int]
    public var unitCount: Int
    public var pairs: [Pair]

    /// Builds the units from the analysis and counts every pair with at least `minimumCount` shared units.
    /// Repeated pull quotes count once; interviewer turns are left out unless `includeInterviewer`.
    public init(unit: CooccurrenceUnit, themes: [String], quotes: [QuoteRecord], matches: [MatchRecord],
                documents: [String], minimumCount: Int = 1, includeInterviewer: Bool = false) {
        var builder = Builder(themes: themes)
        let counted = quotes.filter { $0.repeatOf == nil && (includeInterviewer || $0.speaker?.roleCategory != "interviewer") }
        switch unit {
        case .quote:
            for q in counted { builder.add(q.id, themes: builder.indices(q.themes)) }
        case .speaker:
            var bySpeaker: [String: (label: String, themes: Set<Int>)] = [:]
            for q in counted {
                guard let p = q.speaker else { continue }
                bySpeaker[p.identity(in: q.document), default: (p.label(in: q.document), [])].themes.formUnion(builder.indices(q.themes))
            }
            for s in bySpeaker.sorted(by: { ($0.value.label, $0.key) < ($1.value.label, $1.key) }).map(\.value) {
                builder.add(s.label, themes: s.themes.sorted())
            }
        case .paragraph:
            builder.addParagraphs(matches)
        case .document:
            var byDocument: [String: Set<String>] = [:]
            for m in matches { byDocument[m.document, default: []].insert(m.theme) }
            for d in documents { builder.add(d, themes: builder.indices(Array(byDocument[d] ?? []))) }
        }
        self = builder.build(unit: unit, minimumCount: minimumCount)
    }

    /// Counts units as they come: each unit adds its own theme pairs, so the work is linear in units,
    /// and only the counts and the ids behind each pair are kept (in `ids`, which spills to disk). Copies
    /// share `ids`: keep adding to one copy only.
    public struct Builder: Sendable {
        public let themes: [String]
        private let order: [String: Int]
        private var unitCounts: [Int]
        /// Pair (i × themes + j) → its list in `ids`.
        private var shared: [Int: Int] = [:]
        private let ids: UnitIDLists
        private var units = 0

        public init(themes: [String], ids: UnitIDLists = UnitIDLists()) {
            self.themes = themes
            self.ids = ids
            order = ThemeOrder.of(themes)
            unitCounts = Array(repeating: 0, count: themes.count)
        }

        /// Sorted, distinct indices of the known themes among `names`.
        public func indices(_ names: [String]) -> [Int] {
            Array(Set(names.compactMap { order[$0] })).sorted()
        }

        /// One unit with its themes (sorted, distinct indices).
        public mutating func add(_ id: String, themes present: [Int]) {
            units += 1
            var lists: [Int] = []
            for (x, i) in present.enumerated() {
                unitCounts[i] += 1
                for j in present[(x + 1)...] {
                    let key = i * themes.count + j
                    if let list = shared[key] {
                        lists.append(list)
                    } else {
                        let list = ids.makeList()
                        shared[key] = list
                        lists.append(list)
                    }
                }
            }
            if !lists.isEmpty { ids.append(id, to: lists) }
        }

        /// Paragraph units (`document#paragraph`) of one document's hits, in the order their first hit comes.
        public mutating func addParagraphs(_ matches: [MatchRecord]) {
            var order: [String] = []
            var byParagraph: [String: [String]] = [:]
            for m in matches {
                let id = "\(m.document)#\(m.paragraph)"
                if byParagraph[id] == nil { order.append(id) }
                byParagraph[id, default: []].append(m.theme)
            }
            for id in order { add(id, themes: indices(byParagraph[id]!)) }
        }

        public func build(unit: CooccurrenceUnit, minimumCount: Int) -> Cooccurrence {
            var pairs: [Pair] = []
            for (key, list) in shared where ids.count(of: list) >= max(1, minimumCount) {
                let i = key / themes.count, j = key % themes.count
                let both = ids.ids(of: list)
                let association = Association(both: both.count, first: unitCounts[i], second: unitCounts[j], units: units)
                pairs.append(Pair(first: themes[i], second: themes[j], association: association, units: both))
            }
            pairs.sort { $0.association.both != $1.association.both ? $0.association.both > $1.association.both
                : ($0.first, $0.second) < ($1.first, $1.second) }
            var themeUnits: [String: Int] = [:]
            for (i, n) in unitCounts.enumerated() where n > 0 { themeUnits[themes[i]] = n }
            return Cooccurrence(unit: unit, themes: themes, themeUnits: themeUnits, unitCount: units, pairs: pairs)
        }
    }

    private init(unit: CooccurrenceUnit, themes: [String], themeUnits: [String: Int], unitCount: Int, pairs: [Pair]) {
        self.unit = unit
        self.themes = themes
        self.themeUnits = themeUnits
        self.unitCount = unitCount
        self.pairs = pairs
    }

    public func pair(_ a: String, _ b: String) -> Pair? {
        pairs.first { ($0.first == a && $0.second == b) || ($0.first == b && $0.second == a) }
    }
}
