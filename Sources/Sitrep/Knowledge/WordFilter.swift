/// A blocked Bloom filter over folded words: "certainly not in the set" in one cache-resident load,
/// since both of a word's bits lie in the same 64-bit word.
///
/// The matcher asks it before a walk of the phrase table, so the common words that begin no key cost no walk.
public struct WordFilter: Sendable {
    /// 2^20 bits (128 KB) by default, so the filter stays in the second-level cache; with two bits
    /// per word and 100,000 words, about 4% of absent words pass.
    private var bits: [UInt64]
    private let wordMask: Int

    /// An empty filter of 2^`log2Words` 64-bit words.
    public init(log2Words: Int = 14) {
        bits = [UInt64](repeating: 0, count: 1 << log2Words)
        wordMask = (1 << log2Words) - 1
    }

    /// A filter of `hashes`, about 16 bits per word (under 2% of absent words pass), so that a
    /// small set stays in the first-level cache.
    public init(hashes: some Collection<UInt64>) {
        var log2Words = 3
        while 1 << (log2Words + 6) < 16 * hashes.count { log2Words += 1 }
        self.init(log2Words: log2Words)
        for h in hashes { insert(h) }
    }

    /// The hash of two adjacent words, from theirs; order matters.
    @inline(__always) public static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        let h = (first &* 0x9e37_79b9_7f4a_7c15) ^ second
        return h ^ (h >> 31)
    }

    /// Adds a word by its hash.
    public mutating func insert(_ hash: UInt64) {
        let (word, pattern) = probe(hash)
        bits[word] |= pattern
    }

    /// False when the word with this hash was never inserted; true when it was, or rarely when it was not.
    @inline(__always) public func mayContain(_ hash: UInt64) -> Bool {
        let (word, pattern) = probe(hash)
        return bits.withUnsafeBufferPointer { $0[word] & pattern == pattern }
    }

    /// Which 64-bit word, and the two bits in it.
    @inline(__always) private func probe(_ hash: UInt64) -> (Int, UInt64) {
        (Int(truncatingIfNeeded: hash) & wordMask, 1 << ((hash >> 40) & 63) | 1 << ((hash >> 50) & 63))
    }
}
