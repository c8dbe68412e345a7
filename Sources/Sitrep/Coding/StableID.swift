/// Deterministic identifiers: `FNV1a` over the bytes that define a thing, in hex.
public enum StableID {
    /// A 16-hex-digit hash of the parts joined by a separator byte.
    public static func make(_ parts: [String]) -> String {
        guard let first = parts.first else { return hex(FNV1a.basis) }
        var builder = Builder(first)
        for p in parts.dropFirst() { builder.add(p) }
        return builder.text
    }

    /// The same hash as `make(_:)`, fed one part at a time, so no array of parts is built.
    public struct Builder {
        private var h = FNV1a.basis

        /// Starts with the first part.
        public init(_ first: String) { feed(first) }

        /// Adds the next part, after the separator byte.
        public mutating func add(_ part: String) {
            h = FNV1a.step(h, 0x1F)
            feed(part)
        }

        private mutating func feed(_ part: String) {
            // The bytes in place when the string has them contiguous (no decoding of the view byte by byte).
            h = part.utf8.withContiguousStorageIfAvailable { FNV1a.hash($0, from: h) } ?? FNV1a.hash(part.utf8, from: h)
        }

        /// The hash in hex.
        public var text: String { StableID.hex(h) }
    }

    /// A hash of raw bytes; another `basis` gives an independent hash of the same bytes.
    public static func make(bytes: some Sequence<UInt8>, basis: UInt64 = FNV1a.basis) -> String {
        hex(bytes.withContiguousStorageIfAvailable { FNV1a.hash($0, from: basis) } ?? FNV1a.hash(bytes, from: basis))
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
