/// The dossier draft as Markdown, in Dutch, with a citation under every quotation.
public enum DossierMarkdown {
    public static func render(_ d: DossierDraft) -> String {
        var s = ""
        var previous: DossierBlock?
        for block in d.blocks {
            // A blank line between blocks, except inside a run of bullets.
            if let previous {
                if case .bullet = previous, case .bullet = block { } else { s += "\n" }
            }
            switch block {
            case .heading(let level, let text): s += String(repeating: "#", count: level) + " \(text)\n"
            case .paragraph(let text, let italic): s += italic ? "_\(text)_\n" : "\(text)\n"
            case .quote(let text, let citation): s += "> \(text)\n>\n> \(citation)\n"
            case .bullet(let text): s += "- \(text)\n"
            case .table(let header, let rows):
                s += "| " + header.joined(separator: " | ") + " |\n| --- |" + String(repeating: " ---: |", count: header.count - 1) + "\n"
                for row in rows { s += "| " + row.joined(separator: " | ") + " |\n" }
            }
            previous = block
        }
        return s
    }
}
