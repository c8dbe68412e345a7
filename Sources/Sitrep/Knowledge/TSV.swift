/// Reads the tab-separated data files shipped in Resources: header row, `#` comments skipped.
///
/// Lines and fields are split on the bytes: a tab or line feed byte never occurs inside a UTF-8
/// sequence, and splitting the Character view would measure graphemes across 80,000 lines.
enum TSV {
    /// The lines of `text`, without empty ones.
    private static func lines(_ text: String) -> [Substring] {
        text.utf8.split(separator: 10, omittingEmptySubsequences: true).map { Substring($0) }
    }

    /// The fields of a line, empty ones kept.
    private static func fields(_ line: Substring) -> [Substring] {
        line.utf8.split(separator: 9, omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// Rows as dictionaries keyed by the header's column names. Complexity: O(n).
    static func rows(_ text: String) -> [[String: Substring]] {
        var header: [String] = []
        var out: [[String: Substring]] = []
        for line in lines(text) {
            if line.utf8.first == UInt8(ascii: "#") { continue }
            let cols = fields(line)
            if header.isEmpty { header = cols.map(String.init); continue }
            var row: [String: Substring] = [:]
            for (i, c) in cols.enumerated() where i < header.count { row[header[i]] = c }
            out.append(row)
        }
        return out
    }

    /// Calls `body` with the columns of each data row, without building dictionaries (for big files).
    static func forEachRow(_ text: String, _ body: ([Substring]) -> Void) {
        var first = true
        for line in lines(text) {
            if line.utf8.first == UInt8(ascii: "#") { continue }
            if first { first = false; continue }
            body(fields(line))
        }
    }
}
