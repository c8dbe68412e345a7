/// A small JSON text builder: the extractor's hot output path, several times faster than JSONEncoder.
struct JSONText {
    private(set) var text = ""
    private var needsComma: [Bool] = [false]

    init(capacity: Int = 4096) { text.reserveCapacity(capacity) }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
    }

    /// Opens an object, as a value or under `key`.
    mutating func openObject(_ key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        text += "{"; needsComma.append(false)
    }
    /// Closes the innermost object.
    mutating func closeObject() { text += "}"; needsComma.removeLast() }
    /// Opens an array under `key`.
    mutating func openArray(_ key: String) { self.key(key); text += "["; needsComma.append(false) }
    /// Closes the innermost array.
    mutating func closeArray() { text += "]"; needsComma.removeLast() }

    private mutating func key(_ k: String) { separate(); Self.appendString(k, to: &text); text += ":" }

    mutating func field(_ k: String, _ v: String?) { key(k); if let v { Self.appendString(v, to: &text) } else { text += "null" } }
    mutating func field(_ k: String, _ v: Int?) { key(k); text += v.map(String.init) ?? "null" }
    mutating func field(_ k: String, _ v: Double?) { key(k); text += v.map { $0.isFinite ? "\($0)" : "null" } ?? "null" }
    mutating func field(_ k: String, _ v: Bool) { key(k); text += v ? "true" : "false" }
    mutating func field(_ k: String, _ v: [String]) {
        key(k); text += "["
        for (i, s) in v.enumerated() { if i > 0 { text += "," }; Self.appendString(s, to: &text) }
        text += "]"
    }

    /// Appends `s` as a JSON string literal, escaping quotes, backslashes and control characters.
    static func appendString(_ s: String, to out: inout String) {
        out += "\""
        var plain = true
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C { plain = false; break }
        if plain { out += s; out += "\""; return }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
