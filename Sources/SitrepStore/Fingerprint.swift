import Sitrep

/// Hashes that identify a report's bytes exactly (content hash) and approximately (MinHash over word shingles).
enum Fingerprint {
    /// A 128-bit content hash in hex: two FNV-1a passes with different bases, so accidental collisions need both to agree.
    static func content(_ bytes: some Collection<UInt8>) -> String {
        StableID.make(bytes: bytes) + StableID.make(bytes: bytes, basis: 0x84222325_cbf29ce4)
    }

    /// Hashes per MinHash signature; 16 LSH bands of 4.
    static let minhashCount = 64
    static let bandRows = 4

    /// Multipliers (odd) and offsets of the MinHash functions h(x) = a·x + b, fixed so signatures compare across
    /// runs and machines. Shingle hashes are already well mixed, so one multiply-add per function is enough.
    private static let multipliers: [UInt64] = (0..<UInt64(minhashCount)).map { mix($0 &+ 0x632B_E59B_D9B4_E019) | 1 }
    private static let offsets: [UInt64] = (0..<UInt64(minhashCount)).map { mix($0 &+ 0x9E37_79B9_7F4A_7C15) }

    /// A 64-bit finaliser (SplitMix64) that spreads nearby inputs over all bits.
    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Hashes of the three-word shingles of lowercased words.
    static func shingles(_ bytes: some Collection<UInt8>) -> Set<UInt64> {
        var out = Set<UInt64>()
        var window: (UInt64, UInt64) = (0, 0)
        var seen = 0
        var word = FNV1a.basis
        var inWord = false
        func endWord() {
            if seen >= 2 { out.insert(mix(window.0 &* 31 ^ mix(window.1 ^ mix(word)))) }
            window = (window.1, word)
            seen += 1
            word = FNV1a.basis
            inWord = false
        }
        for var b in bytes {
            let isWordByte = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
            if isWordByte {
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                word = FNV1a.step(word, b)
                inWord = true
            } else if inWord {
                endWord()
            }
        }
        if inWord { endWord() }
        return out
    }

    /// The MinHash signature of a shingle set: for each seeded hash, the smallest value over the shingles.
    /// The share of equal positions between two signatures estimates the sets' Jaccard similarity.
    static func minhash(_ shingles: Set<UInt64>) -> [UInt32] {
        var mins = [UInt32](repeating: .max, count: minhashCount)
        multipliers.withUnsafeBufferPointer { a in
            offsets.withUnsafeBufferPointer { b in
                for s in shingles {
                    for i in 0..<minhashCount {
                        let h = UInt32(truncatingIfNeeded: (a[i] &* s &+ b[i]) >> 32)
                        if h < mins[i] { mins[i] = h }
                    }
                }
            }
        }
        return mins
    }

    /// Estimated Jaccard similarity of two MinHash signatures.
    static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        return Double(zip(a, b).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }) / Double(a.count)
    }

    /// LSH band keys: documents that share one are candidates (likely if Jaccard ≥ 0.7, rare below 0.3).
    static func bands(_ signature: [UInt32]) -> [Int64] {
        stride(from: 0, to: signature.count, by: bandRows).map { start in
            var h = mix(UInt64(start))
            for v in signature[start..<min(signature.count, start + bandRows)] { h = mix(h ^ UInt64(v)) }
            return Int64(bitPattern: h)
        }
    }

    /// The signature as bytes for storage, and back.
    static func blob(_ signature: [UInt32]) -> [UInt8] {
        signature.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
    }

    static func signature(blob: [UInt8]) -> [UInt32] {
        stride(from: 0, to: blob.count - 3, by: 4).map { i in (0..<4).reduce(UInt32(0)) { $0 | UInt32(blob[i + $1]) << (8 * $1) } }
    }
}
