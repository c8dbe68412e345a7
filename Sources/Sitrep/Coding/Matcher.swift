/// Finds every place, actor and trigger mention of a sentence with one walk of the phrase table from each token.
public struct Matcher: Sendable {
    let kb: KnowledgeBase

    /// A matcher over the given knowledge.
    public init(knowledge: KnowledgeBase) { kb = knowledge }

    /// Mentions of every sentence of `doc`, longest per vocabulary, in text order. A walk starts
    /// only at a word that may begin a key, and goes on only over pairs of words that may occur in one.
    /// Complexity: O(tokens × longest key), independent of vocabulary size.
    ///
    /// Every sentence's list is a slice of one array, so a document allocates one list, not one per sentence.
    func mentions(in doc: ReadDocument) -> (mentions: [ArraySlice<Mention>], pool: [Int32]) {
        kb.phrases.withScanner { scanner in
            doc.tokens.withUnsafeBufferPointer { tokens in
                doc.folded.withUnsafeBufferPointer { folded in
                    var scratch = Scratch()
                    var pool: [Int32] = []
                    var all: [Mention] = []
                    pool.reserveCapacity(doc.tokens.count / 2)
                    all.reserveCapacity(doc.tokens.count / 8)
                    var ends: [Int] = []
                    ends.reserveCapacity(doc.sentences.count)
                    for s in doc.sentences {
                        mentions(scanner, tokens, folded, s, &scratch, &pool, into: &all)
                        ends.append(all.count)
                    }
                    var start = 0
                    let found = ends.map { end in defer { start = end }; return all[start..<end] }
                    return (found, pool)
                }
            }
        }
    }

    /// A match before the longest-match filter: which vocabulary, where, and the node it ends at.
    private struct Raw { let kind: LexRef.Kind; let first: Int32; let last: Int32; let node: Int32 }

    /// Match lists reused from sentence to sentence, so a document allocates them once (with room
    /// for a long sentence's matches, so they rarely grow).
    private struct Scratch {
        var raw: [Raw] = [], kept: [Raw] = []
        // 48 matches: room for a long sentence within the allocator's small-block cache (1 KB).
        init() { raw.reserveCapacity(48); kept.reserveCapacity(48) }
    }

    private func mentions(_ scanner: PhraseTable<LexRef>.Scanner, _ tokens: UnsafeBufferPointer<Token>, _ folded: UnsafeBufferPointer<UInt8>,
                          _ sentence: Sentence, _ scratch: inout Scratch,
                          _ pool: inout [Int32], into found: inout [Mention]) {
        // Taken out of the scratch (not copied), so clearing it keeps its storage.
        var raw: [Raw] = []
        swap(&raw, &scratch.raw)
        raw.removeAll(keepingCapacity: true)
        defer { scratch.raw = raw }
        let range = sentence.tokens
        let longestKey = kb.phrases.longestKey
        // A key spans only adjacent pairs that occur in keys; each run of such pairs is found once.
        var end = range.lowerBound
        let starts = kb.phrases.firstWords, uncasedStarts = kb.phrases.uncasedFirstWords, pairs = kb.phrases.wordPairs
        /// Adds the vocabularies whose values at `node` (with case rules `rules`) the words `i...j` spell, in their case.
        func record(_ i: Int, _ j: Int, _ node: Int32, _ rules: UInt8) {
            // Each rule present is tested once, not once per value.
            var passed: UInt8 = 0
            for rule in UInt8(0)..<3 where rules & (1 << rule) != 0 && passesCase(rule, tokens, i, j) { passed |= 1 << rule }
            guard passed != 0, scanner.spells(node, tokens: tokens, folded: folded, first: i, last: j) else { return }
            var kinds: UInt8 = 0
            for v in scanner.valueIndices(node) {
                let ref = scanner.values[v]
                if passed & (1 << ref.caseRule) != 0 { kinds |= 1 << ref.kind.rawValue }
            }
            if kinds & 1 != 0 { raw.append(Raw(kind: .place, first: Int32(i), last: Int32(j), node: node)) }
            if kinds & 2 != 0 { raw.append(Raw(kind: .actor, first: Int32(i), last: Int32(j), node: node)) }
            if kinds & 4 != 0 { raw.append(Raw(kind: .trigger, first: Int32(i), last: Int32(j), node: node)) }
        }
        // A word not capitalised passes no case rule but 0 (rules 1 and 2 need a capital first), so
        // it can begin only a key taken in any case: the filter of those passes far fewer words.
        for i in range {
            let t = tokens[i]
            if t.kind == .punct { continue }
            let uncased = t.kind == .word && !t.capitalized
            if uncased { if !uncasedStarts.mayContain(t.hash) { continue } } else if !starts.mayContain(t.hash) { continue }
            if end <= i {
                end = i + 1
                while end < range.upperBound, pairs.mayContain(WordFilter.pair(tokens[end - 1].hash, tokens[end].hash)) { end += 1 }
            }
            // The first step of a walk from a word in lower case reads the small table of its keys' first words.
            var (node, rules) = uncased ? scanner.uncasedFirstStep(t.hash) : scanner.step(0, t.hash)
            var j = i
            while node > 0 {
                if rules != 0 { record(i, j, node, rules) }
                j += 1
                guard j < end, j - i < longestKey else { break }
                (node, rules) = scanner.step(node, tokens[j].hash)
            }
        }
        if raw.isEmpty { return }
        // Keep, per vocabulary, the longest mentions; drop those inside a longer one.
        raw.sort { ($0.kind.rawValue, $1.last - $1.first, $0.first) < ($1.kind.rawValue, $0.last - $0.first, $1.first) }
        var kept: [Raw] = []
        swap(&kept, &scratch.kept)
        kept.removeAll(keepingCapacity: true)
        defer { scratch.kept = kept }
        var kindStart = 0
        for m in raw {
            if kept.count > kindStart, kept[kindStart].kind != m.kind { kindStart = kept.count }
            if kept[kindStart...].contains(where: { $0.first <= m.last && m.first <= $0.last }) { continue }
            kept.append(m)
        }
        kept.sort { ($0.first, $0.kind.rawValue) < ($1.first, $1.kind.rawValue) }
        for m in kept {
            let start = Int32(pool.count)
            for v in scanner.valueIndices(m.node) {
                let ref = scanner.values[v]
                if ref.kind == m.kind, passesCase(ref.caseRule, tokens, Int(m.first), Int(m.last)) { pool.append(ref.index) }
            }
            found.append(Mention(kind: m.kind, first: Int(m.first), last: Int(m.last), candidates: start..<Int32(pool.count), in: pool, phrase: m.node))
        }
    }

    /// Whether words `first...last` meet case rule `rule` (`LexRef.caseRule`).
    private func passesCase(_ rule: UInt8, _ tokens: UnsafeBufferPointer<Token>, _ first: Int, _ last: Int) -> Bool {
        switch rule {
        case 1: return tokens[first].capitalized
        case 2: return (first...last).allSatisfy { tokens[$0].kind != .word || tokens[$0].allCaps }
        default: return true
        }
    }
}
