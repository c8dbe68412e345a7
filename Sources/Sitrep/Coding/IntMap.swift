/// A map from integer keys to integers for a document's bookkeeping (events by place, places by
/// name): open addressing with a multiplicative hash. `Dictionary` hashes every key with SipHash,
/// which cost more than the rest of such a lookup; these keys come from the program, not from
/// the text, so they need no protection from chosen collisions. Keys and values are plain `Int`
/// arrays, whose storage type the runtime need not look up.
struct IntMap {
    private var keys: [Int]
    private var values: [Int]
    private var shift: UInt64
    /// The number of keys.
    private(set) var count = 0

    /// An empty map with room for `capacity` keys before it grows; with none, it allocates
    /// nothing until its first key.
    init(capacity: Int = 0) {
        guard capacity > 0 else { keys = []; values = []; shift = 0; return }
        var size = 8, bits: UInt64 = 3
        while size < capacity * 2 { size *= 2; bits += 1 }
        keys = [Int](repeating: Self.empty, count: size)
        values = [Int](repeating: 0, count: size)
        shift = 64 - bits
    }

    /// Marks a free slot; never a key.
    private static var empty: Int { Int.min }

    /// True when the map has no key.
    var isEmpty: Bool { count == 0 }

    /// The slot of `key`, or of the free slot where it would go.
    @inline(__always) private func slot(_ key: Int) -> Int {
        let mask = keys.count - 1
        var s = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[s] != key, keys[s] != Self.empty { s = (s + 1) & mask }
        return s
    }

    /// The value of `key`, nil when it has none; setting nil is not supported (keys are never removed).
    subscript(key: Int) -> Int? {
        get {
            if keys.isEmpty { return nil }
            let s = slot(key)
            return keys[s] == Self.empty ? nil : values[s]
        }
        set {
            precondition(key != Self.empty, "IntMap: Int.min is not a key")
            guard let newValue else { preconditionFailure("IntMap: keys are never removed") }
            if keys.isEmpty { self = IntMap(capacity: 4) }
            var s = slot(key)
            if keys[s] == Self.empty {
                if (count + 1) * 2 > keys.count { grow(); s = slot(key) }
                keys[s] = key
                count += 1
            }
            values[s] = newValue
        }
    }

    /// Doubles the table, keeping every key.
    private mutating func grow() {
        var bigger = IntMap(capacity: Swift.max(keys.count, 4))
        for (k, v) in zip(keys, values) where k != Self.empty { bigger[k] = v }
        self = bigger
    }
}
