/// A small map from words to values, looked up by a token's precomputed hash (`Token.hash`), so the
/// coder's closed vocabularies (number words, months) cost no string and no SipHash per look.
///
/// Built once. An ASCII token is found by its hash and then checked byte for byte; a token with
/// other bytes goes through the string dictionary, which compares as `String` does.
struct WordTable<Value: Sendable>: Sendable {
    private let byString: [String: Value]
    /// Entry index + 1 per slot, 0 when empty; the slot count is a power of two.
    private let slots: [Int32]
    private let hashes: [UInt64]
    private let words: [[UInt8]]
    private let values: [Value]
    /// Some key has bytes outside ASCII, so a miss in the table still asks the dictionary.
    private let nonASCIIKeys: Bool

    /// A table of `entries`.
    init(_ entries: [String: Value]) {
        byString = entries
        var hashes: [UInt64] = [], words: [[UInt8]] = [], values: [Value] = []
        for (word, value) in entries.sorted(by: { $0.key < $1.key }) where word.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(word.utf8)
            hashes.append(bytes.withUnsafeBufferPointer(WordHash.of))
            words.append(bytes)
            values.append(value)
        }
        var size = 16
        while size < hashes.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for e in hashes.indices {
            var s = Int(truncatingIfNeeded: hashes[e]) & (size - 1)
            while slots[s] != 0 { s = (s + 1) & (size - 1) }
            slots[s] = Int32(e + 1)
        }
        self.slots = slots
        self.hashes = hashes
        self.words = words
        self.values = values
        nonASCIIKeys = hashes.count < entries.count
    }

    /// The value of token `i`'s folded word, nil when it has none (or `i` is outside `range`).
    func value(_ doc: ReadDocument, _ i: Int, in range: Range<Int>) -> Value? {
        guard range.contains(i) else { return nil }
        let t = doc.tokens[i]
        guard t.isASCII else { return byString[doc.foldedText(i)] }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: t.hash) & mask
        while slots[s] != 0 {
            let e = Int(slots[s] - 1)
            if hashes[e] == t.hash, doc.folded[Int(t.foldedStart)..<Int(t.foldedEnd)].elementsEqual(words[e]) { return values[e] }
            s = (s + 1) & mask
        }
        return nonASCIIKeys ? byString[doc.foldedText(i)] : nil
    }

    /// True when token `i` (inside `range`) has a value.
    func contains(_ doc: ReadDocument, _ i: Int, in range: Range<Int>) -> Bool { value(doc, i, in: range) != nil }
}
