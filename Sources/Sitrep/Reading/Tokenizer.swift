/// Splits normalised text into tokens and their folded forms in one pass over the bytes.
public enum Tokenizer {
    /// Tokens of `bytes[range]` appended to `tokens`; folded forms appended to `folded`.
    /// Complexity: O(n).
    public static func tokenize(_ bytes: [UInt8], range: Range<Int>, into tokens: inout [Token], folded: inout [UInt8]) {
        // Folded forms are never longer than the text they come from, so one buffer of the range's
        // size takes them; filling it through a pointer spares a uniqueness check per byte.
        let base = folded.count
        var found: [Token] = []
        found.reserveCapacity(range.count / 4)
        let out = [UInt8](unsafeUninitializedCapacity: range.count) { out, written in
            bytes.withUnsafeBufferPointer { bytes in
                written = scan(bytes, range, into: &found, folded: out, base: base)
            }
        }
        folded.append(contentsOf: out)
        tokens.append(contentsOf: found)
    }

    /// The tokenizer proper: writes folded bytes to `folded` from 0 and returns how many; token
    /// offsets into the folded text start at `base`.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into tokens: inout [Token],
                             folded: UnsafeMutableBufferPointer<UInt8>, base: Int) -> Int {
        var o = 0
        @inline(__always) func emit(_ b: UInt8) { folded[o] = b; o += 1 }
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = bytes[i]
            if c == 32 || c == 10 { i += 1; continue }
            let start = i
            let fStart = base + o
            if isDigit(c) {
                // Digits with inner separators: 3,000 / 1.5 / 6%.
                while i < end {
                    let d = bytes[i]
                    if isDigit(d) { emit(d); i += 1; continue }
                    if (d == 44 || d == 46), i + 1 < end, isDigit(bytes[i + 1]) { emit(d); i += 1; continue }
                    break
                }
                tokens.append(Token(start: Int32(start), end: Int32(i), foldedStart: Int32(fStart), foldedEnd: Int32(base + o), kind: .number, capitalized: false, allCaps: false))
                continue
            }
            if isLetter(c) {
                var upper = 0, letters = 0
                while i < end {
                    let d = bytes[i]
                    if d < 0x80 {
                        // Lowercase letters and digits, then capitals: one comparison each (wrapping subtraction).
                        if d &- 97 < 26 || d &- 48 < 10 { letters += 1; emit(d); i += 1; continue }
                        if d &- 65 < 26 { letters += 1; upper += 1; emit(d | 0x20); i += 1; continue }
                        // Apostrophes and periods inside words: People's, d'Ivoire, U.S.
                        // The possessive 's is a token of its own, so "Union's" still matches "Union".
                        let possessive = d == 39 && i + 1 < end && (bytes[i + 1] == 115 || bytes[i + 1] == 83) && (i + 2 >= end || !isAlnum(bytes[i + 2]))
                        if !possessive, (d == 39 || d == 46), i + 1 < end, isLetter(bytes[i + 1]), d == 39 || isUpperASCII(bytes[i + 1]) && i > start && isUpperASCII(bytes[i - 1]) {
                            if d == 39 { emit(d) }
                            i += 1; continue
                        }
                        if d == 46, i > start, isUpperASCII(bytes[i - 1]), i + 1 < end || i + 1 == end, upper == letters, hasInnerPeriod(bytes, from: start, to: i) {
                            i += 1; continue  // the final period of U.S. / U.N.
                        }
                        break
                    }
                    // Multi-byte letter: fold Latin-1 accents to ASCII, keep others.
                    let n = d >= 0xF0 ? 4 : d >= 0xE0 ? 3 : 2
                    if d == 0xC3, i + 1 < end {
                        let f = latin1Fold[Int(bytes[i + 1] & 0x3F)]
                        if f != 0 {
                            letters += 1
                            if bytes[i + 1] < 0x9F { upper += 1 }
                            emit(f); i += 2; continue
                        }
                    }
                    letters += 1
                    for k in 0..<n where i + k < end { emit(bytes[i + k]) }
                    i += n
                }
                let cap = isUpperASCII(c) || (c == 0xC3 && start + 1 < end && bytes[start + 1] < 0x9F)
                tokens.append(Token(start: Int32(start), end: Int32(i), foldedStart: Int32(fStart), foldedEnd: Int32(base + o), kind: .word, capitalized: cap, allCaps: letters >= 2 && upper == letters))
                continue
            }
            emit(c)
            i += 1
            tokens.append(Token(start: Int32(start), end: Int32(i), foldedStart: Int32(fStart), foldedEnd: Int32(base + o), kind: .punct, capitalized: false, allCaps: false))
        }
        return o
    }

    /// The folded key of a phrase as the matcher sees it: folded tokens joined by one space.
    public static func key(_ phrase: String) -> [UInt8] {
        let (bytes, _) = TextNormalizer.normalize(Array(phrase.utf8))
        var tokens: [Token] = []
        var folded: [UInt8] = []
        tokenize(bytes, range: 0..<bytes.count, into: &tokens, folded: &folded)
        var key: [UInt8] = []
        for (n, t) in tokens.enumerated() {
            if n > 0 { key.append(32) }
            key.append(contentsOf: folded[Int(t.foldedStart)..<Int(t.foldedEnd)])
        }
        return key
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    @inline(__always) static func isUpperASCII(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
    @inline(__always) static func isAlnum(_ c: UInt8) -> Bool { (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) }
    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xC0 }

    private static func hasInnerPeriod(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var i = from
        while i < to { if b[i] == 46 { return true }; i += 1 }
        return false
    }

    /// ASCII letters for the second byte of C3 xx sequences (À–ÿ); 0 where there is none.
    private static let latin1Fold: [UInt8] = {
        let s = "aaaaaaaceeeeiiii" + "dnooooo" + "\0" + "ouuuuyts" + "aaaaaaaceeeeiiii" + "dnooooo" + "\0" + "ouuuuyty"
        return s.utf8.map { $0 == 0 ? 0 : $0 }
    }()
}
