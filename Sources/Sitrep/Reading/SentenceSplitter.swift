/// Finds sentence ends among a paragraph's tokens, knowing abbreviations, initials, decimals and quotes.
public enum SentenceSplitter {
    /// Words that take a period without ending a sentence.
    static let abbreviations: [String] = [
        "gen", "lt", "col", "maj", "sgt", "capt", "cpl", "brig", "adm", "cmdr", "dr", "mr", "mrs", "ms", "no", "nos",
        "st", "mt", "ft", "gov", "sen", "rep", "prof", "pres", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec",
        "vs", "etc", "approx", "fig", "inc", "ltd", "co", "corp", "jr", "sr", "rev", "hon", "amb", "e.g", "i.e", "cf", "al",
    ]
    /// Words that start a sentence after an acronym such as U.S.
    static let starters: [String] = [
        "the", "it", "he", "she", "they", "this", "that", "in", "on", "a", "an", "but", "we", "its", "their", "there",
        "after", "since", "however", "meanwhile", "residents", "officials",
    ]

    private static let abbreviationTable = WordTable(Dictionary(uniqueKeysWithValues: abbreviations.map { ($0, true) }))
    private static let starterTable = WordTable(Dictionary(uniqueKeysWithValues: starters.map { ($0, true) }))

    /// Appends the sentences of `tokens[range]` (one paragraph, number `paragraph`) to `sentences`.
    public static func split(tokens: [Token], range: Range<Int>, text: [UInt8], folded: [UInt8], paragraph: Int, into sentences: inout [Sentence]) {
        folded.withUnsafeBufferPointer { folded in
            abbreviationTable.withLookup { abbreviations in
                starterTable.withLookup { starters in
                    split(tokens, range, text, folded, paragraph, abbreviations, starters, &sentences)
                }
            }
        }
    }

    private static func split(_ tokens: [Token], _ range: Range<Int>, _ text: [UInt8], _ folded: UnsafeBufferPointer<UInt8>, _ paragraph: Int,
                              _ abbreviations: WordTable<Bool>.Lookup, _ starters: WordTable<Bool>.Lookup, _ sentences: inout [Sentence]) {
        func add(_ r: Range<Int>) {
            sentences.append(Sentence(index: sentences.count, paragraph: paragraph, tokens: r,
                                      start: Int(tokens[r.lowerBound].start), end: Int(tokens[r.upperBound - 1].end)))
        }
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            var isEnd = false
            var last = i
            if t.kind == .punct, let c = text[Int(t.start)] as UInt8?, c == 46 || c == 33 || c == 63 {
                isEnd = true
                if c == 46, i > start {
                    let prev = tokens[i - 1]
                    if prev.kind == .word, prev.end == t.start {
                        if abbreviations.value(prev, folded) != nil { isEnd = false }
                        if prev.foldedEnd - prev.foldedStart == 1, prev.capitalized { isEnd = false }  // an initial
                    }
                }
            } else if t.kind == .word, text[Int(t.end) - 1] == 46 {
                // An acronym with its final period (U.S.): a sentence end only before a usual starter.
                if i + 1 < range.upperBound, tokens[i + 1].kind == .word, tokens[i + 1].capitalized, starters.value(tokens[i + 1], folded) != nil { isEnd = true }
            }
            if isEnd {
                // Closing quotes and brackets stay with the sentence they close.
                while last + 1 < range.upperBound, tokens[last + 1].kind == .punct, tokens[last + 1].start == tokens[last].end, [34, 39, 41, 93].contains(text[Int(tokens[last + 1].start)]) { last += 1 }
                if last + 1 < range.upperBound {
                    let next = tokens[last + 1]
                    let startsUpper = next.capitalized || next.kind == .number || (next.kind == .punct && [34, 40, 45].contains(text[Int(next.start)]))
                    if !startsUpper { isEnd = false }
                }
            }
            if isEnd {
                add(start..<(last + 1))
                start = last + 1
                i = last + 1
                continue
            }
            i += 1
        }
        if start < range.upperBound { add(start..<range.upperBound) }
    }
}
