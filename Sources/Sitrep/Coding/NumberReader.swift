import Foundation

/// A count read from text: "7 million", "nearly 3,000", "dozens", "hundreds of thousands".
public struct CountPhrase: Sendable, Equatable {
    /// Token span (inclusive) of the number words, qualifier included.
    public let first: Int, last: Int
    /// The value as the codebook counts it ("dozens" 12, "hundreds" 100).
    public let value: Double
    /// exact, at_least, about or at_most.
    public let qualifier: String
}

/// Reads numbers written in digits or words, with their qualifiers.
public enum NumberReader {
    static let units: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12,
    ]
    static let scales: [String: Double] = ["hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "m": 1_000_000, "k": 1000]
    static let vague: [String: Double] = ["dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1_000_000, "tens": 10]
    /// Words that can start a count; everything else is skipped with one lookup.
    static let startWords: Set<String> = Set(units.keys).union(vague.keys).union(["a"])
    static let qualifiers: [(words: [StaticString], q: String)] = [
        (["more", "than"], "at_least"), (["at", "least"], "at_least"), (["over"], "at_least"), (["upwards", "of"], "at_least"),
        (["in", "excess", "of"], "at_least"), (["no", "fewer", "than"], "at_least"), (["about"], "about"), (["around"], "about"),
        (["nearly"], "about"), (["almost"], "about"), (["approximately"], "about"), (["some"], "about"), (["roughly"], "about"),
        (["an", "estimated"], "about"), (["estimated"], "about"), (["close", "to"], "about"), (["about", "a"], "about"),
        (["up", "to"], "at_most"), (["fewer", "than"], "at_most"), (["less", "than"], "at_most"), (["at", "most"], "at_most"),
        (["as", "many", "as"], "about"),
    ]

    // The tables above, looked up by token.
    private static let unitTable = WordTable(units)
    private static let scaleTable = WordTable(scales)
    private static let vagueTable = WordTable(vague)
    /// The last word of every qualifier: any other word before a number rules them all out at once.
    private static let qualifierEndTable = WordTable(Dictionary(qualifiers.map { ($0.words.last!.description, true) }, uniquingKeysWith: { a, _ in a }))

    /// The value of a number token's bytes (digits, group commas, decimal points), as `Double` reads
    /// them once the commas are dropped; nil when it reads none ("1.2.3").
    static func number(ofDigits bytes: ArraySlice<UInt8>) -> Double? {
        // Up to 15 significant digits the integer and the power of ten are exact doubles, so their
        // quotient is the correctly rounded value, as `Double(_:)` gives; longer numbers go through it.
        var mantissa = 0, digits = 0, decimals = 0, points = 0
        for b in bytes {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                mantissa = mantissa &* 10 &+ Int(b - UInt8(ascii: "0")); digits += 1
                if points > 0 { decimals += 1 }
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: ","): continue
            default: return nil
            }
        }
        guard digits > 15 || points > 1 else { return Double(mantissa) / powersOfTen[decimals] }
        return Double(String(decoding: bytes.filter { $0 != UInt8(ascii: ",") }, as: UTF8.self))
    }
    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

    /// Reads the count that starts at token `i` of `range`, or nil.
    public static func read(_ doc: ReadDocument, at i: Int, in range: Range<Int>) -> CountPhrase? {
        /// Whether token k (inside the range) is `word`, decided without making its string.
        func isW(_ k: Int, _ word: StaticString) -> Bool { range.contains(k) && doc.foldedIs(k, word) }
        var k = i
        var value: Double
        var vagueWord = false
        let t = doc.tokens[i]
        if t.kind == .number {
            // A comma-grouped number or a plain integer; "1.5" only before a scale word.
            guard let v = number(ofDigits: doc.folded[Int(t.foldedStart)..<Int(t.foldedEnd)]) else { return nil }
            value = v
        } else if let v = unitTable.value(doc, i, in: range) {
            value = v
            if isW(i + 1, "-"), let v2 = unitTable.value(doc, i + 2, in: range), v2 < 10 { value += v2; k = i + 2 }
        } else if isW(i, "a") {
            guard isW(i + 1, "dozen") else { return nil }
            value = 12; k = i + 1
        } else if let v = vagueTable.value(doc, i, in: range) {
            value = v; vagueWord = true
            // "hundreds of thousands", "tens of thousands".
            if isW(i + 1, "of"), let s = vagueTable.value(doc, i + 2, in: range), s >= 1000 { value = v * s; k = i + 2 }
        } else {
            return nil
        }
        if !vagueWord, let s = scaleTable.value(doc, k + 1, in: range) { value *= s; k += 1 }
        if !vagueWord, isW(k + 1, "and"), let v2 = unitTable.value(doc, k + 2, in: range), value >= 100 { value += v2; k += 2 }
        // Qualifier before the number.
        var first = i
        var q = vagueWord ? "at_least" : "exact"
        if qualifierEndTable.contains(doc, i - 1, in: range) {
            for (words, qual) in qualifiers {
                let n = words.count
                guard i - n >= range.lowerBound else { continue }
                if (0..<n).allSatisfy({ isW(i - n + $0, words[$0]) }) { q = qual; first = i - n; break }
            }
        }
        if isW(k + 1, "or"), isW(k + 2, "more") { q = "at_least"; k += 2 }
        return CountPhrase(first: first, last: k, value: value, qualifier: q)
    }
}
