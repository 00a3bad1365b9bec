import CLibXML2

/// Reads a Word document: paragraphs of `word/document.xml` in order, headings and quotes from styles,
/// and a bold run at the start of a paragraph as a label marker. Footnotes, comments, deleted text and
/// field codes are skipped. XML is parsed with libxml2 without entity expansion, DTD loading or network.
enum DocxReader {
    static func read(_ bytes: [UInt8], limits: ReadLimits) throws(IngestError) -> (Document, [String]) {
        LibXML.prepareThread()
        var warnings: [String] = []
        let archive = try DocxArchive(bytes, limits: limits)
        let mainPath = try mainDocumentPath(archive)
        guard let main = try archive.part(mainPath) else {
            throw IngestError("not a Word document: \(mainPath) is missing from the archive")
        }
        let styles = try archive.part("word/styles.xml").map { xml throws(IngestError) in
            try XMLPart.parse(xml, name: "word/styles.xml", warnings: &warnings) { DocxStyles(root: $0) }
        } ?? DocxStyles()
        var document = try XMLPart.parse(main, name: mainPath, warnings: &warnings) { root in
            var walker = DocxTextWalker(styles: styles)
            walker.walk(root)
            return walker.builder.document
        }
        if let core = try archive.part("docProps/core.xml") {
            document.metadata = try XMLPart.parse(core, name: "docProps/core.xml", warnings: &warnings, CoreProperties.read)
        }
        guard !document.paragraphs.isEmpty else { throw IngestError("no text in the Word document") }
        if document.metadata.title == nil {
            document.metadata.title = document.paragraphs.first(where: { if case .heading = $0.kind { true } else { false } })
                .map { document.string($0.span) }
        }
        return (document, warnings)
    }

    /// The main part named by the package relationships; `word/document.xml` in practice.
    private static func mainDocumentPath(_ archive: DocxArchive) throws(IngestError) -> String {
        guard let rels = try archive.part("_rels/.rels") else { return "word/document.xml" }
        var ignored: [String] = []
        let target = try? XMLPart.parse(rels, name: "_rels/.rels", warnings: &ignored) { root -> String? in
            var child = root.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE,
                   let type = LibXML.attributeString(c, "Type"), type.hasSuffix("/officeDocument"),
                   let target = LibXML.attributeString(c, "Target") {
                    return target.hasPrefix("/") ? String(target.dropFirst()) : target
                }
                child = c.pointee.next
            }
            return nil
        }
        return (target ?? nil) ?? "word/document.xml"
    }
}

/// Parses one XML part safely and hands its root element to `body` while the tree is alive.
enum XMLPart {
    /// NONET, no NOENT, no DTDLOAD: entities stay unexpanded and nothing outside the file is read (DESIGN §9).
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_NOERROR.rawValue)

    static func parse<T>(_ bytes: [UInt8], name: String, warnings: inout [String],
                         _ body: (xmlNodePtr) throws(IngestError) -> T) throws(IngestError) -> T {
        guard let context = xmlNewParserCtxt() else { throw IngestError("out of memory parsing \(name)") }
        defer { xmlFreeParserCtxt(context) }
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { p in
                xmlCtxtReadMemory(context, p, Int32(clamping: b.count), name, nil, options)
            }
        }
        guard let doc = parsed, context.pointee.wellFormed != 0 else {
            if let doc = parsed { xmlFreeDoc(doc) }
            let error = context.pointee.lastError
            if error.code == Int32(XML_ERR_ENTITY_LOOP.rawValue) {
                throw IngestError("entity bomb: \(name) declares nested entity expansions; refused without expanding them")
            }
            let message = error.message.map { String(cString: $0).trimmingTrailingNewline } ?? "not well-formed"
            throw IngestError("damaged .docx: \(name) is not well-formed XML (line \(error.line): \(message))")
        }
        defer { xmlFreeDoc(doc) }
        if doc.pointee.intSubset != nil {
            warnings.append("\(name) declares a DTD (Word never does); its entities were not expanded")
        }
        guard let root = xmlDocGetRootElement(doc) else { throw IngestError("\(name) is empty") }
        return try body(root)
    }
}

extension String {
    var trimmingTrailingNewline: String {
        var s = self
        while s.last == "\n" { s.removeLast() }
        return s
    }
}

/// Title, author and date from `docProps/core.xml`.
enum CoreProperties {
    static func read(_ root: xmlNodePtr) -> DocumentMetadata {
        var m = DocumentMetadata()
        var child = root.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, let name = c.pointee.name {
                let value = LibXML.text(of: c)
                if !value.isEmpty {
                    if LibXML.strcmp(name, "title") { m.title = value }
                    if LibXML.strcmp(name, "creator") { m.author = value }
                    if LibXML.strcmp(name, "created") { m.date = value }
                    if LibXML.strcmp(name, "description") { m.description = value }
                    if LibXML.strcmp(name, "language") { m.language = value }
                }
            }
            child = c.pointee.next
        }
        return m
    }
}
