import ArgumentParser
import WerkzaamCore

/// `--lexicons`, shared by every command that reads the lexicons.
struct LexiconOptions: ParsableArguments {
    @Option(help: "Folder with the lexicons (themes.yaml, speech-verbs.yaml, roles.yaml, organisations.yaml).")
    var lexicons: String = "lexicons"
}

/// How the statistics are computed, shared by `analyze` and `report`.
struct StatisticsOptions: ParsableArguments {
    @Option(help: "Co-occurrence unit: quote, paragraph, document or speaker.")
    var unit: String = "quote"

    @Option(help: "Leave theme pairs out when they share fewer units than this.")
    var minCount: Int = 1

    var cooccurrenceUnit: CooccurrenceUnit { CooccurrenceUnit(rawValue: unit) ?? .quote }

    func validate() throws {
        guard CooccurrenceUnit(rawValue: unit) != nil else { throw ValidationError("--unit must be quote, paragraph, document or speaker") }
        guard minCount >= 1 else { throw ValidationError("--min-count must be at least 1") }
    }
}
