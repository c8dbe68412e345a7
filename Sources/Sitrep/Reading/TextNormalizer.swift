/// Normalises report text byte by byte: curly quotes, dashes, ellipses and unusual spaces become
/// ASCII, carriage returns go; every output byte can be traced to its offset in the input.
public enum TextNormalizer {
    /// Returns the normalised bytes and where each came from in the input.
    /// Complexity: O(n) in the input's length.
    public static func normalize(_ input: some Collection<UInt8>) -> (bytes: [UInt8], origin: TextOrigin) {
        input.withContiguousStorageIfAvailable(normalize) ?? Array(input).withUnsafeBufferPointer(normalize)
    }

    private static func normalize(_ src: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], origin: TextOrigin) {
        let n = src.count
        // Output never outgrows input except "…" (3 bytes in, 3 out), so `n` slots suffice.
        var positions: [Int32] = [], deltas: [Int32] = []
        var o = 0
        let out = [UInt8](unsafeUninitializedCapacity: n) { dst, written in
            var delta = 0
            var i = 0
            while i < n {
                let c = src[i]
                if c >= 32 && c < 0x80 || c == 10 {
                    // A run of plain ASCII (line feeds included) is copied whole; only its start can
                    // shift the offsets.
                    if i - o != delta { delta = i - o; positions.append(Int32(o)); deltas.append(Int32(delta)) }
                    var j = i + 1
                    run: while true {
                        // Eight bytes at a time while none is a control byte or outside ASCII (a byte
                        // below 32 borrows in the subtraction; the byte loop then settles it exactly,
                        // and goes back to words after a line feed).
                        while j + 8 <= n {
                            let w = UnsafeRawPointer(src.baseAddress! + j).loadUnaligned(as: UInt64.self)
                            if (w | (w &- 0x2020_2020_2020_2020) & ~w) & 0x8080_8080_8080_8080 != 0 { break }
                            j += 8
                        }
                        while j < n {
                            let b = src[j]
                            if b == 10 { j += 1; continue run }
                            guard b >= 32 && b < 0x80 else { break run }
                            j += 1
                        }
                        break
                    }
                    (dst.baseAddress! + o).update(from: src.baseAddress! + i, count: j - i)
                    o += j - i
                    i = j
                    continue
                }
                var emit: UInt8 = 0
                var width = 1
                var count = 1
                if c < 0x80 {
                    // (A line feed is copied with the plain runs above.)
                    switch c {
                    // "\r\n" is one line feed, traced to the "\r", so a span that ends at the line
                    // break ends before it in the file too.
                    case 13: emit = 10; width = i + 1 < n && src[i + 1] == 10 ? 2 : 1
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
                if emit != 0 {
                    for _ in 0..<count {
                        // Output byte `o` comes from input byte `i`.
                        if i - o != delta { delta = i - o; positions.append(Int32(o)); deltas.append(Int32(delta)) }
                        dst[o] = emit; o += 1
                    }
                }
                i += width
            }
            written = o
        }
        return (out, TextOrigin(count: out.count, positions: positions, deltas: deltas))
    }
}
