/// Theme name → its first position in the lexicon: tallies and tables count per index, not per name.
enum ThemeOrder {
    static func of(_ themes: [String]) -> [String: Int] {
        Dictionary(themes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
