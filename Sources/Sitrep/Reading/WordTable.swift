import Foundation

/// A map from words to values, looked up by a token's precomputed hash (`Token.hash`), so the
/// coder's closed vocabularies (cue lists, number words) cost no string and no SipHash per look.
///
/// Built once. An ASCII token is found by its hash and then checked byte for byte; a token with
/// other bytes goes through the string dictionary, which compares as `String` does (canonical
/// equivalence). Byte equality is string equality between ASCII words, and a key with other bytes
/// can equal an ASCII word only if its canonical decomposition is ASCII; such keys (none in practice)
/// send ASCII misses to the dictionary too.
struct WordTable<Value: Sendable>: Sendable {
    private let byString: [String: Value]
    /// A power of two of slots, each the high half of its word's hash (the low bits pick the
    /// slot) and its entry index + 1 (0 when empty): eight bytes, half of what the whole hash
    /// took, so the cue table (about 800 words in 32 KB) can stay in the first-level cache that
    /// every token's probe reads. A match of the half hash is confirmed on the bytes.
    private let slots: [Slot]
    struct Slot { var check: UInt32; var entry: Int32 }
    @inline(__always) static func check(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }
    private let keyBytes: [UInt8]
    private let keyStart: [Int32]
    private let values: [Value]
    private let asciiMissIsFinal: Bool

    /// A table of `entries`.
    init(_ entries: [String: Value]) {
        byString = entries
        func isASCII(_ s: String) -> Bool { s.utf8.allSatisfy { $0 < 0x80 } }
        var keyBytes: [UInt8] = [], keyStart: [Int32] = [0], hashes: [UInt64] = [], values: [Value] = []
        for (word, value) in entries.sorted(by: { $0.key < $1.key }) where isASCII(word) {
            let start = keyBytes.count
            keyBytes += word.utf8
            keyStart.append(Int32(keyBytes.count))
            hashes.append(keyBytes.withUnsafeBufferPointer { WordHash.of(UnsafeBufferPointer(rebasing: $0[start...])) })
            values.append(value)
        }
        var size = 16
        while size < hashes.count * 4 { size *= 2 }
        var slots = [Slot](repeating: Slot(check: 0, entry: 0), count: size)
        for e in hashes.indices {
            var s = Int(truncatingIfNeeded: hashes[e]) & (size - 1)
            while slots[s].entry != 0 { s = (s + 1) & (size - 1) }
            slots[s] = Slot(check: Self.check(hashes[e]), entry: Int32(e + 1))
        }
        self.slots = slots
        self.keyBytes = keyBytes
        self.keyStart = keyStart
        self.values = values
        asciiMissIsFinal = !entries.keys.contains { !isASCII($0) && isASCII($0.decomposedStringWithCanonicalMapping) }
    }

    /// The value of token `i`'s folded word, nil when it has none (or `i` is outside `range`).
    func value(_ doc: ReadDocument, _ i: Int, in range: Range<Int>) -> Value? {
        guard range.contains(i) else { return nil }
        return doc.folded.withUnsafeBufferPointer { folded in withLookup { $0.value(doc, i, folded) } }
    }

    /// True when token `i` (inside `range`) has a value.
    func contains(_ doc: ReadDocument, _ i: Int, in range: Range<Int>) -> Bool { value(doc, i, in: range) != nil }

    /// Calls `body` with a lookup over the table's raw arrays, for loops over many tokens.
    func withLookup<R>(_ body: (Lookup) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keyBytes in
                keyStart.withUnsafeBufferPointer { keyStart in
                    values.withUnsafeBufferPointer { values in
                        body(Lookup(table: self, slots: slots, keyBytes: keyBytes, keyStart: keyStart, values: values))
                    }
                }
            }
        }
    }

    /// Raw views of the table; valid only inside `withLookup`.
    struct Lookup {
        let table: WordTable
        let slots: UnsafeBufferPointer<Slot>
        let keyBytes: UnsafeBufferPointer<UInt8>, keyStart: UnsafeBufferPointer<Int32>
        let values: UnsafeBufferPointer<Value>

        /// The value of token `i` of `doc`, whose folded bytes are `folded`.
        @inline(__always) func value(_ doc: ReadDocument, _ i: Int, _ folded: UnsafeBufferPointer<UInt8>) -> Value? {
            value(doc.tokens[i], folded)
        }

        /// The value of token `t`, whose folded bytes are in `folded`.
        @inline(__always) func value(_ t: Token, _ folded: UnsafeBufferPointer<UInt8>) -> Value? {
            let start = Int(t.foldedStart), count = Int(t.foldedEnd) - start
            func text() -> String { String(decoding: UnsafeBufferPointer(rebasing: folded[start..<(start + count)]), as: UTF8.self) }
            guard t.isASCII else { return table.byString[text()] }
            let mask = slots.count - 1
            var s = Int(truncatingIfNeeded: t.hash) & mask
            let check = WordTable.check(t.hash)
            while slots[s].entry != 0 {
                if slots[s].check == check {
                    let e = Int(slots[s].entry - 1)
                    let key = Int(keyStart[e])
                    if Int(keyStart[e + 1]) - key == count, (0..<count).allSatisfy({ keyBytes[key + $0] == folded[start + $0] }) { return values[e] }
                }
                s = (s + 1) & mask
            }
            return table.asciiMissIsFinal ? nil : table.byString[text()]
        }
    }
}
