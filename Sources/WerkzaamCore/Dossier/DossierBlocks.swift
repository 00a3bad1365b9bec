/// The dossier as a list of blocks, so the Markdown and the Word version say exactly the same thing.
public enum DossierBlock: Sendable, Equatable {
    case heading(level: Int, text: String)
    case paragraph(String, italic: Bool)
    case quote(text: String, citation: String)
    case bullet(String)
    case table(header: [String], rows: [[String]])
}

extension DossierDraft {
    /// The draft in reading order, in Dutch.
    public var blocks: [DossierBlock] {
        var b: [DossierBlock] = [.heading(level: 1, text: title)]
        b.append(.paragraph("Concept, samengesteld door Werkzaam uit de citaten in het project. Elke bewering hieronder is een citaat of een telling, met bron.", italic: true))
        b.append(.heading(level: 2, text: "Samenvatting in cijfers"))
        b.append(.bullet("Documenten: \(documents)"))
        b.append(.bullet("Citaten en beurten (herhalingen één keer, interviewers niet): \(quotesCounted)"))
        b.append(.bullet("Citaten over \(focus.joined(separator: " of ")): \(focusQuotes)"))
        b.append(.table(header: ["Rolcategorie", "Sprekers"], rows: speakersByRole.map { [$0.role, String($0.speakers)] }))
        b.append(.heading(level: 2, text: "Werkzame elementen"))
        b.append(.paragraph("Thema's die vaker dan toevallig samen met \(focus.joined(separator: " en ")) worden genoemd, sterkste verband eerst.", italic: false))
        for e in elements {
            b.append(.heading(level: 3, text: e.theme))
            let npmi = AnalysisCSV.decimal(e.association.npmi, places: 2), g2 = AnalysisCSV.decimal(e.association.g2, places: 1)
            b.append(.paragraph("Samen genoemd in \(e.association.both) citaten (NPMI \(npmi), G² \(g2)).", italic: true))
            b += Self.quotes(e.evidence)
        }
        b.append(.heading(level: 2, text: "Succesfactoren"))
        b += successes.isEmpty ? [.paragraph("Geen citaten met signaalwoorden voor succes.", italic: true)] : Self.quotes(successes)
        b.append(.heading(level: 2, text: "Knelpunten"))
        b += obstacles.isEmpty ? [.paragraph("Geen citaten met signaalwoorden voor knelpunten.", italic: true)] : Self.quotes(obstacles)
        b.append(.heading(level: 2, text: "Perspectieven per rol"))
        for (role, evidence) in perspectives {
            b.append(.heading(level: 3, text: role))
            b += evidence.isEmpty ? [.paragraph("Geen citaten van deze groep.", italic: true)] : Self.quotes(evidence)
        }
        b.append(.heading(level: 2, text: "Open vragen"))
        b += openQuestions.isEmpty ? [.paragraph("Geen.", italic: true)] : openQuestions.map { .bullet($0) }
        b.append(.heading(level: 2, text: "Bronnen"))
        for r in sources {
            let details = [r.title, r.metadata.date, r.metadata.url].compactMap { $0 }.joined(separator: ", ")
            b.append(.bullet(r.path + (details.isEmpty ? "" : ": " + details)))
        }
        return b
    }

    static func quotes(_ evidence: [Evidence]) -> [DossierBlock] {
        evidence.map { .quote(text: ReportModel.oneLine($0.text), citation: $0.citation) }
    }
}
