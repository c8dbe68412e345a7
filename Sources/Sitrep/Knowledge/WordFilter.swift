/// A blocked Bloom filter over folded words: "certainly not in the set" in one cache-resident load,
/// since both of a word's bits lie in the same 64-bit word.
///
/// The matcher asks it before a walk of the phrase table, so the common words that begin no key cost no walk.
public struct WordFilter: Sendable {
    /// 2^20 bits (128 KB), so the filter stays in the second-level cache; with two bits per word
    /// and 100,000 words, about 4% of absent words pass.
    private var bits = [UInt64](repeating: 0, count: 1 << 14)
    private static let wordMask = (1 << 14) - 1

    /// An empty filter.
    public init() {}

    /// The hash of two adjacent words, from theirs; order matters.
    @inline(__always) public static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        let h = (first &* 0x9e37_79b9_7f4a_7c15) ^ second
        return h ^ (h >> 31)
    }

    /// Adds a word by its hash.
    public mutating func insert(_ hash: UInt64) {
        let (word, pattern) = Self.probe(hash)
        bits[word] |= pattern
    }

    /// False when the word with this hash was never inserted; true when it was, or rarely when it was not.
    @inline(__always) public func mayContain(_ hash: UInt64) -> Bool {
        let (word, pattern) = Self.probe(hash)
        return bits.withUnsafeBufferPointer { $0[word] & pattern == pattern }
    }

    /// Which 64-bit word, and the two bits in it.
    @inline(__always) private static func probe(_ hash: UInt64) -> (Int, UInt64) {
        (Int(truncatingIfNeeded: hash) & wordMask, 1 << ((hash >> 40) & 63) | 1 << ((hash >> 50) & 63))
    }
}
