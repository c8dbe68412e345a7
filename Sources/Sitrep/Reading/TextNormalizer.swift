/// Normalises report text byte by byte: curly quotes, dashes, ellipses and unusual spaces become
/// ASCII, carriage returns go; every output byte remembers its offset in the input.
public enum TextNormalizer {
    /// Returns the normalised bytes and, for each, the offset of the input byte it came from.
    /// Complexity: O(n) in the input's length.
    public static func normalize(_ input: some Collection<UInt8>) -> (bytes: [UInt8], origin: [Int32]) {
        let b = Array(input)
        var out: [UInt8] = []
        var origin: [Int32] = []
        out.reserveCapacity(b.count)
        origin.reserveCapacity(b.count)
        var i = 0
        @inline(__always) func emit(_ c: UInt8, _ at: Int) { out.append(c); origin.append(Int32(at)) }
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                switch c {
                case 13: if i + 1 < b.count, b[i + 1] == 10 {} else { emit(10, i) }
                case 9, 11, 12: emit(32, i)
                case 0..<9, 14..<32: break
                default: emit(c, i)
                }
                i += 1
                continue
            }
            if c == 0xC2, i + 1 < b.count {
                switch b[i + 1] {
                case 0xA0: emit(32, i); i += 2; continue
                case 0xAB, 0xBB: emit(34, i); i += 2; continue
                case 0xAD: i += 2; continue  // soft hyphen
                default: break
                }
            }
            if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 || b[i + 1] == 0x88 {
                let t = b[i + 2]
                if b[i + 1] == 0x88 {
                    if t == 0x92 { emit(45, i); i += 3; continue }
                } else {
                    switch t {
                    case 0x98, 0x99, 0x9B, 0xB2: emit(39, i); i += 3; continue
                    case 0x9C, 0x9D, 0x9E, 0xB3: emit(34, i); i += 3; continue
                    case 0x90...0x95: emit(45, i); i += 3; continue
                    case 0x80...0x8A, 0xAF: emit(32, i); i += 3; continue
                    case 0x8B, 0x8C, 0x8D, 0x8E, 0x8F: i += 3; continue
                    case 0xA8, 0xA9: emit(10, i); i += 3; continue
                    case 0xA6: emit(46, i); emit(46, i); emit(46, i); i += 3; continue
                    default: break
                    }
                }
            }
            if c == 0xEF, i + 2 < b.count, b[i + 1] == 0xBB, b[i + 2] == 0xBF { i += 3; continue }
            emit(c, i)
            i += 1
        }
        return (out, origin)
    }
}
