/// Deterministic identifiers: FNV-1a 64 over the bytes that define a thing, in hex.
public enum StableID {
    /// A 16-hex-digit hash of the parts joined by a separator byte.
    public static func make(_ parts: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for (i, p) in parts.enumerated() {
            if i > 0 { h ^= 0x1F; h = h &* 0x100_0000_01b3 }
            var p = p  // withUTF8 reads the bytes in place instead of decoding the view byte by byte
            p.withUTF8 { for b in $0 { h ^= UInt64(b); h = h &* 0x100_0000_01b3 } }
        }
        return hex(h)
    }

    /// A hash of raw bytes; another `basis` gives an independent hash of the same bytes.
    public static func make(bytes: some Sequence<UInt8>, basis: UInt64 = 0xcbf2_9ce4_8422_2325) -> String {
        var h = basis
        for b in bytes { h ^= UInt64(b); h = h &* 0x100_0000_01b3 }
        return hex(h)
    }

    /// Sixteen lowercase hex digits, zero-padded (as `String(h, radix: 16)` padded to 16).
    private static func hex(_ h: UInt64) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: (0..<16).map { digits[Int(truncatingIfNeeded: h >> (60 - 4 * UInt64($0))) & 15] }, as: UTF8.self)
    }
}
