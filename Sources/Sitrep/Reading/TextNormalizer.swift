/// Normalises report text byte by byte: curly quotes, dashes, ellipses and unusual spaces become
/// ASCII, carriage returns go; every output byte remembers its offset in the input.
public enum TextNormalizer {
    /// Returns the normalised bytes and, for each, the offset of the input byte it came from.
    /// Complexity: O(n) in the input's length.
    public static func normalize(_ input: some Collection<UInt8>) -> (bytes: [UInt8], origin: [Int32]) {
        let b = Array(input)
        let n = b.count
        var out = [UInt8](repeating: 0, count: n)
        var origin = [Int32](repeating: 0, count: n)
        var o = 0
        b.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                origin.withUnsafeMutableBufferPointer { org in
                    var i = 0
                    // Output never outgrows input except "…" (3 bytes in, 3 out), so `n` slots suffice.
                    while i < n {
                        let c = src[i]
                        if c >= 32 && c < 0x80 { dst[o] = c; org[o] = Int32(i); o += 1; i += 1; continue }
                        var emit: UInt8 = 0
                        var width = 1
                        var count = 1
                        if c < 0x80 {
                            switch c {
                            case 10: emit = 10
                            case 13: emit = i + 1 < n && src[i + 1] == 10 ? 0 : 10
                            case 9, 11, 12: emit = 32
                            default: emit = 0
                            }
                        } else if c == 0xC2, i + 1 < n {
                            switch src[i + 1] {
                            case 0xA0: emit = 32; width = 2
                            case 0xAB, 0xBB: emit = 34; width = 2
                            case 0xAD: emit = 0; width = 2
                            default: emit = c
                            }
                        } else if c == 0xE2, i + 2 < n, src[i + 1] == 0x80 || src[i + 1] == 0x88 {
                            let t = src[i + 2]
                            emit = c
                            if src[i + 1] == 0x88 {
                                if t == 0x92 { emit = 45; width = 3 }
                            } else {
                                switch t {
                                case 0x98, 0x99, 0x9B, 0xB2: emit = 39; width = 3
                                case 0x9C, 0x9D, 0x9E, 0xB3: emit = 34; width = 3
                                case 0x90...0x95: emit = 45; width = 3
                                case 0x80...0x8A, 0xAF: emit = 32; width = 3
                                case 0x8B...0x8F: emit = 0; width = 3
                                case 0xA8, 0xA9: emit = 10; width = 3
                                case 0xA6: emit = 46; width = 3; count = 3
                                default: break
                                }
                            }
                        } else if c == 0xEF, i + 2 < n, src[i + 1] == 0xBB, src[i + 2] == 0xBF {
                            emit = 0; width = 3
                        } else {
                            emit = c
                        }
                        if emit != 0 { for _ in 0..<count { dst[o] = emit; org[o] = Int32(i); o += 1 } }
                        i += width
                    }
                }
            }
        }
        out.removeLast(n - o)
        origin.removeLast(n - o)
        return (out, origin)
    }
}
