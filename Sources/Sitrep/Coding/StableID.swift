/// Deterministic identifiers: FNV-1a 64 over the bytes that define a thing, in hex.
public enum StableID {
    /// A 16-hex-digit hash of the parts joined by a separator byte.
    public static func make(_ parts: [String]) -> String {
        guard let first = parts.first else { return hex(0xcbf2_9ce4_8422_2325) }
        var builder = Builder(first)
        for p in parts.dropFirst() { builder.add(p) }
        return builder.text
    }

    /// The same hash as `make(_:)`, fed one part at a time, so no array of parts is built.
    public struct Builder {
        private var h: UInt64 = 0xcbf2_9ce4_8422_2325

        /// Starts with the first part.
        public init(_ first: String) { feed(first) }

        /// Adds the next part, after the separator byte.
        public mutating func add(_ part: String) {
            h ^= 0x1F; h = h &* 0x100_0000_01b3
            feed(part)
        }

        private mutating func feed(_ part: String) {
            // The bytes in place (no decoding of the view byte by byte, no mutable copy of the string).
            var h = self.h
            let read: Void? = part.utf8.withContiguousStorageIfAvailable { bytes in
                for b in bytes { h ^= UInt64(b); h = h &* 0x100_0000_01b3 }
            }
            if read == nil {
                for b in part.utf8 { h ^= UInt64(b); h = h &* 0x100_0000_01b3 }
            }
            self.h = h
        }

        /// The hash in hex.
        public var text: String { StableID.hex(h) }
    }

    /// A hash of raw bytes; another `basis` gives an independent hash of the same bytes.
    public static func make(bytes: some Sequence<UInt8>, basis: UInt64 = 0xcbf2_9ce4_8422_2325) -> String {
        var h = basis
        for b in bytes { h ^= UInt64(b); h = h &* 0x100_0000_01b3 }
        return hex(h)
    }

    /// Sixteen lowercase hex digits, zero-padded (as `String(h, radix: 16)` padded to 16).
    static func hex(_ h: UInt64) -> String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 16) { out in
            digits.withUTF8Buffer { digits in
                for k in 0..<16 { out[k] = digits[Int(truncatingIfNeeded: h >> (60 - 4 * UInt64(k))) & 15] }
            }
            return 16
        }
    }
}
