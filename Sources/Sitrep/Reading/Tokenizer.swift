/// Splits normalised text into tokens, their folded forms and their word hashes in one pass over the bytes.
public enum Tokenizer {
    /// A text's tokens, the folded bytes they point into, and the token range of each non-empty line.
    public struct Output {
        public var tokens: [Token]
        public var folded: [UInt8]
        public var lines: [Range<Int>]
    }

    /// Tokenizes the whole of `bytes` (normalised text: no control bytes but line feeds).
    /// Complexity: O(n).
    public static func tokenize(_ bytes: [UInt8]) -> Output {
        // The tokens are written straight into the array's storage, sized for prose (a token per
        // four bytes and more); denser text (tables, lists of figures) is scanned once more into
        // room for exactly the tokens the first scan counted.
        var capacity = bytes.count / 4 + 16
        while true {
            var lines: [Range<Int>] = []
            lines.reserveCapacity(32)  // a report's lines, mostly: one allocation instead of a growth at each doubling
            var folded: [UInt8] = []
            var counted = 0
            let tokens = [Token](unsafeUninitializedCapacity: capacity) { tokenBuffer, tokenCount in
                // Folded forms are never longer than the text they come from, so one buffer of its size takes them.
                folded = [UInt8](unsafeUninitializedCapacity: bytes.count) { out, written in
                    bytes.withUnsafeBufferPointer { bytes in
                        var sink = TokenSink(buffer: tokenBuffer)
                        written = scan(bytes, into: &sink, folded: out, lines: &lines)
                        counted = sink.count
                        tokenCount = Swift.min(counted, tokenBuffer.count)
                    }
                }
            }
            if counted <= capacity { return Output(tokens: tokens, folded: folded, lines: lines) }
            capacity = counted
        }
    }

    /// Tokens written into uninitialised storage: the scan's hottest store pays no uniqueness check.
    /// Tokens past the end are counted but not kept, so the caller knows how much room a second
    /// scan needs.
    private struct TokenSink {
        let buffer: UnsafeMutableBufferPointer<Token>
        /// Tokens appended, kept or not.
        var count = 0

        init(buffer: UnsafeMutableBufferPointer<Token>) { self.buffer = buffer }

        @inline(__always) mutating func append(_ t: Token) {
            if count < buffer.count { buffer.baseAddress!.advanced(by: count).initialize(to: t) }
            count += 1
        }
    }

    /// The tokenizer proper: writes folded bytes to `folded` from 0 and returns how many.
    /// The output position is a plain local, updated inline, so the hot letter loop pays no
    /// exclusivity or uniqueness check.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout TokenSink,
                             folded: UnsafeMutableBufferPointer<UInt8>, lines: inout [Range<Int>]) -> Int {
        guard let first = bytes.baseAddress, let out = folded.baseAddress else { return 0 }
        let base = UnsafeRawPointer(first)
        var o = 0
        var i = 0
        let end = bytes.count
        var lineFirst = 0
        while i < end {
            let c = bytes[i]
            if c == 32 { i += 1; continue }
            if c == 10 {
                if tokens.count > lineFirst { lines.append(lineFirst..<tokens.count); lineFirst = tokens.count }
                i += 1; continue
            }
            let start = i
            let fStart = o
            if isDigit(c) {
                // Digits with inner separators: 3,000 / 1.5 / 6%.
                while i < end {
                    let d = bytes[i]
                    if isDigit(d) || (d == 44 || d == 46) && i + 1 < end && isDigit(bytes[i + 1]) {
                        out[o] = d; o += 1; i += 1; continue
                    }
                    break
                }
                tokens.append(Token(start: Int32(start), end: Int32(i), foldedStart: Int32(fStart), foldedEnd: Int32(o), kind: .number,
                                    capitalized: false, allCaps: false, isASCII: true, hash: WordHash.of(out + fStart, count: o - fStart)))
                continue
            }
            if isLetter(c) {
                // Letters are counted as the bytes emitted minus those that are not letters of their
                // own (apostrophes, the tail bytes of a multi-byte letter), so the loop counts neither.
                var upper = 0, notLetters = 0
                var ascii = true
                while i < end {
                    // Runs of lowercase letters and digits, most of a word, eight bytes at a time: the
                    // word is stored whole (the output is never ahead of the input, so it has room)
                    // and the run's length taken from it.
                    if i &+ 8 <= end {
                        let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        UnsafeMutableRawPointer(out + o).storeBytes(of: word, as: UInt64.self)
                        let run = lowercaseRun(UInt64(littleEndian: word))
                        i &+= run; o &+= run
                        if run == 8 { continue }
                    }
                    let d = bytes[i]
                    // Lowercase letters and digits, then capitals: one comparison each (wrapping subtraction).
                    if d &- 97 < 26 || d &- 48 < 10 { out[o] = d; o += 1; i += 1; continue }
                    if d &- 65 < 26 { upper += 1; out[o] = d | 0x20; o += 1; i += 1; continue }
                    if d < 0x80 {
                        // Apostrophes and periods inside words: People's, d'Ivoire, U.S.
                        // The possessive 's is a token of its own, so "Union's" still matches "Union".
                        let possessive = d == 39 && i + 1 < end && (bytes[i + 1] == 115 || bytes[i + 1] == 83) && (i + 2 >= end || !isAlnum(bytes[i + 2]))
                        if !possessive, (d == 39 || d == 46), i + 1 < end, isLetter(bytes[i + 1]), d == 39 || isUpperASCII(bytes[i + 1]) && i > start && isUpperASCII(bytes[i - 1]) {
                            if d == 39 { out[o] = d; o += 1; notLetters += 1 }
                            i += 1; continue
                        }
                        if d == 46, i > start, isUpperASCII(bytes[i - 1]), upper == o - fStart - notLetters, hasInnerPeriod(bytes, from: start, to: i) {
                            i += 1; continue  // the final period of U.S. / U.N.
                        }
                        break
                    }
                    // Multi-byte letter: fold Latin-1 accents to ASCII, keep others.
                    if d == 0xC3, i + 1 < end {
                        let f = latin1Fold[Int(bytes[i + 1] & 0x3F)]
                        if f != 0 {
                            if bytes[i + 1] < 0x9F { upper += 1 }
                            out[o] = f; o += 1; i += 2; continue
                        }
                    }
                    let n = min(d >= 0xF0 ? 4 : d >= 0xE0 ? 3 : 2, end - i)
                    ascii = false
                    notLetters += n - 1
                    for k in 0..<n { out[o] = bytes[i + k]; o += 1 }
                    i += n
                }
                let letters = o - fStart - notLetters
                let cap = isUpperASCII(c) || (c == 0xC3 && start + 1 < end && bytes[start + 1] < 0x9F)
                tokens.append(Token(start: Int32(start), end: Int32(i), foldedStart: Int32(fStart), foldedEnd: Int32(o), kind: .word,
                                    capitalized: cap, allCaps: letters >= 2 && upper == letters, isASCII: ascii, hash: WordHash.of(out + fStart, count: o - fStart)))
                continue
            }
            out[o] = c; o += 1
            i += 1
            tokens.append(Token(start: Int32(start), end: Int32(i), foldedStart: Int32(fStart), foldedEnd: Int32(o), kind: .punct,
                                capitalized: false, allCaps: false, isASCII: c < 0x80, hash: WordHash.of(out + fStart, count: 1)))
        }
        if tokens.count > lineFirst { lines.append(lineFirst..<tokens.count) }
        return o
    }

    /// The folded key of a phrase as the matcher sees it: folded tokens joined by one space.
    public static func key(_ phrase: String) -> [UInt8] {
        let (bytes, _) = TextNormalizer.normalize(Array(phrase.utf8))
        let out = tokenize(bytes)
        var key: [UInt8] = []
        for (n, t) in out.tokens.enumerated() {
            if n > 0 { key.append(32) }
            key.append(contentsOf: out.folded[Int(t.foldedStart)..<Int(t.foldedEnd)])
        }
        return key
    }

    /// How many of the bytes of `w` (in memory order from the low byte) are lowercase ASCII
    /// letters or digits before the first that is not. Each byte's range test is done in its
    /// own seven bits, so no carry crosses into the next byte; a byte of 0x80 and over fails.
    @inline(__always) static func lowercaseRun(_ w: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let seven = w & (0x7F &* ones), ascii = ~w & (0x80 &* ones)
        // The high bit of (127 + hi) - x is set when x < hi; that of x + (127 - lo) when x > lo.
        let lower = ((127 + 123) &* ones &- seven) & (seven &+ (127 - 96) &* ones)
        let digit = ((127 + 58) &* ones &- seven) & (seven &+ (127 - 47) &* ones)
        let stop = ~((lower | digit) & ascii) & (0x80 &* ones)
        return stop == 0 ? 8 : stop.trailingZeroBitCount >> 3
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
