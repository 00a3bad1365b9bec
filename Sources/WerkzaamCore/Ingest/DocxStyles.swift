import CLibXML2

/// What the reader needs from `word/styles.xml`: which paragraph styles are headings or quotes,
/// and which character styles are bold or italic. Style ids are localised (Kop1, Citaat); names are not (heading 1).
struct DocxStyles {
    private(set) var paragraphKinds: [String: ParagraphKind] = [:]
    private(set) var boldCharacterStyles: Set<String> = []
    /// Italic character styles (`Nadruk`/Emphasis): an interview's questions may be set in them.
    private(set) var italicCharacterStyles: Set<String> = []

    init() {}

    init(root: xmlNodePtr) {
        var child = root.pointee.children
        while let c = child {
            defer { child = c.pointee.next }
            guard c.pointee.type == XML_ELEMENT_NODE, let name = c.pointee.name, LibXML.strcmp(name, "style"),
                  let id = LibXML.attributeString(c, "styleId") else { continue }
            let type = LibXML.attributeString(c, "type") ?? "paragraph"
            var styleName = id.lowercased()
            var outline: Int?
            var bold = false
            var italic = false
            Self.forEachChild(c) { e, n in
                if LibXML.strcmp(n, "name"), let v = LibXML.attributeString(e, "val") { styleName = v.lowercased() }
                if LibXML.strcmp(n, "pPr") {
                    Self.forEachChild(e) { f, m in
                        if LibXML.strcmp(m, "outlineLvl"), let v = LibXML.attributeString(f, "val").flatMap({ Int($0) }) {
                            outline = v
                        }
                    }
                }
                if LibXML.strcmp(n, "rPr") {
                    Self.forEachChild(e) { f, m in
                        if LibXML.strcmp(m, "b"), DocxStyles.isOn(f) { bold = true }
                        if LibXML.strcmp(m, "i"), DocxStyles.isOn(f) { italic = true }
                    }
                }
            }
            if type == "character" {
                if bold { boldCharacterStyles.insert(id) }
                if italic { italicCharacterStyles.insert(id) }
            } else if type == "paragraph", let kind = Self.kind(named: styleName, outline: outline) {
                paragraphKinds[id] = kind
            }
        }
    }

    static func kind(named name: String, outline: Int?) -> ParagraphKind? {
        if name == "title" || name == "titel" { return .heading(level: 1) }
        if name == "subtitle" || name == "ondertitel" { return .heading(level: 2) }
        for prefix in ["heading ", "kop "] where name.hasPrefix(prefix) {
            if let level = Int(name.dropFirst(prefix.count)) { return .heading(level: min(level, 6)) }
        }
        if name == "quote" || name == "intense quote" || name == "citaat" || name == "duidelijk citaat" {
            return .blockquote
        }
        if name == "list paragraph" || name == "lijstalinea" || name.hasPrefix("list bullet") || name.hasPrefix("list number") {
            return .listItem
        }
        if let outline, outline < 9 { return .heading(level: min(outline + 1, 6)) }
        return nil
    }

    /// `<w:b/>` and `<w:b w:val="1|true|on"/>` are on; `w:val="0|false|off"` is off.
    static func isOn(_ node: xmlNodePtr) -> Bool {
        guard let v = LibXML.attribute(node, "val") else { return true }
        return !(LibXML.strcmp(v, "0") || LibXML.strcmp(v, "false") || LibXML.strcmp(v, "off"))
    }

    static func forEachChild(_ node: xmlNodePtr, _ body: (xmlNodePtr, UnsafePointer<UInt8>) -> Void) {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, let name = c.pointee.name { body(c, name) }
            child = c.pointee.next
        }
    }
}
