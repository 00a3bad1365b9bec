/// The dossier draft as Markdown, in Dutch, with a citation under every quotation.
public enum DossierMarkdown {
    public static func render(_ d: DossierDraft) -> String {
        var s = "# \(d.title)\n\n"
        s += "_Concept, samengesteld door Werkzaam uit de citaten in het project. Elke bewering hieronder is een citaat of een telling, met bron._\n\n"
        s += "## Samenvatting in cijfers\n\n"
        s += "- Documenten: \(d.documents)\n- Citaten en beurten (herhalingen één keer, interviewers niet): \(d.quotesCounted)\n"
        s += "- Citaten over \(d.focus.joined(separator: " of ")): \(d.focusQuotes)\n\n"
        s += "| Rolcategorie | Sprekers |\n| --- | ---: |\n"
        for (role, n) in d.speakersByRole { s += "| \(role) | \(n) |\n" }
        s += "\n## Werkzame elementen\n\n"
        s += "Thema's die vaker dan toevallig samen met \(d.focus.joined(separator: " en ")) worden genoemd, sterkste verband eerst.\n"
        for e in d.elements {
            s += "\n### \(e.theme)\n\n"
            s += "_Samen genoemd in \(e.association.both) citaten (NPMI \(AnalysisCSV.decimal(e.association.npmi, places: 2)), G² \(AnalysisCSV.decimal(e.association.g2, places: 1)))._\n\n"
            s += quotes(e.evidence)
        }
        s += "\n## Succesfactoren\n\n" + (d.successes.isEmpty ? "_Geen citaten met signaalwoorden voor succes._\n" : quotes(d.successes))
        s += "\n## Knelpunten\n\n" + (d.obstacles.isEmpty ? "_Geen citaten met signaalwoorden voor knelpunten._\n" : quotes(d.obstacles))
        s += "\n## Perspectieven per rol\n"
        for (role, evidence) in d.perspectives {
            s += "\n### \(role)\n\n" + (evidence.isEmpty ? "_Geen citaten van deze groep._\n" : quotes(evidence))
        }
        s += "\n## Open vragen\n\n"
        s += d.openQuestions.isEmpty ? "_Geen._\n" : d.openQuestions.map { "- \($0)" }.joined(separator: "\n") + "\n"
        s += "\n## Bronnen\n\n"
        for r in d.sources {
            let details = [r.title, r.metadata.date, r.metadata.url].compactMap { $0 }.joined(separator: ", ")
            s += "- \(r.path)\(details.isEmpty ? "" : ": " + details)\n"
        }
        return s
    }

    static func quotes(_ evidence: [DossierDraft.Evidence]) -> String {
        evidence.map { "> \($0.text.replacingOccurrences(of: "\n", with: " "))\n>\n> \($0.citation)\n" }.joined(separator: "\n")
    }
}

import Foundation
