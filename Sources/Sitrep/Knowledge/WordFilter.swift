/// A Bloom filter over folded words: "certainly not in the set" in one or two cache-resident loads.
///
/// The matcher asks it before walking the trie, so the common words that begin no key cost no walk.
public struct WordFilter: Sendable {
    /// 2^20 bits (128 KB), so the filter stays in the second-level cache; with two probes and
    /// 100,000 words, about 3% of absent words pass.
    private var bits = [UInt64](repeating: 0, count: 1 << 14)
    private static let mask = (1 << 20) - 1

    /// An empty filter.
    public init() {}

    /// FNV-1a of folded bytes, mixed so that both halves can index; the one hash every word table uses.
    @inline(__always) public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h ^ (h >> 29)
    }

    /// The hash of two adjacent words, from theirs; order matters.
    @inline(__always) public static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        let h = (first &* 0x9e37_79b9_7f4a_7c15) ^ second
        return h ^ (h >> 31)
    }

    /// Adds a word by its hash.
    public mutating func insert(_ hash: UInt64) {
        let (a, b) = Self.probes(hash)
        bits[a >> 6] |= 1 << UInt64(a & 63)
        bits[b >> 6] |= 1 << UInt64(b & 63)
    }

    /// False when the word with this hash was never inserted; true when it was, or rarely when it was not.
    @inline(__always) public func mayContain(_ hash: UInt64) -> Bool {
        let (a, b) = Self.probes(hash)
        return bits.withUnsafeBufferPointer { w in
            w[a >> 6] & (1 << UInt64(a & 63)) != 0 && w[b >> 6] & (1 << UInt64(b & 63)) != 0
        }
    }

    @inline(__always) private static func probes(_ hash: UInt64) -> (Int, Int) {
        (Int(truncatingIfNeeded: hash) & mask, Int(truncatingIfNeeded: hash >> 40) & mask)
    }
}
