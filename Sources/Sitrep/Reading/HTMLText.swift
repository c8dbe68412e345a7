import Foundation

/// Turns an HTML page into report text: scripts, styles, navigation and markup removed, entities decoded.
public enum HTMLText {
    /// True when the text looks like an HTML page rather than plain text.
    public static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.utf8.prefix(2048)
        guard let first = head.first(where: { $0 != 32 && $0 != 9 && $0 != 10 && $0 != 13 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
              first == UInt8(ascii: "<") else { return false }
        let lower = String(decoding: head, as: UTF8.self).lowercased()
        return ["<html", "<!doctype html", "<body", "<p>", "<p ", "<div", "<head", "<article"].contains { lower.contains($0) }
    }

    /// Elements whose whole content is dropped.
    private static let skipped: Set<String> = ["script", "style", "nav", "header", "footer", "aside", "noscript", "svg", "form", "iframe", "template", "button", "menu"]
    /// Elements that end a line of text.
    private static let blocks: Set<String> = ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article", "section", "blockquote", "ul", "ol", "table", "main", "figcaption", "dd", "dt", "hr"]

    /// Converts a page to a report: header fields from `<title>` and `<meta>`, body from the visible text.
    public static func report(from html: String) -> (header: ReportHeader, body: String) {
        let b = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count / 2)
        var header = ReportHeader()
        var i = 0
        var skipDepth = 0, skipName = ""
        var inTitle = false
        var titleBytes: [UInt8] = []
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "<") {
                if b[i...].starts(with: Array("<!--".utf8)) {
                    i = find(Array("-->".utf8), in: b, from: i + 4).map { $0 + 3 } ?? b.count
                    continue
                }
                guard let close = b[i...].firstIndex(of: UInt8(ascii: ">")) else { break }
                let tag = b[(i + 1)..<close]
                let isEnd = tag.first == UInt8(ascii: "/")
                let nameBytes = tag.drop(while: { $0 == UInt8(ascii: "/") }).prefix(while: { isNameByte($0) })
                let name = String(decoding: nameBytes, as: UTF8.self).lowercased()
                i = close + 1
                if skipDepth > 0 {
                    if name == skipName { skipDepth += isEnd ? -1 : (tag.last == UInt8(ascii: "/") ? 0 : 1) }
                    continue
                }
                if skipped.contains(name), !isEnd, tag.last != UInt8(ascii: "/") {
                    skipDepth = 1; skipName = name; continue
                }
                if name == "title" { inTitle = !isEnd; continue }
                if name == "meta" { readMeta(String(decoding: tag, as: UTF8.self), into: &header) }
                if blocks.contains(name) { out.append(10) } else if !out.isEmpty, out.last != 32 { out.append(32) }
                continue
            }
            if skipDepth > 0 { i += 1; continue }
            if inTitle { titleBytes.append(c) } else { out.append(c) }
            i += 1
        }
        let title = decodeEntities(String(decoding: titleBytes, as: UTF8.self)).trimmingWhitespace()
        if header.title == nil, !title.isEmpty { header.title = String(title) }
        // Collapse runs of spaces and keep one line per block.
        let text = decodeEntities(String(decoding: out, as: UTF8.self))
        var lines: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            if !line.isEmpty { lines.append(line) }
        }
        return (header, lines.joined(separator: "\n"))
    }

    private static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == UInt8(ascii: "-")
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        let lower = tag.lowercased()
        guard let r = lower.range(of: name + "=") else { return nil }
        var rest = tag[r.upperBound...]
        guard let q = rest.first else { return nil }
        if q == "\"" || q == "'" {
            rest = rest.dropFirst()
            return String(rest.prefix(while: { $0 != q }))
        }
        return String(rest.prefix(while: { !$0.isWhitespace && $0 != ">" }))
    }

    private static func readMeta(_ tag: String, into header: inout ReportHeader) {
        let key = (attribute("property", in: tag) ?? attribute("name", in: tag) ?? "").lowercased()
        guard let content = attribute("content", in: tag).map(decodeEntities) else { return }
        switch key {
        case "article:published_time", "date", "pubdate", "dc.date":
            if header.published == nil { header.published = Day(iso: content); header.publishedText = content }
        case "og:title": if header.title == nil { header.title = content }
        case "og:url": if header.url == nil { header.url = content }
        case "og:site_name": if header.outlet == nil { header.outlet = content }
        default: break
        }
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}", "mdash": "\u{2014}", "ndash": "\u{2013}",
        "hellip": "\u{2026}", "eacute": "é", "egrave": "è", "agrave": "à", "ccedil": "ç", "ocirc": "ô", "copy": "©",
    ]

    /// Decodes named and numeric character references.
    public static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") {
                let ent = s[s.index(after: i)..<semi]
                var rep: String?
                if ent.hasPrefix("#x") || ent.hasPrefix("#X") {
                    rep = UInt32(ent.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if ent.hasPrefix("#") {
                    rep = UInt32(ent.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    rep = named[String(ent)]
                }
                if let rep { out += rep; i = s.index(after: semi); continue }
            }
            out.append(c)
            i = s.index(after: i)
        }
        return out
    }
}
