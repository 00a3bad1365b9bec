import CLibXML2

/// Reads title, description, author, date, canonical URL and language from an HTML page.
enum HTMLHead {
    static func read(_ root: xmlNodePtr) -> DocumentMetadata {
        var m = DocumentMetadata()
        m.language = LibXML.attributeString(root, "lang")
        var titleTag: String?
        var ogTitle: String?
        visitHead(root) { node, tag in
            switch tag {
            case .title:
                titleTag = titleTag ?? nonEmpty(LibXML.text(of: node))
            case .meta:
                guard let content = LibXML.attributeString(node, "content").flatMap(nonEmpty) else { return }
                let key = (LibXML.attributeString(node, "property") ?? LibXML.attributeString(node, "name") ?? "").lowercased()
                switch key {
                case "og:title", "twitter:title": ogTitle = ogTitle ?? content
                case "description", "og:description", "dc.description": m.description = m.description ?? content
                case "author", "article:author", "dc.creator", "dcterms.creator": m.author = m.author ?? content
                case "article:published_time", "date", "dc.date", "dcterms.date", "dcterms.created", "pubdate",
                     "publish-date", "datepublished":
                    m.date = m.date ?? content
                case "og:url": m.url = m.url ?? content
                default: break
                }
            case .link:
                if let rel = LibXML.attributeString(node, "rel"), rel.lowercased() == "canonical",
                   let href = LibXML.attributeString(node, "href").flatMap(nonEmpty) {
                    m.url = href
                }
            default:
                break
            }
        }
        m.title = ogTitle ?? titleTag.map(stripSiteName)
        return m
    }

    /// The first `<time datetime>` in the article, for pages without a date in the head.
    static func firstTime(in node: xmlNodePtr) -> String? {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, let name = c.pointee.name {
                if HTMLTag.of(name) == .time {
                    return LibXML.attributeString(c, "datetime").flatMap(nonEmpty) ?? nonEmpty(LibXML.text(of: c))
                }
                if let found = firstTime(in: c) { return found }
            }
            child = c.pointee.next
        }
        return nil
    }

    private static func visitHead(_ node: xmlNodePtr, _ body: (xmlNodePtr, HTMLTag) -> Void) {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, let name = c.pointee.name {
                let tag = HTMLTag.of(name)
                if tag == .head {
                    visitHead(c, body)
                } else if tag == .title || tag == .meta || tag == .link {
                    body(c, tag)
                } else if tag == .html {
                    visitHead(c, body)
                }
            }
            child = c.pointee.next
        }
    }

    /// "Samenwerken in Lelystad | Movisie" → "Samenwerken in Lelystad".
    static func stripSiteName(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            if let range = title.range(of: separator, options: .backwards) {
                let head = String(title[..<range.lowerBound])
                if head.count >= 10 { return head }
            }
        }
        return title
    }

    private static func nonEmpty(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }
}

import Foundation
