/// Reads the tab-separated data files shipped in Resources: header row, `#` comments skipped.
enum TSV {
    /// Rows as dictionaries keyed by the header's column names. Complexity: O(n).
    static func rows(_ text: String) -> [[String: Substring]] {
        var header: [String] = []
        var out: [[String: Substring]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
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
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            if first { first = false; continue }
            body(line.split(separator: "\t", omittingEmptySubsequences: false))
        }
    }
}
