/// The hash of a token's folded bytes, which every word table (phrase table, cue table, word
/// filters) keys on. The tokenizer computes it once per token from the bytes it has just folded.
///
/// It reads a word eight bytes at a time (four, or single bytes, for short words) instead of
/// one multiplication per byte as FNV-1a does, then mixes the result so that every bit depends
/// on every byte: the tables index by both the low and the high bits.
public enum WordHash {
    /// The hash of `bytes`.
    @inline(__always) public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return mix(0) }  // as `of(_:count:)` hashes no bytes
        return of(start, count: bytes.count)
    }

    /// The hash of the `count` bytes at `start`. Reads no byte outside them: a short word's
    /// words overlap instead, which keeps the hash a function of the bytes and their number.
    @inline(__always) public static func of(_ start: UnsafePointer<UInt8>, count n: Int) -> UInt64 {
        let p = UnsafeRawPointer(start)
        var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        if n >= 8 {
            var k = 0
            while k + 8 < n { h = step(h, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: k, as: UInt64.self))); k += 8 }
            h = step(h, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)))
        } else if n >= 4 {
            let head = UInt32(littleEndian: p.loadUnaligned(as: UInt32.self))
            let tail = UInt32(littleEndian: p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            h = step(h, UInt64(head) << 32 | UInt64(tail))
        } else if n > 0 {
            h = step(h, UInt64(start[0]) << 16 | UInt64(start[n >> 1]) << 8 | UInt64(start[n - 1]))
        }
        return mix(h)
    }

    /// One word into the running hash; the rotation carries the product's high bits down, where
    /// the next multiplication spreads them.
    @inline(__always) private static func step(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let x = (h ^ word) &* 0xD6E8_FEB8_6659_FD93
        return x << 23 | x >> 41
    }

    /// MurmurHash3's finaliser: each output bit depends on every input bit.
    @inline(__always) private static func mix(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33; h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33; h &*= 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 33)
    }
}
