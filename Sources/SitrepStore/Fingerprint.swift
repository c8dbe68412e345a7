/// Hashes that identify a report's bytes exactly (content hash) and approximately (SimHash).
enum Fingerprint {
    /// FNV-1a over bytes, from a chosen offset basis.
    static func fnv1a(_ bytes: some Sequence<UInt8>, basis: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var h = basis
        for b in bytes { h ^= UInt64(b); h = h &* 0x100_0000_01b3 }
        return h
    }

    /// Sixteen lowercase hex digits.
    static func hex(_ h: UInt64) -> String {
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// A 128-bit content hash in hex: two FNV-1a passes with different bases, so accidental collisions need both to agree.
    static func content(_ bytes: some Collection<UInt8>) -> String {
        hex(fnv1a(bytes)) + hex(fnv1a(bytes, basis: 0x84222325_cbf29ce4))
    }

    /// SimHash over three-word shingles of lowercased words: lightly edited copies differ in few bits.
    static func simhash(_ bytes: some Collection<UInt8>) -> UInt64 {
        var counts = [Int32](repeating: 0, count: 64)
        var window: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var seen = 0
        var word: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        func endWord() {
            window = (window.1, window.2, word)
            seen += 1
            word = 0xcbf2_9ce4_8422_2325
            inWord = false
            guard seen >= 3 else { return }
            var h = window.0 &* 0x9E37_79B9_7F4A_7C15
            h ^= (window.1 << 1 | window.1 >> 63) &* 0xC2B2_AE3D_27D4_EB4F
            h ^= (window.2 << 2 | window.2 >> 62)
            h ^= h >> 29; h = h &* 0xBF58_476D_1CE4_E5B9; h ^= h >> 32
            for bit in 0..<64 { counts[bit] += (h >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
        }
        for var b in bytes {
            let isWordByte = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
            if isWordByte {
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                word ^= UInt64(b); word = word &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                endWord()
            }
        }
        if inWord { endWord() }
        var result: UInt64 = 0
        for bit in 0..<64 where counts[bit] > 0 { result |= 1 << UInt64(bit) }
        return result
    }

    /// The four 16-bit bands of a SimHash: two hashes within 3 bits agree on at least one band (pigeonhole).
    static func bands(_ h: UInt64) -> [Int64] {
        (0..<4).map { Int64((h >> UInt64($0 * 16)) & 0xFFFF) }
    }

    /// Bits that differ between two SimHashes.
    static func distance(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }
}
