import CLibXML2

/// Thin helpers over libxml2's tree: element names as tags, attributes without allocation, one-time setup.
enum LibXML {
    /// `xmlInitParser` must run once before parsing on several threads (DESIGN §9).
    static let setUp: Void = { werkzaam_xml_setup() }()

    static func prepareThread() {
        _ = setUp
        werkzaam_xml_silence_thread()
    }

    /// The value of attribute `name` on `node`, read in place (valid while the document lives).
    static func attribute(_ node: xmlNodePtr, _ name: StaticString) -> UnsafePointer<UInt8>? {
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, strcmp(n, name) {
                return a.pointee.children.flatMap { UnsafePointer($0.pointee.content) }
            }
            attr = a.pointee.next
        }
        return nil
    }

    static func attributeString(_ node: xmlNodePtr, _ name: StaticString) -> String? {
        attribute(node, name).map { String(cString: $0) }
    }

    /// Whether a NUL-terminated C string equals a static ASCII string.
    @inline(__always)
    static func strcmp(_ a: UnsafePointer<UInt8>, _ b: StaticString) -> Bool {
        let p = b.utf8Start
        var i = 0
        while i < b.utf8CodeUnitCount {
            if a[i] != p[i] { return false }
            i += 1
        }
        return a[i] == 0
    }

    /// Case-insensitive substring test over a NUL-terminated attribute value.
    static func contains(_ value: UnsafePointer<UInt8>, anyOf needles: [[UInt8]]) -> Bool {
        let length = strlen(value)
        guard length > 0 else { return false }
        let haystack = UnsafeBufferPointer(start: value, count: length)
        for needle in needles where needle.count <= length {
            var i = 0
            outer: while i + needle.count <= length {
                for k in 0..<needle.count where (haystack[i + k] | 0x20) != needle[k] {
                    i += 1
                    continue outer
                }
                return true
            }
        }
        return false
    }

    static func strlen(_ p: UnsafePointer<UInt8>) -> Int {
        var n = 0
        while p[n] != 0 { n += 1 }
        return n
    }

    /// All text below a node, whitespace collapsed (for titles and metadata, not for the body).
    static func text(of node: xmlNodePtr) -> String {
        var out = InlineText()
        appendText(node, into: &out)
        return out.finish()
    }

    /// Bytes of text below a node, without building a string (for scoring content blocks).
    static func textLength(of node: xmlNodePtr) -> Int {
        var total = 0
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE, let content = c.pointee.content {
                total += strlen(content)
            } else if c.pointee.type == XML_ELEMENT_NODE, let name = c.pointee.name, !HTMLTag.of(name).isSkipped {
                total += textLength(of: c)
            }
            child = c.pointee.next
        }
        return total
    }

    private static func appendText(_ node: xmlNodePtr, into out: inout InlineText) {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE, let content = c.pointee.content {
                out.append(content)
            } else if c.pointee.type == XML_ELEMENT_NODE {
                appendText(c, into: &out)
            }
            child = c.pointee.next
        }
    }
}

/// Collects inline text with HTML whitespace collapsing: runs of spaces, tabs and newlines become one space.
struct InlineText {
    var bytes: [UInt8] = []
    private var pendingSpace = false

    mutating func append(_ content: UnsafePointer<UInt8>) {
        var i = 0
        while true {
            let c = content[i]
            if c == 0 { break }
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C {
                pendingSpace = true
                i += 1
                continue
            }
            if c == 0xC2 && content[i + 1] == 0xA0 {  // &nbsp;
                pendingSpace = true
                i += 2
                continue
            }
            // A run up to the next whitespace is copied in one go.
            var j = i + 1
            while true {
                let d = content[j]
                if d == 0 || d == 0x20 || d == 0x0A || d == 0x09 || d == 0x0D || d == 0x0C || (d == 0xC2 && content[j + 1] == 0xA0) { break }
                j += 1
            }
            if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
            pendingSpace = false
            bytes.append(contentsOf: UnsafeBufferPointer(start: content + i, count: j - i))
            i = j
        }
    }

    /// Appends text verbatim, for `<pre>`.
    mutating func appendPreformatted(_ content: UnsafePointer<UInt8>) {
        if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
        pendingSpace = false
        var i = 0
        while content[i] != 0 { bytes.append(content[i]); i += 1 }
    }

    mutating func finish() -> String {
        defer { bytes.removeAll(keepingCapacity: true); pendingSpace = false }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
    }
}

/// The HTML elements the reader treats specially, looked up by name bytes without building a String.
enum HTMLTag: UInt8 {
    case other, html, head, body, title, meta, link
    case script, style, noscript, template, iframe, svg, canvas, object, embed, audio, video, form, button, input
    case select, textarea, nav, header, footer, aside, menu, dialog, img
    case p, div, section, article, main, h1, h2, h3, h4, h5, h6, li, ul, ol, dl, dt, dd, blockquote, pre
    case figure, figcaption, table, tr, td, th, caption, address, hr, br, center, details, summary, tbody, thead
    case b, strong, time, q, em, i, cite

    private static let names: [String: HTMLTag] = {
        var t: [String: HTMLTag] = [:]
        for tag in [HTMLTag.html, .head, .body, .title, .meta, .link, .script, .style, .noscript, .template, .iframe,
                    .svg, .canvas, .object, .embed, .audio, .video, .form, .button, .input, .select, .textarea, .nav,
                    .header, .footer, .aside, .menu, .dialog, .img, .p, .div, .section, .article, .main, .h1, .h2,
                    .h3, .h4, .h5, .h6, .li, .ul, .ol, .dl, .dt, .dd, .blockquote, .pre, .figure, .figcaption,
                    .table, .tr, .td, .th, .caption, .address, .hr, .br, .center, .details, .summary, .tbody,
                    .thead, .b, .strong, .time, .q, .em, .i, .cite] {
            t["\(tag)"] = tag
        }
        return t
    }()

    private static let packed: [UInt64: HTMLTag] = {
        var t: [UInt64: HTMLTag] = [:]
        for (name, tag) in names { t[pack(Array(name.utf8))] = tag }
        return t
    }()

    /// Names of up to 8 bytes pack into one integer; the longer ones we know (blockquote, figcaption) by hand.
    private static func pack(_ bytes: [UInt8]) -> UInt64 {
        var v: UInt64 = 0
        for (i, c) in bytes.prefix(8).enumerated() { v |= UInt64(c | 0x20) << (8 * UInt64(i)) }
        return v
    }

    static func of(_ name: UnsafePointer<UInt8>) -> HTMLTag {
        var v: UInt64 = 0
        var i = 0
        while i < 8 {
            let c = name[i]
            if c == 0 { return packed[v] ?? .other }
            v |= UInt64(c | 0x20) << (8 * UInt64(i))
            i += 1
        }
        if name[8] == 0 { return packed[v] ?? .other }
        if LibXML.strcmp(name, "blockquote") || LibXML.strcmp(name, "BLOCKQUOTE") { return .blockquote }
        if LibXML.strcmp(name, "figcaption") || LibXML.strcmp(name, "FIGCAPTION") { return .figcaption }
        return .other
    }

    var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .header, .footer, .h1, .h2, .h3, .h4, .h5, .h6, .li, .ul, .ol,
             .dl, .dt, .dd, .blockquote, .pre, .figure, .figcaption, .table, .tr, .td, .th, .caption, .address, .hr,
             .br, .center, .details, .summary, .aside, .body, .tbody, .thead, .form, .nav:
            true
        default:
            false
        }
    }

    /// Never content: code, media, controls and navigation.
    var isSkipped: Bool {
        switch self {
        case .script, .style, .noscript, .template, .iframe, .svg, .canvas, .object, .embed, .audio, .video, .form,
             .button, .input, .select, .textarea, .nav, .menu, .dialog, .img, .head, .title, .meta, .link:
            true
        default:
            false
        }
    }

    var headingLevel: Int? {
        switch self {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: nil
        }
    }
}
