/// FNV-1a over 64 bits: the byte hash behind word hashes, stable ids and store fingerprints.
public enum FNV1a {
    /// The offset basis: the hash of no bytes.
    @inline(__always) public static var basis: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// The hash after one more byte.
    @inline(__always) public static func step(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }

    /// The hash after eight more bytes, read as one word in memory order.
    @inline(__always) public static func step(_ h: UInt64, eight word: UInt64) -> UInt64 {
        let w = UInt64(littleEndian: word)
        var h = h
        h = step(h, UInt8(truncatingIfNeeded: w)); h = step(h, UInt8(truncatingIfNeeded: w >> 8))
        h = step(h, UInt8(truncatingIfNeeded: w >> 16)); h = step(h, UInt8(truncatingIfNeeded: w >> 24))
        h = step(h, UInt8(truncatingIfNeeded: w >> 32)); h = step(h, UInt8(truncatingIfNeeded: w >> 40))
        h = step(h, UInt8(truncatingIfNeeded: w >> 48)); h = step(h, UInt8(truncatingIfNeeded: w >> 56))
        return h
    }

    /// The hash of `bytes`, continuing from `h`: `hash(_:from:)` of any sequence, eight bytes a step.
    @inline(__always) public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, from h: UInt64 = basis) -> UInt64 {
        var h = h, k = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while k + 8 <= bytes.count { h = step(h, eight: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)); k += 8 }
        }
        while k < bytes.count { h = step(h, bytes[k]); k += 1 }
        return h
    }

    /// The hash of `bytes`, continuing from `h`.
    @inline(__always) public static func hash(_ bytes: some Sequence<UInt8>, from h: UInt64 = basis) -> UInt64 {
        var h = h
        for b in bytes { h = step(h, b) }
        return h
    }
}
