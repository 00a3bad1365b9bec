import ArgumentParser
import Foundation
import WerkzaamCore

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score quotes.jsonl against gold annotations: quote P/R/F1, speaker accuracy, attribution F1.",
        discussion: "GOLD is a JSONL file of {document, kind, text, speaker, role_category, organisation_type}; OUT is an analyze output folder."
    )

    @Argument(help: "Gold annotations (JSONL).")
    var gold: String

    @Argument(help: "The output folder of `werkzaam analyze` (its quotes.jsonl).")
    var out: String

    @Flag(name: .shortAndLong, help: "List every miss, extra and wrong speaker.")
    var verbose = false

    func run() throws {
        let goldItems: [Scorer.Item]
        let predicted: [Scorer.Item]
        do {
            goldItems = try Scorer.load(jsonl: gold, gold: true)
            predicted = try Scorer.load(jsonl: out + "/quotes.jsonl", gold: false)
        } catch {
            throw ValidationError("cannot read \(gold) or \(out)/quotes.jsonl: \(error.localizedDescription)")
        }
        let scores = Scorer.score(gold: goldItems, predicted: predicted)
        print(Scorer.report(scores, title: "\(gold) against \(out)/quotes.jsonl"), terminator: "")
        if verbose { scores.errors.forEach { print("  " + $0) } }
    }
}
