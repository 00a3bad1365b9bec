import Foundation
import ZIPFoundation

/// The dossier draft as a Word document that staff edit further: Word's own heading styles (so the navigation
/// pane and a table of contents work), the Quote style for quotations, a real bulleted list and table.
/// The package is deterministic: fixed entry dates and order, no timestamps in docProps.
public enum DossierDocx {
    public static func render(_ d: DossierDraft) throws -> [UInt8] {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", core(title: d.title)),
            ("word/document.xml", document(d.blocks)),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
            ("word/_rels/document.xml.rels", documentRelationships),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: 315_532_800) // 1980-01-01, the ZIP epoch
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    static let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    /// XML text: escaped, without the control characters XML 1.0 forbids.
    static func text(_ s: String) -> String {
        ReportHTML.esc(String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" })))
    }

    static func run(_ s: String, italic: Bool = false) -> String {
        "<w:r>" + (italic ? "<w:rPr><w:i/></w:rPr>" : "") + #"<w:t xml:space="preserve">"# + text(s) + "</w:t></w:r>"
    }

    static func paragraph(_ s: String, style: String? = nil, italic: Bool = false, numbered: Bool = false) -> String {
        var props = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
        if numbered { props += #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"# }
        return "<w:p>" + (props.isEmpty ? "" : "<w:pPr>\(props)</w:pPr>") + run(s, italic: italic) + "</w:p>"
    }

    static func document(_ blocks: [DossierBlock]) -> String {
        var body = ""
        for block in blocks {
            switch block {
            case .heading(let level, let s): body += paragraph(s, style: level == 1 ? "Title" : "Heading\(level - 1)")
            case .paragraph(let s, let italic): body += paragraph(s, italic: italic)
            case .quote(let s, let citation): body += paragraph(s, style: "Quote") + paragraph(citation, style: "Bronvermelding")
            case .bullet(let s): body += paragraph(s, style: "ListBullet", numbered: true)
            case .table(let head, let rows): body += table(head, rows)
            }
        }
        let section = #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>"#
        return header + "<w:document \(w)><w:body>" + body + section + "</w:body></w:document>"
    }

    static func table(_ head: [String], _ rows: [[String]]) -> String {
        func row(_ cells: [String], header: Bool) -> String {
            "<w:tr>" + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "") + cells.enumerated().map { i, c in
                let align = i > 0 ? #"<w:jc w:val="right"/>"# : ""
                let r = header ? "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(text(c))</w:t></w:r>" : run(c)
                return "<w:tc><w:p><w:pPr><w:spacing w:after=\"0\"/>\(align)</w:pPr>\(r)</w:p></w:tc>"
            }.joined() + "</w:tr>"
        }
        let grid = "<w:tblGrid>" + head.indices.map { _ in #"<w:gridCol w:w="2800"/>"# }.joined() + "</w:tblGrid>"
        return "<w:p/>" + #"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>"# + grid
            + row(head, header: true) + rows.map { row($0, header: false) }.joined() + "</w:tbl>" + "<w:p/>"
    }

    static let contentTypes = header + #"""
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
    """#

    static let packageRelationships = header + #"""
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
    """#

    static let documentRelationships = header + #"""
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>
    """#

    static func core(title: String) -> String {
        header + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>"#
            + text(title) + "</dc:title><dc:creator>Werkzaam</dc:creator><dc:language>nl-NL</dc:language></cp:coreProperties>"
    }

    /// Style ids in English with their built-in names, so a Dutch Word shows them as Kop 1, Citaat, Lijstopsommingsteken.
    static let styles = header + "<w:styles \(w)>" + #"""
    <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:sz w:val="48"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:after="40"/><w:ind w:left="567" w:right="567"/></w:pPr><w:rPr><w:i/></w:rPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="Bronvermelding"><w:name w:val="Bronvermelding"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="200"/><w:ind w:left="567"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="40"/></w:pPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>
    """#

    static let numbering = header + "<w:numbering \(w)>" + #"""
    <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
    """#
}
