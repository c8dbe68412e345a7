/// The hash of a token's folded bytes: FNV-1a, mixed so that both halves can index. The tokenizer
/// computes it while it folds, and every word table (phrase table, cue table, word filters) keys on it.
public enum WordHash {
    /// The hash of no bytes, where a word's hash starts.
    @usableFromInline static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The running hash after one more byte.
    @inline(__always) static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }

    /// The final hash from the running one.
    @inline(__always) static func finish(_ h: UInt64) -> UInt64 { h ^ (h >> 29) }

    /// The hash of `bytes`.
    @inline(__always) public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = seed
        for b in bytes { h = step(h, b) }
        return finish(h)
    }
}
