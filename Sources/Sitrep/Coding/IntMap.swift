/// A map from integer keys to integers for a document's bookkeeping (events by place, places by
/// name): open addressing with a multiplicative hash. `Dictionary` hashes every key with SipHash,
/// which cost more than the rest of such a lookup; these keys come from the program, not from
/// the text, so they need no protection from chosen collisions. Keys and values share one plain
/// `Int` array, key then value in each slot: one allocation, and a storage type the runtime need
/// not look up.
struct IntMap {
    private var slots: [Int]
    private var shift: UInt64
    /// The number of keys.
    private(set) var count = 0

    /// An empty map with room for `capacity` keys before it grows; with none, it allocates
    /// nothing until its first key.
    init(capacity: Int = 0) {
        guard capacity > 0 else { slots = []; shift = 0; return }
        var size = 8, bits: UInt64 = 3
        while size < capacity * 2 { size *= 2; bits += 1 }
        slots = [Int](repeating: Self.empty, count: 2 * size)
        shift = 64 - bits
    }

    /// Marks a free slot; never a key.
    private static var empty: Int { Int.min }

    /// True when the map has no key.
    var isEmpty: Bool { count == 0 }

    /// The number of slots.
    private var size: Int { slots.count / 2 }

    /// The index in `slots` of `key`, or of the free slot where it would go (its value follows it).
    @inline(__always) private func slot(_ key: Int) -> Int {
        let mask = size - 1
        var s = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[2 * s] != key, slots[2 * s] != Self.empty { s = (s + 1) & mask }
        return 2 * s
    }

    /// The value of `key`, nil when it has none; setting nil is not supported (keys are never removed).
    subscript(key: Int) -> Int? {
        get {
            if slots.isEmpty { return nil }
            let s = slot(key)
            return slots[s] == Self.empty ? nil : slots[s + 1]
        }
        set {
            precondition(key != Self.empty, "IntMap: Int.min is not a key")
            guard let newValue else { preconditionFailure("IntMap: keys are never removed") }
            if slots.isEmpty { self = IntMap(capacity: 4) }
            var s = slot(key)
            if slots[s] == Self.empty {
                if (count + 1) * 2 > size { grow(); s = slot(key) }
                slots[s] = key
                count += 1
            }
            slots[s + 1] = newValue
        }
    }

    /// Doubles the table, keeping every key.
    private mutating func grow() {
        var bigger = IntMap(capacity: Swift.max(size, 4))
        for s in stride(from: 0, to: slots.count, by: 2) where slots[s] != Self.empty { bigger[slots[s]] = slots[s + 1] }
        self = bigger
    }
}
