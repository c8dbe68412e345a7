/// The hash of a token's folded bytes: `FNV1a`, mixed so that both halves can index. The tokenizer
/// computes it while it folds, and every word table (phrase table, cue table, word filters) keys on it.
public enum WordHash {
    /// The final hash from the running one.
    @inline(__always) static func finish(_ h: UInt64) -> UInt64 { h ^ (h >> 29) }

    /// The hash of `bytes`.
    @inline(__always) public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { finish(FNV1a.hash(bytes)) }
}
