/// A small JSON text builder over bytes: the extractor's hot output path, several times faster than JSONEncoder.
public struct JSONText {
    /// Written through a raw pointer: an array's append checks uniqueness and capacity per byte.
    private final class Bytes {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0, capacity: Int

        init(capacity: Int) {
            self.capacity = Swift.max(64, capacity)
            base = .allocate(capacity: self.capacity)
        }
        deinit { base.deallocate() }

        @inline(__always) func reserve(_ n: Int) {
            guard count + n > capacity else { return }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: Swift.max(capacity * 2, count + n))
            grown.update(from: base, count: count)
            base.deallocate()
            base = grown
            capacity = Swift.max(capacity * 2, count + n)
        }
        @inline(__always) func append(_ b: UInt8) { reserve(1); base[count] = b; count += 1 }
        @inline(__always) func append(_ bytes: UnsafeRawBufferPointer) {
            reserve(bytes.count)
            if let from = bytes.baseAddress { Self.copy(from.assumingMemoryBound(to: UInt8.self), to: base + count, count: bytes.count) }
            count += bytes.count
        }
        /// Copies `n` bytes. Keys, names and numbers are short, and a call to `memcpy` for each
        /// cost more than the copy: up to 16 bytes are moved as two overlapping words, in line.
        @inline(__always) static func copy(_ from: UnsafePointer<UInt8>, to: UnsafeMutablePointer<UInt8>, count n: Int) {
            if n >= 8, n <= 16 {
                let head = UnsafeRawPointer(from).loadUnaligned(as: UInt64.self)
                let tail = UnsafeRawPointer(from + n - 8).loadUnaligned(as: UInt64.self)
                UnsafeMutableRawPointer(to).storeBytes(of: head, as: UInt64.self)
                UnsafeMutableRawPointer(to + n - 8).storeBytes(of: tail, as: UInt64.self)
            } else if n < 8 {
                for k in 0..<n { to[k] = from[k] }
            } else {
                to.update(from: from, count: n)
            }
        }
        @inline(__always) func append(_ bytes: UnsafeBufferPointer<UInt8>) { append(UnsafeRawBufferPointer(bytes)) }
    }
    private let bytes: Bytes
    /// Bit d set when the container at depth d already has a member (so the next one needs a comma).
    private var hasMember: UInt64 = 0
    private var depth = 0

    /// An empty text with room for `capacity` bytes.
    public init(capacity: Int = 4096) { bytes = Bytes(capacity: capacity) }

    /// The JSON built so far.
    public var text: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }
    /// The JSON built so far as UTF-8 bytes: what is written out, without a `String`'s validation pass.
    public var utf8: [UInt8] { withUTF8 { Array($0) } }
    /// The number of bytes built so far.
    public var count: Int { bytes.count }

    /// Calls `body` with the bytes built so far, in place.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: bytes.base, count: bytes.count))
    }

    /// Empties the text and keeps its storage, so that a writer of many records builds them all in
    /// one buffer instead of allocating and copying one per record.
    public mutating func removeAll() {
        bytes.count = 0
        hasMember = 0
        depth = 0
    }

    @inline(__always) private mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append($0) }
    }

    @inline(__always) private mutating func separate() {
        let bit: UInt64 = 1 << UInt64(depth)
        if hasMember & bit != 0 { bytes.append(44) }
        hasMember |= bit
    }

    @inline(__always) private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        precondition(depth < 64, "JSON nested too deeply")
        hasMember &= ~(1 << UInt64(depth))
    }

    @inline(__always) private mutating func close(_ bracket: UInt8) { bytes.append(bracket); depth -= 1 }

    /// Opens an object, as a value or under `key`.
    public mutating func openObject(_ key: StaticString? = nil) {
        if let key { self.key(key) } else { separate() }
        open(123)
    }
    /// Ends a JSON line: the next value starts a document of its own, with no comma before it.
    public mutating func newline() {
        bytes.append(10)
        hasMember &= ~(1 << UInt64(depth))
    }
    /// Closes the innermost object.
    public mutating func closeObject() { close(125) }
    /// Opens an array, as a value or under `key`.
    public mutating func openArray(_ key: StaticString? = nil) {
        if let key { self.key(key) } else { separate() }
        open(91)
    }
    /// Closes the innermost array.
    public mutating func closeArray() { close(93) }

    @inline(__always) private mutating func key(_ k: StaticString) {
        separate()
        k.withUTF8Buffer { name in
            bytes.reserve(name.count + 3)
            let p = bytes.base + bytes.count
            p[0] = 34
            if let from = name.baseAddress { Bytes.copy(from, to: p + 1, count: name.count) }
            p[name.count + 1] = 34
            p[name.count + 2] = 58
            bytes.count += name.count + 3
        }
    }

    /// Writes the member `k` with value `v` (null for nil).
    public mutating func field(_ k: StaticString, _ v: String?) { key(k); if let v { appendString(v) } else { raw("null") } }
    /// Writes the member `k` with value `v` (null for nil).
    public mutating func field(_ k: StaticString, _ v: Int?) {
        key(k)
        if let v { appendDecimal(v) } else { raw("null") }
    }
    /// Writes the member `k` with value `v` (null for nil).
    public mutating func field(_ k: StaticString, _ v: Double?) {
        key(k)
        guard let v, v.isFinite else { raw("null"); return }
        if !appendShortDecimal(v) { var text = v.description; text.withUTF8 { bytes.append($0) } }
    }

    /// Writes `v` as `v.description` does, for a number with at most six decimals between 0.001
    /// and 10^9 (coordinates, confidences); false, writing nothing, for any other number.
    ///
    /// `description` prints the fewest digits that read back as `v`. With k decimals, the only
    /// candidate is round(v·10^k)/10^k, and the division is correctly rounded, so it reads back as
    /// `v` exactly when it equals `v`; the first k that does is the shortest.
    ///
    /// One test at six decimals finds it: if k decimals read back as `v`, with digits d, then
    /// v·10^6 lies within 0.22 of d·10^(6−k) (v < 10^9, two roundings of 2^-53), so it rounds to
    /// exactly that, which reads back as `v` too; and d does not end in 0 for the shortest k > 0.
    /// So the six-decimal digits, stripped of trailing zeros, are the shortest ones.
    mutating func appendShortDecimal(_ v: Double) -> Bool {
        let magnitude = v.magnitude
        guard magnitude >= 0.001, magnitude < 1e9 else { return false }
        let scaled = Self.roundedHalfAway(magnitude * 1e6)
        guard scaled / 1e6 == magnitude else { return false }
        // At least one decimal stays: "5.0" for a whole number.
        var digits = UInt64(scaled), decimals = 6
        while decimals > 1, digits % 10 == 0 { digits /= 10; decimals -= 1 }
        // "0.5": the whole part has a digit even when all the digits are decimals.
        let count = (v < 0 ? 1 : 0) + Swift.max(Self.digitCount(digits), decimals + 1) + 1
        bytes.reserve(count)
        // Written from the last digit back, straight into the text.
        var p = bytes.base + bytes.count + count
        for _ in 0..<decimals { p -= 1; p.pointee = UInt8(truncatingIfNeeded: digits % 10) &+ 48; digits /= 10 }
        p -= 1; p.pointee = 46
        repeat { p -= 1; p.pointee = UInt8(truncatingIfNeeded: digits % 10) &+ 48; digits /= 10 } while digits > 0
        if v < 0 { p -= 1; p.pointee = 45 }
        bytes.count += count
        return true
    }

    /// `x.rounded()` (halves away from zero) for x ≥ 0, by the rounding instruction: ties to
    /// even differs from it only at an exact half, which is then moved up.
    @inline(__always) private static func roundedHalfAway(_ x: Double) -> Double {
        let even = x.rounded(.toNearestOrEven)
        return even - x == -0.5 ? even + 1 : even
    }

    /// The number of decimal digits of `x`: comparisons with powers of ten, which are cheaper
    /// than the divisions of a loop that strips digits.
    @inline(__always) private static func digitCount(_ x: UInt64) -> Int {
        // Every UInt64 is below 10^20, so the power never overflows before the loop stops.
        var count = 1, power: UInt64 = 10
        while count < 20, x >= power { count += 1; power &*= 10 }
        return count
    }

    /// Writes `v` in decimal, as `String(v)` would, without making the string.
    private mutating func appendDecimal(_ v: Int) {
        var left = v.magnitude
        let count = (v < 0 ? 1 : 0) + Self.digitCount(UInt64(left))
        bytes.reserve(count)
        var p = bytes.base + bytes.count + count
        repeat { p -= 1; p.pointee = UInt8(truncatingIfNeeded: left % 10) &+ 48; left /= 10 } while left > 0
        if v < 0 { p -= 1; p.pointee = 45 }
        bytes.count += count
    }
    /// Writes the member `k` with value `v` (null for nil).
    public mutating func field(_ k: StaticString, _ v: Bool) { key(k); if v { raw("true") } else { raw("false") } }
    /// Writes the member `k` with value `v` (null for nil).
    public mutating func field(_ k: StaticString, _ v: [String]) {
        key(k); bytes.append(91)
        for (i, s) in v.enumerated() { if i > 0 { bytes.append(44) }; appendString(s) }
        bytes.append(93)
    }

    /// Appends `s` as a JSON string literal, escaping quotes, backslashes and control characters.
    mutating func appendString(_ s: String) {
        // Most strings need no escape: copied as they are checked, and committed (by moving
        // `count`) only when no byte needed one. The bytes are read in place, without a mutable
        // copy of the string (a retain and a release per field).
        let plain = s.utf8.withContiguousStorageIfAvailable { utf8 in
            let n = utf8.count
            bytes.reserve(n + 2)
            let p = bytes.base + bytes.count
            p[0] = 34
            if n > 0, let from = utf8.baseAddress {
                guard Self.copyPlain(from, to: p + 1, count: n) else { return false }
            }
            p[n + 1] = 34
            bytes.count += n + 2
            return true
        }
        if plain == true { return }
        bytes.append(34)
        for b in s.utf8 {
            switch b {
            case 34: bytes.append(92); bytes.append(34)
            case 92: bytes.append(92); bytes.append(92)
            case 10: bytes.append(92); bytes.append(110)
            case 13: bytes.append(92); bytes.append(114)
            case 9: bytes.append(92); bytes.append(116)
            case 0..<32:
                let hex: StaticString = "0123456789abcdef"
                raw("\\u00")
                hex.withUTF8Buffer { hex in bytes.append(hex[Int(b >> 4)]); bytes.append(hex[Int(b & 15)]) }
            default: bytes.append(b)
            }
        }
        bytes.append(34)
    }

    /// Copies `n` (> 0) bytes, true when none needs an escape. Eight bytes at a time (the last
    /// word overlapping the one before it), four for shorter strings: a byte below 32 borrows in
    /// the subtraction, and a quote or a backslash becomes zero under the XOR. A false alarm only
    /// sends the string to the escaping loop.
    @inline(__always) private static func copyPlain(_ from: UnsafePointer<UInt8>, to: UnsafeMutablePointer<UInt8>, count n: Int) -> Bool {
        let source = UnsafeRawPointer(from), target = UnsafeMutableRawPointer(to)
        var flags: UInt64 = 0
        if n >= 8 {
            var k = 0
            while k + 8 < n {
                let w = source.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                target.storeBytes(of: w, toByteOffset: k, as: UInt64.self)
                flags |= needsEscape(w)
                k += 8
            }
            let w = source.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            target.storeBytes(of: w, toByteOffset: n - 8, as: UInt64.self)
            return flags | needsEscape(w) == 0
        }
        if n >= 4 {
            let head = source.loadUnaligned(as: UInt32.self), tail = source.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: n - 4, as: UInt32.self)
            // The first and the last four bytes (overlapping when fewer than eight) checked as one word.
            return needsEscape(UInt64(head) << 32 | UInt64(tail)) == 0
        }
        for k in 0..<n {
            let b = from[k]
            to[k] = b
            if b < 32 || b == 34 || b == 92 { flags = 1 }
        }
        return flags == 0
    }

    /// Nonzero (high bits) when some byte of `w` may be below 32, a quote or a backslash; zero only when none is.
    @inline(__always) private static func needsEscape(_ w: UInt64) -> UInt64 {
        let low = (w &- 0x2020_2020_2020_2020) & ~w
        let quote = w ^ 0x2222_2222_2222_2222, backslash = w ^ 0x5C5C_5C5C_5C5C_5C5C
        let zero = ((quote &- 0x0101_0101_0101_0101) & ~quote) | ((backslash &- 0x0101_0101_0101_0101) & ~backslash)
        return (low | zero) & 0x8080_8080_8080_8080
    }
}
