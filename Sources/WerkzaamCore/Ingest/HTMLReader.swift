import CLibXML2

/// Reads an HTML page through libxml2's HTML parser and keeps the article text only.
///
/// The main content is `<article>` (the largest), else `<main>`, else the block that holds the most
/// paragraph text. Inside it, scripts, navigation, forms, share bars, cookie banners and hidden elements
/// are dropped. Block elements become paragraphs; headings, blockquotes, pull quotes and list items are
/// marked; a bold run that opens a paragraph is kept as a label marker.
enum HTMLReader {
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)

    static func read(_ bytes: [UInt8]) throws(IngestError) -> (Document, [String]) {
        LibXML.prepareThread()
        var warnings: [String] = []
        let encoding = declaredEncoding(bytes, warnings: &warnings)
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { p in
                htmlReadMemory(p, Int32(clamping: b.count), nil, encoding, options)
            }
        }
        guard let doc = parsed else { throw IngestError("HTML could not be parsed at all") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw IngestError("HTML has no elements") }
        var metadata = HTMLHead.read(root)
        var content = MainContent.find(root)
        var walker = HTMLTextWalker()
        walker.walk(content.node)
        var document = walker.finish()
        if document.paragraphs.isEmpty {
            // `<div class="nieuwsbrief">` around a whole newsletter page: a class, id or role name marks furniture
            // only beside the content, so a page that has nothing left without it is read again without names.
            content = MainContent.find(root, namesMarkChrome: false)
            var again = HTMLTextWalker(namesMarkChrome: false)
            again.walk(content.node)
            document = again.finish()
            if !document.paragraphs.isEmpty {
                warnings.append("all text is inside elements whose class, id or role names page furniture; read them all")
            }
        }
        guard !document.paragraphs.isEmpty else { throw IngestError("no readable text in the HTML") }
        if metadata.title == nil {
            metadata.title = document.paragraphs.first(where: { $0.kind == .heading(level: 1) }).map { document.string($0.span) }
        }
        if metadata.date == nil { metadata.date = HTMLHead.firstTime(in: content.node) }
        if !content.found { warnings.append("no <article> or <main>; took the densest text block") }
        var result = document
        result.metadata = metadata
        return (result, warnings)
    }

    /// libxml2 assumes ISO-8859-1 when a page declares no charset; most Dutch pages without one are UTF-8.
    static func declaredEncoding(_ bytes: [UInt8], warnings: inout [String]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return nil
        }
        let head = bytes.prefix(4096).map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) }
        if head.firstRange(of: Array("charset".utf8)) != nil { return nil }
        let valid = bytes.withUnsafeBufferPointer { UTF8Validation.scan($0, limit: $0.count).invalidBytes == 0 }
        if !valid { warnings.append("no charset declared and not valid UTF-8; read as Windows-1252") }
        return valid ? "UTF-8" : "windows-1252"
    }
}

/// Finds the element that holds the article.
enum MainContent {
    struct Choice { var node: xmlNodePtr; var found: Bool }

    /// `namesMarkChrome`: whether class, id and role names (`sidebar`, `nieuwsbrief`) mark page furniture.
    static func find(_ root: xmlNodePtr, namesMarkChrome: Bool = true) -> Choice {
        var articles: [xmlNodePtr] = []
        var mains: [xmlNodePtr] = []
        var body: xmlNodePtr?
        var scores: BlockScores?
        collect(root, articles: &articles, mains: &mains, body: &body, scores: &scores, inChrome: false, names: namesMarkChrome)
        if articles.count == 1 { return Choice(node: articles[0], found: true) }
        if let best = articles.max(by: { textLength($0) < textLength($1) }), textLength(best) > 0 {
            return Choice(node: best, found: true)
        }
        if let main = mains.first { return Choice(node: main, found: true) }
        // No landmark: score the blocks by the paragraph text they hold (a second walk, only for such pages).
        scores = BlockScores()
        collect(root, articles: &articles, mains: &mains, body: &body, scores: &scores, inChrome: false, names: namesMarkChrome)
        if let densest = scores?.best {
            return Choice(node: densest, found: false)
        }
        return Choice(node: body ?? root, found: false)
    }

    private static func collect(_ node: xmlNodePtr, articles: inout [xmlNodePtr], mains: inout [xmlNodePtr],
                                body: inout xmlNodePtr?, scores: inout BlockScores?, inChrome: Bool, names: Bool) {
        var child = node.pointee.children
        while let c = child {
            defer { child = c.pointee.next }
            guard c.pointee.type == XML_ELEMENT_NODE, let name = c.pointee.name else { continue }
            let tag = HTMLTag.of(name)
            if tag.isSkipped || HTMLChrome.isHidden(c) { continue }
            let chrome = inChrome || tag == .header || tag == .footer || tag == .aside || (names && HTMLChrome.isChrome(c))
            switch tag {
            case .body: body = c
            case .article where !chrome: articles.append(c)
            case .main where !chrome: mains.append(c)
            default:
                if !chrome, let role = LibXML.attribute(c, "role"), LibXML.strcmp(role, "main") { mains.append(c) }
            }
            if scores != nil, tag == .p, !chrome, let parent = c.pointee.parent {
                let length = LibXML.textLength(of: c)
                scores!.add(length, to: parent)
                if let grand = parent.pointee.parent { scores!.add(length / 2, to: grand) }
            }
            collect(c, articles: &articles, mains: &mains, body: &body, scores: &scores, inChrome: chrome, names: names)
        }
    }

    private static func textLength(_ node: xmlNodePtr) -> Int { LibXML.textLength(of: node) }

    /// Paragraph text per block; ties go to the block met first, so the choice never depends on addresses.
    struct BlockScores {
        private var index: [xmlNodePtr: Int] = [:]
        private var entries: [(node: xmlNodePtr, score: Int)] = []

        mutating func add(_ score: Int, to node: xmlNodePtr) {
            if let k = index[node] {
                entries[k].score += score
            } else {
                index[node] = entries.count
                entries.append((node, score))
            }
        }

        var best: xmlNodePtr? {
            var result: (node: xmlNodePtr, score: Int)?
            for e in entries where e.score > (result?.score ?? 0) { result = e }
            return result?.node
        }
    }
}

/// Page furniture recognised by class and id names, and elements hidden from readers.
enum HTMLChrome {
    static let chromeWords: [[UInt8]] = [
        "cookie", "consent", "gdpr", "breadcrumb", "newsletter", "nieuwsbrief", "social", "share", "sharing",
        "deel-", "sidebar", "related", "gerelateerd", "advert", "advertentie", "promo", "comment", "reactie",
        "pagination", "paginering", "skip", "sr-only", "visually-hidden", "screen-reader", "site-header",
        "site-footer", "menu", "navbar", "navigation", "navigatie", "banner", "popup", "modal", "toolbar",
        "tekstgrootte", "font-size", "print-", "tags", "byline", "auteur-info", "meta-info", "datum", "dateline", "pubdate", "timestamp", "post-meta",
        "entry-meta", "article-meta",
    ].map { Array($0.utf8) }

    static let pullQuoteWords: [[UInt8]] = ["pullquote", "pull-quote", "pull_quote", "streamer", "uitlichting",
                                            "inzet-quote", "quote-block", "highlight-quote", "citaat"].map { Array($0.utf8) }

    static func isChrome(_ node: xmlNodePtr) -> Bool {
        if isPullQuote(node) { return false }
        if let cls = LibXML.attribute(node, "class"), LibXML.contains(cls, anyOf: chromeWords) { return true }
        if let id = LibXML.attribute(node, "id"), LibXML.contains(id, anyOf: chromeWords) { return true }
        if let role = LibXML.attribute(node, "role"),
           LibXML.strcmp(role, "navigation") || LibXML.strcmp(role, "banner") || LibXML.strcmp(role, "contentinfo")
            || LibXML.strcmp(role, "complementary") || LibXML.strcmp(role, "search") {
            return true
        }
        return false
    }

    static func isPullQuote(_ node: xmlNodePtr) -> Bool {
        if let cls = LibXML.attribute(node, "class"), LibXML.contains(cls, anyOf: pullQuoteWords) { return true }
        return false
    }

    static func isHidden(_ node: xmlNodePtr) -> Bool {
        if LibXML.attribute(node, "hidden") != nil { return true }
        if let aria = LibXML.attribute(node, "aria-hidden"), LibXML.strcmp(aria, "true") { return true }
        if let style = LibXML.attribute(node, "style"),
           LibXML.contains(style, anyOf: [Array("display:none".utf8), Array("display: none".utf8),
                                          Array("visibility:hidden".utf8)]) {
            return true
        }
        return false
    }
}
