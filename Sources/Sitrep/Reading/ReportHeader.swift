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

    /// Records `value` under the upper-case header key `key`; false when `key` is no header key.
    private mutating func set(_ key: String, _ value: String) -> Bool {
        switch key {
        case "URL": url = value
        case "TITLE": title = value
        case "OUTLET", "SOURCE": outlet = value
        case "PUBLISHED", "DATE":
            publishedText = value
            published = Day(iso: value)
        default: return false
        }
        return true
    }

    /// Splits a plain-text report into its header and body. Header lines are `KEY: value`
    /// lines at the top, ended by a blank line; a trailing `Original Source: …` line names the outlet.
    public static func split(_ text: String) -> (header: ReportHeader, body: Substring) {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> (ReportHeader, Range<Int>)? in splitBytes(bytes) } ?? nil
        guard let (header, body) = fast else { return splitCharacters(text) }
        let utf8 = text.utf8
        return (header, text[utf8.index(utf8.startIndex, offsetBy: body.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: body.upperBound)])
    }

    /// `split` on the bytes, for the usual report whose header lines, body edges and last line are
    /// ASCII there; nil for any other, which `splitCharacters` reads by Character instead. Where
    /// every byte it looks at is ASCII, bytes and Characters agree, so both give the same split.
    static func splitBytes(_ b: UnsafeBufferPointer<UInt8>) -> (ReportHeader, Range<Int>)? {
        let n = b.count
        func space(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }
        /// `range` without ASCII spaces at its ends; nil when an end is not ASCII.
        func trimmed(_ range: Range<Int>) -> Range<Int>? {
            var s = range.lowerBound, e = range.upperBound
            while s < e, space(b[s]) { s += 1 }
            while e > s, space(b[e - 1]) { e -= 1 }
            if s < e, b[s] >= 0x80 || b[e - 1] >= 0x80 { return nil }
            return s..<e
        }
        func string(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
        /// Where the line break at `lf` (a line feed) starts: at its carriage return when there is one after `from`.
        func breakStart(_ lf: Int, after from: Int) -> Int { lf > from && b[lf - 1] == 13 ? lf - 1 : lf }
        /// Just past the line break starting at `i`.
        func pastBreak(_ i: Int) -> Int { b[i] == 13 && i + 1 < n && b[i + 1] == 10 ? i + 2 : i + 1 }

        var header = ReportHeader()
        var bodyStart = 0
        var pos = 0
        var sawKey = false
        while pos < n {
            var lf = pos
            while lf < n, b[lf] != 10 { lf += 1 }
            let lineEnd = lf < n ? breakStart(lf, after: pos) : n
            let next = lineEnd < n ? pastBreak(lineEnd) : n
            guard let line = trimmed(pos..<lineEnd) else { return nil }
            if line.isEmpty { if sawKey { bodyStart = next }; break }
            var colon = line.lowerBound
            while colon < line.upperBound, b[colon] != 58 { colon += 1 }
            guard colon < line.upperBound else { break }
            // The key and the colon must be ASCII to be compared as bytes; so must what follows the colon.
            if b[line.lowerBound..<colon].contains(where: { $0 >= 0x80 }) || colon + 1 < line.upperBound && b[colon + 1] >= 0x80 { return nil }
            guard let valueRange = trimmed((colon + 1)..<line.upperBound) else { return nil }
            // Upper-cased straight into the string: a key is short, so it is stored in line, without an allocation.
            let key = String(unsafeUninitializedCapacity: colon - line.lowerBound) { out in
                for (k, c) in b[line.lowerBound..<colon].enumerated() { out[k] = c >= 97 && c <= 122 ? c - 32 : c }
                return colon - line.lowerBound
            }
            let value = string(valueRange)
            guard header.set(key, value) else { break }
            sawKey = true
            pos = next
            if next == n { bodyStart = n; break }
        }
        // A trailing "Original Source: …" line is metadata, not body text.
        guard let body = trimmed(bodyStart..<n) else { return nil }
        let prefix = Array("original source:".utf8)
        /// Whether the bytes at `i` start with the prefix (case-insensitively when `folding`); nil when that cannot be told on bytes.
        func startsWithPrefix(_ i: Int, folding: Bool) -> Bool? {
            for k in 0..<prefix.count {
                guard i + k < body.upperBound else { return false }
                let c = b[i + k]
                if c >= 0x80 { return false }  // no other character equals or lowercases to these ASCII letters
                let expected = k == 0 || k == 9 ? prefix[k] - 32 : prefix[k]
                if folding ? (c >= 65 && c <= 90 ? c + 32 : c) != prefix[k] : c != expected { return false }
            }
            // A combining mark after the colon would make the colon part of another Character.
            if i + prefix.count < body.upperBound, b[i + prefix.count] >= 0x80 { return nil }
            return true
        }
        var lastLF = body.upperBound - 1
        while lastLF >= body.lowerBound, b[lastLF] != 10 { lastLF -= 1 }
        var lineStart: Int?
        if lastLF >= body.lowerBound {
            lineStart = pastBreak(breakStart(lastLF, after: body.lowerBound))
        } else {
            guard let exact = startsWithPrefix(body.lowerBound, folding: false) else { return nil }
            if exact { lineStart = body.lowerBound }
        }
        guard let start = lineStart else { return (header, bodyStart..<n) }
        guard let source = startsWithPrefix(start, folding: true) else { return nil }
        guard source else { return (header, bodyStart..<n) }
        if header.outlet == nil {
            guard let outlet = trimmed((start + prefix.count)..<body.upperBound) else { return nil }
            header.outlet = string(outlet)
        }
        return (header, body.lowerBound..<start)
    }

    /// `split` by Characters, for text whose edges are not plain ASCII.
    static func splitCharacters(_ text: String) -> (header: ReportHeader, body: Substring) {
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
            guard header.set(key, value) else { break }
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
