/// The metadata lines of codebook section 7 (URL, TITLE, PUBLISHED, OUTLET).
public struct ReportHeader: Sendable, Equatable {
    /// Values as written; nil when absent.
    public var url: String?, title: String?, outlet: String?
    /// The publication day, nil when absent or `unknown`.
    public var published: Day?
    /// The raw PUBLISHED value, kept to report unparseable dates.
    public var publishedText: String?

    /// An empty header.
    public init() {}

    /// Splits a plain-text report into its header and body. Header lines are `KEY: value`
    /// lines at the top, ended by a blank line; a trailing `Original Source: …` line names the outlet.
    public static func split(_ text: String) -> (header: ReportHeader, body: Substring) {
        var header = ReportHeader()
        var body = Substring(text)
        var rest = Substring(text)
        var sawKey = false
        while let nl = rest.firstLineFeed() ?? (rest.isEmpty ? nil : rest.endIndex) {
            let line = rest[rest.startIndex..<nl].trimmingWhitespace()
            let next = nl < rest.endIndex ? rest.index(after: nl) : rest.endIndex
            if line.isEmpty { if sawKey { body = rest[next...] }; break }
            guard let colon = line.firstColon() else { break }
            let key = line[line.startIndex..<colon].uppercased()
            let value = String(line[line.index(after: colon)...].trimmingWhitespace())
            switch key {
            case "URL": header.url = value
            case "TITLE": header.title = value
            case "OUTLET", "SOURCE": header.outlet = value
            case "PUBLISHED", "DATE":
                header.publishedText = value
                header.published = Day(iso: value)
            default: break
            }
            guard ["URL", "TITLE", "OUTLET", "SOURCE", "PUBLISHED", "DATE"].contains(key) else { break }
            sawKey = true
            rest = rest[next...]
            if next == rest.endIndex { body = rest; break }
        }
        // A trailing "Original Source: …" line is metadata, not body text.
        let trimmed = body.trimmingWhitespace()
        if let lastNL = trimmed.lastLineFeed() ?? (trimmed.hasPrefix("Original Source:") ? trimmed.startIndex : nil) {
            let lineStart = trimmed[lastNL].isNewline ? trimmed.index(after: lastNL) : lastNL
            let last = trimmed[lineStart...]
            if last.lowercased().hasPrefix("original source:") {
                if header.outlet == nil {
                    header.outlet = String(last.dropFirst("original source:".count).trimmingWhitespace())
                }
                body = trimmed[trimmed.startIndex..<lineStart]
            }
        }
        return (header, body)
    }
}

extension Substring {
    // Line breaks are found on the bytes: searching the Character view would measure graphemes
    // across the whole body. A line break is a "\n" Character (a line feed not preceded by a
    // carriage return) or a "\r\n" Character (one Character, starting at the carriage return),
    // so files written with either convention read alike.

    /// The index of the first "\n" or "\r\n" Character.
    func firstLineFeed() -> Index? {
        lineBreak { b in
            guard let lf = b.firstIndex(of: 10) else { return nil }
            return lf > 0 && b[lf - 1] == 13 ? lf - 1 : lf
        }
    }

    /// The index of the first ":" Character: the first colon byte, when it is a Character of its own.
    func firstColon() -> Index? {
        guard let byte = utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        return self[byte] == ":" ? byte : firstIndex(of: ":")
    }

    /// The index of the last "\n" or "\r\n" Character.
    func lastLineFeed() -> Index? {
        lineBreak { b in
            guard let lf = b.lastIndex(of: 10) else { return nil }
            return lf > 0 && b[lf - 1] == 13 ? lf - 1 : lf
        }
    }

    /// The index of the byte offset `find` returns from the UTF-8 bytes, read in place when the
    /// storage is contiguous (the usual case) and from a copy otherwise.
    private func lineBreak(_ find: (UnsafeBufferPointer<UInt8>) -> Int?) -> Index? {
        let offset = utf8.withContiguousStorageIfAvailable(find) ?? Array(utf8).withUnsafeBufferPointer(find)
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> SubSequence {
        // ASCII spaces against ASCII text: the byte offsets are Character boundaries, so the bytes
        // decide. Anything else (Unicode spaces, combining marks) takes the Character walk below.
        func space(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }
        let fast = utf8.withContiguousStorageIfAvailable { b -> (Int, Int)? in
            var s = 0, e = b.count
            while s < e, space(b[s]) { s += 1 }
            if s < e, b[s] >= 0x80 { return nil }
            while e > s, space(b[e - 1]) { e -= 1 }
            if e > s, b[e - 1] >= 0x80 { return nil }
            return (s, e)
        }
        if let fast, let (s, e) = fast {
            return self[utf8.index(utf8.startIndex, offsetBy: s)..<utf8.index(utf8.startIndex, offsetBy: e)]
        }
        var s = startIndex, e = endIndex
        while s < e, self[s].isWhitespace { s = index(after: s) }
        while e > s, self[index(before: e)].isWhitespace { e = index(before: e) }
        return self[s..<e]
    }
}
