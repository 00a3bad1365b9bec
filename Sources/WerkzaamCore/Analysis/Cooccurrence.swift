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
        public var units: [String]
    }

    public var unit: CooccurrenceUnit
    public var themes: [String]
    /// Units each theme occurs in.
    public var themeUnits: [String: [String]]
    public var unitCount: Int
    public var pairs: [Pair]

    /// Builds the units from the analysis and counts every pair with at least `minimumCount` shared units.
    /// Repeated pull quotes count once; interviewer turns are left out unless `includeInterviewer`.
    public init(unit: CooccurrenceUnit, themes: [String], quotes: [QuoteRecord], matches: [MatchRecord],
                documents: [String], minimumCount: Int = 1, includeInterviewer: Bool = false) {
        let counted = quotes.filter { $0.repeatOf == nil && (includeInterviewer || $0.speaker?.roleCategory != "interviewer") }
        var sets: [Unit] = []
        switch unit {
        case .quote, .speaker:
            sets = Self.units(unit, counted: counted)
        case .paragraph:
            sets = Self.paragraphUnits(matches)
        case .document:
            var byDocument: [String: Set<String>] = [:]
            for m in matches { byDocument[m.document, default: []].insert(m.theme) }
            sets = documents.map { Unit(id: $0, themes: byDocument[$0] ?? []) }
        }
        self.init(unit: unit, themes: themes, units: sets, minimumCount: minimumCount)
    }

    /// One unit and the themes in it.
    public struct Unit: Sendable {
        public var id: String
        public var themes: Set<String>
    }

    /// Quotation units (in order) or speaker units (by name) from counted quotations.
    public static func units(_ unit: CooccurrenceUnit, counted: [QuoteRecord]) -> [Unit] {
        if unit == .quote { return counted.map { Unit(id: $0.id, themes: Set($0.themes)) } }
        var bySpeaker: [String: Set<String>] = [:]
        for q in counted { if let name = q.speaker?.name { bySpeaker[name, default: []].formUnion(q.themes) } }
        return bySpeaker.keys.sorted().map { Unit(id: $0, themes: bySpeaker[$0]!) }
    }

    /// Paragraph units (`document#paragraph`) in the order their first hit comes.
    public static func paragraphUnits(_ matches: [MatchRecord]) -> [Unit] {
        var byParagraph: [String: Int] = [:]
        var sets: [Unit] = []
        for m in matches {
            let id = "\(m.document)#\(m.paragraph)"
            if let k = byParagraph[id] { sets[k].themes.insert(m.theme); continue }
            byParagraph[id] = sets.count
            sets.append(Unit(id: id, themes: [m.theme]))
        }
        return sets
    }

    /// Counts every pair of themes with at least `minimumCount` shared units.
    public init(unit: CooccurrenceUnit, themes: [String], units sets: [Unit], minimumCount: Int = 1) {
        self.unit = unit
        self.themes = themes
        unitCount = sets.count
        var themeUnits: [String: [String]] = [:]
        for s in sets { for t in s.themes { themeUnits[t, default: []].append(s.id) } }
        self.themeUnits = themeUnits
        // Each unit adds its own theme pairs: linear in units, not units × pairs.
        let order = Dictionary(uniqueKeysWithValues: themes.enumerated().map { ($1, $0) })
        var shared: [Int: [String]] = [:]
        for s in sets {
            let present = s.themes.compactMap { order[$0] }.sorted()
            for (x, i) in present.enumerated() {
                for j in present[(x + 1)...] { shared[i * themes.count + j, default: []].append(s.id) }
            }
        }
        var pairs: [Pair] = []
        for (key, units) in shared where units.count >= max(1, minimumCount) {
            let a = themes[key / themes.count], b = themes[key % themes.count]
            let association = Association(both: units.count, first: themeUnits[a]?.count ?? 0,
                                          second: themeUnits[b]?.count ?? 0, units: sets.count)
            pairs.append(Pair(first: a, second: b, association: association, units: units))
        }
        self.pairs = pairs.sorted { $0.association.both != $1.association.both ? $0.association.both > $1.association.both
            : ($0.first, $0.second) < ($1.first, $1.second) }
    }

    public func pair(_ a: String, _ b: String) -> Pair? {
        pairs.first { ($0.first == a && $0.second == b) || ($0.first == b && $0.second == a) }
    }
}
