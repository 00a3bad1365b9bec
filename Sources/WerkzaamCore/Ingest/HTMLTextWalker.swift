import CLibXML2

/// Walks the main content element and builds the document text: one paragraph per block, joined by blank lines.
struct HTMLTextWalker {
    private var builder = ParagraphBuilder()
    private var inline = InlineText()
    /// Kinds of the enclosing blocks; the innermost marked one wins.
    private var kinds: [ParagraphKind] = []
    private var boldDepth = 0
    private var italicDepth = 0
    /// Whether the paragraph so far had text in italics, and text outside them.
    private var sawItalic = false, sawUpright = false
    private var label = LeadingBold()
    private var preDepth = 0
    /// Whether class, id and role names (`sidebar`, `nieuwsbrief`, `navigation`) mark page furniture to leave out.
    private let namesMarkChrome: Bool

    init(namesMarkChrome: Bool = true) { self.namesMarkChrome = namesMarkChrome }

    mutating func walk(_ node: xmlNodePtr) {
        walkChildren(node)
        flush()
    }

    private mutating func walkChildren(_ node: xmlNodePtr) {
        var child = node.pointee.children
        while let c = child {
            visit(c)
            child = c.pointee.next
        }
    }

    private mutating func visit(_ node: xmlNodePtr) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return }
            let before = inline.bytes.count
            if preDepth > 0 { appendPreformatted(content) } else { inline.append(content) }
            if inline.bytes.count > before {
                label.sawText(bold: boldDepth > 0, endingAt: inline.bytes.count)
                if inline.bytes[before...].contains(where: { $0 != 0x20 && $0 != 0x0A }) {
                    if italicDepth > 0 { sawItalic = true } else { sawUpright = true }
                }
            }
        case XML_ELEMENT_NODE:
            guard let name = node.pointee.name else { return }
            let tag = HTMLTag.of(name)
            if tag.isSkipped || HTMLChrome.isHidden(node) { return }
            if tag == .footer || tag == .cite, kinds.contains(where: { $0 == .blockquote || $0 == .pullquote }) {
                // `<blockquote><p>…</p><footer>— Peter Claassen, wethouder</footer></blockquote>`, or `<cite>`: the
                // citation, a plain paragraph after the quotation (the byline that names its speaker), not page
                // chrome and not part of what is quoted.
                flush()
                kinds.append(.body)
                walkChildren(node)
                flush()
                kinds.removeLast()
                return
            }
            if tag == .footer || (tag == .aside && !HTMLChrome.isPullQuote(node)) { return }
            if namesMarkChrome, HTMLChrome.isChrome(node) { return }
            if tag == .br || tag == .hr { flush(); return }
            if tag.isBlock { flush() }
            var kind = markedKind(tag, node)
            if kind == .blockquote, kinds.last == .pullquote { kind = nil }  // <aside class="pullquote"><blockquote>
            if let kind { kinds.append(kind) }
            if tag == .b || tag == .strong { boldDepth += 1 }
            if tag == .em || tag == .i { italicDepth += 1 }
            if tag == .pre { preDepth += 1 }
            if tag == .q { inline.append(quoteMark(open: true)) }
            walkChildren(node)
            if tag == .q { inline.append(quoteMark(open: false)) }
            if tag == .pre { preDepth -= 1 }
            if tag == .b || tag == .strong { boldDepth -= 1 }
            if tag == .em || tag == .i { italicDepth -= 1 }
            if tag.isBlock { flush() }
            if kind != nil { kinds.removeLast() }
        default:
            return
        }
    }

    private func markedKind(_ tag: HTMLTag, _ node: xmlNodePtr) -> ParagraphKind? {
        if let level = tag.headingLevel { return .heading(level: level) }
        if HTMLChrome.isPullQuote(node) { return .pullquote }
        switch tag {
        case .blockquote: return .blockquote
        case .li, .dd: return .listItem
        default: return nil
        }
    }

    private func quoteMark(open: Bool) -> UnsafePointer<UInt8> {
        open ? UnsafeRawPointer(("\u{201C}" as StaticString).utf8Start).assumingMemoryBound(to: UInt8.self)
            : UnsafeRawPointer(("\u{201D}" as StaticString).utf8Start).assumingMemoryBound(to: UInt8.self)
    }

    /// `<pre>`: keep the text, but each line is its own paragraph.
    private mutating func appendPreformatted(_ content: UnsafePointer<UInt8>) {
        var line: [UInt8] = []
        var i = 0
        while true {
            let c = content[i]
            if c == 0 || c == 0x0A {
                line.append(0)
                line.withUnsafeBufferPointer { inline.appendPreformatted($0.baseAddress!) }
                line.removeAll()
                if c == 0 { break }
                flush()
            } else {
                line.append(c)
            }
            i += 1
        }
    }

    /// Ends the current paragraph.
    private mutating func flush() {
        builder.add(inline.bytes, kind: kinds.last ?? .body, labelLength: label.labelLength, italic: sawItalic && !sawUpright)
        inline.reset()
        label = LeadingBold()
        sawItalic = false
        sawUpright = false
    }

    func finish() -> Document { builder.document }
}

