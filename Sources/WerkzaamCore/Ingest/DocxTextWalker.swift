import CLibXML2

/// Walks WordprocessingML (`w:body`) in document order, one paragraph per `w:p` (tables included).
struct DocxTextWalker {
    let styles: DocxStyles
    var builder = ParagraphBuilder()
    private var current: [UInt8] = []
    private var kind = ParagraphKind.body
    private var label = LeadingBold()
    /// Whether the paragraph so far had text in italics, and text outside them (a question set in italics).
    private var sawItalic = false, sawUpright = false
    /// Paragraphs met inside a text box while a paragraph was open; they follow it.
    private var deferred: [xmlNodePtr] = []

    init(styles: DocxStyles) { self.styles = styles }

    mutating func walk(_ node: xmlNodePtr) {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, let name = c.pointee.name {
                if LibXML.strcmp(name, "p") {
                    paragraph(c)
                } else if !skipped(name) {
                    walk(c)  // body, tbl, tr, tc, sdt, sdtContent, customXml …
                }
            }
            child = c.pointee.next
        }
    }

    private func skipped(_ name: UnsafePointer<UInt8>) -> Bool {
        LibXML.strcmp(name, "sectPr") || LibXML.strcmp(name, "del") || LibXML.strcmp(name, "Fallback")
            || LibXML.strcmp(name, "moveFrom")
    }

    private mutating func paragraph(_ p: xmlNodePtr) {
        kind = .body
        label = LeadingBold()
        sawItalic = false
        sawUpright = false
        current.removeAll(keepingCapacity: true)
        var numbered = false
        DocxStyles.forEachChild(p) { e, n in
            guard LibXML.strcmp(n, "pPr") else { return }
            DocxStyles.forEachChild(e) { f, m in
                if LibXML.strcmp(m, "pStyle"), let id = LibXML.attributeString(f, "val"),
                   let styled = styles.paragraphKinds[id] {
                    kind = styled
                }
                if LibXML.strcmp(m, "outlineLvl"), let v = LibXML.attributeString(f, "val").flatMap({ Int($0) }), v < 9 {
                    kind = .heading(level: min(v + 1, 6))
                }
                if LibXML.strcmp(m, "numPr") { numbered = true }
            }
        }
        if numbered, kind == .body { kind = .listItem }
        inline(p, bold: false)
        finishParagraph()
        let boxes = deferred
        deferred.removeAll()
        for box in boxes { walk(box) }
    }

    private mutating func finishParagraph() {
        let labelLength: Int? = if case .heading = kind { nil } else { label.labelLength }
        builder.add(current, kind: kind, labelLength: labelLength, italic: sawItalic && !sawUpright)
        current.removeAll(keepingCapacity: true)
        label = LeadingBold()
        sawItalic = false
        sawUpright = false
    }

    /// Runs and what can hold runs: hyperlinks, insertions, smart tags, simple fields, content controls.
    private mutating func inline(_ node: xmlNodePtr, bold: Bool) {
        var child = node.pointee.children
        while let c = child {
            defer { child = c.pointee.next }
            guard c.pointee.type == XML_ELEMENT_NODE, let name = c.pointee.name else { continue }
            if LibXML.strcmp(name, "r") {
                run(c)
            } else if LibXML.strcmp(name, "pPr") || skipped(name) {
                continue
            } else {
                inline(c, bold: bold)
            }
        }
    }

    private mutating func run(_ r: xmlNodePtr) {
        var bold = false
        var italic = false
        DocxStyles.forEachChild(r) { e, n in
            guard LibXML.strcmp(n, "rPr") else { return }
            DocxStyles.forEachChild(e) { f, m in
                if LibXML.strcmp(m, "b") { bold = DocxStyles.isOn(f) }
                if LibXML.strcmp(m, "i") { italic = DocxStyles.isOn(f) }
                if LibXML.strcmp(m, "rStyle"), let id = LibXML.attributeString(f, "val") {
                    if styles.boldCharacterStyles.contains(id) { bold = true }
                    if styles.italicCharacterStyles.contains(id) { italic = true }
                }
            }
        }
        var child = r.pointee.children
        while let c = child {
            defer { child = c.pointee.next }
            guard c.pointee.type == XML_ELEMENT_NODE, let name = c.pointee.name else { continue }
            if LibXML.strcmp(name, "t") {
                let before = current.count
                var node = c.pointee.children
                while let t = node {  // text nodes; unexpanded entity references in between are skipped
                    if t.pointee.type == XML_TEXT_NODE, let text = t.pointee.content {
                        var i = 0
                        while text[i] != 0 { current.append(text[i]); i += 1 }
                    }
                    node = t.pointee.next
                }
                if current[before...].contains(where: { $0 != 0x20 }) {
                    label.sawText(bold: bold, endingAt: current.count)
                    if italic { sawItalic = true } else { sawUpright = true }
                }
            } else if LibXML.strcmp(name, "tab") || LibXML.strcmp(name, "ptab") {
                current.append(0x20)
            } else if LibXML.strcmp(name, "noBreakHyphen") {
                current.append(0x2D)
            } else if LibXML.strcmp(name, "br") || LibXML.strcmp(name, "cr") {
                finishParagraph()
            } else if LibXML.strcmp(name, "AlternateContent") || LibXML.strcmp(name, "drawing") || LibXML.strcmp(name, "pict") {
                collectTextBoxes(c)
            }
            // delText, instrText, footnoteReference, endnoteReference, commentReference: not text.
        }
    }

    /// Text boxes hold their own paragraphs; read them after the paragraph that anchors them.
    private mutating func collectTextBoxes(_ node: xmlNodePtr) {
        var child = node.pointee.children
        while let c = child {
            defer { child = c.pointee.next }
            guard c.pointee.type == XML_ELEMENT_NODE, let name = c.pointee.name, !LibXML.strcmp(name, "Fallback") else { continue }
            if LibXML.strcmp(name, "txbxContent") { deferred.append(c) } else { collectTextBoxes(c) }
        }
    }
}
