/// Finds every place, actor and trigger mention of a sentence with one walk of the trie from each token.
public struct Matcher: Sendable {
    let kb: KnowledgeBase

    /// A matcher over the given knowledge.
    public init(knowledge: KnowledgeBase) { kb = knowledge }

    /// Mentions of every sentence of `doc`, longest per vocabulary, in text order.
    /// Complexity: O(tokens × longest key), independent of vocabulary size.
    public func mentions(in doc: ReadDocument) -> [[Mention]] {
        kb.trie.withScanner { scanner in
            doc.tokens.withUnsafeBufferPointer { tokens in
                doc.folded.withUnsafeBufferPointer { folded in
                    var scratch = Scratch()
                    return doc.sentences.map { mentions(scanner, tokens, folded, $0, &scratch) }
                }
            }
        }
    }

    /// Mentions in one sentence.
    public func mentions(in doc: ReadDocument, sentence: Sentence) -> [Mention] {
        kb.trie.withScanner { scanner in
            doc.tokens.withUnsafeBufferPointer { tokens in
                doc.folded.withUnsafeBufferPointer { folded in
                    var scratch = Scratch()
                    return mentions(scanner, tokens, folded, sentence, &scratch)
                }
            }
        }
    }

    /// A match before the longest-match filter: which vocabulary, where, and the trie node it ends at.
    private struct Raw { let kind: LexRef.Kind; let first: Int32; let last: Int32; let node: Int32 }

    /// Match lists reused from sentence to sentence, so a document allocates them once.
    private struct Scratch { var raw: [Raw] = []; var kept: [Raw] = [] }

    private func mentions(_ scanner: ByteTrie<LexRef>.Scanner, _ tokens: UnsafeBufferPointer<Token>, _ folded: UnsafeBufferPointer<UInt8>, _ sentence: Sentence,
                          _ scratch: inout Scratch) -> [Mention] {
        // Taken out of the scratch (not copied), so clearing it keeps its storage.
        var raw: [Raw] = []
        swap(&raw, &scratch.raw)
        raw.removeAll(keepingCapacity: true)
        defer { scratch.raw = raw }
        let range = sentence.tokens
        let maxTokens = kb.maxTokens
        for i in range where tokens[i].kind != .punct {
            scanner.scan(tokens: tokens, folded: folded, start: i, end: range.upperBound, maxTokens: maxTokens) { j, node in
                var kinds: UInt8 = 0
                for v in scanner.valueIndices(node) {
                    let ref = scanner.values[v]
                    let bit = UInt8(1) << ref.kind.rawValue
                    if kinds & bit == 0, passesCase(ref, tokens, i, j) { kinds |= bit }
                }
                if kinds & 1 != 0 { raw.append(Raw(kind: .place, first: Int32(i), last: Int32(j), node: node)) }
                if kinds & 2 != 0 { raw.append(Raw(kind: .actor, first: Int32(i), last: Int32(j), node: node)) }
                if kinds & 4 != 0 { raw.append(Raw(kind: .trigger, first: Int32(i), last: Int32(j), node: node)) }
            }
        }
        if raw.isEmpty { return [] }
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
        return kept.map { m in
            var candidates: [Int32] = []
            candidates.reserveCapacity(scanner.valueIndices(m.node).count)
            for v in scanner.valueIndices(m.node) {
                let ref = scanner.values[v]
                if ref.kind == m.kind, passesCase(ref, tokens, Int(m.first), Int(m.last)) { candidates.append(ref.index) }
            }
            return Mention(kind: m.kind, first: Int(m.first), last: Int(m.last), candidates: candidates)
        }
    }

    private func passesCase(_ ref: LexRef, _ tokens: UnsafeBufferPointer<Token>, _ first: Int, _ last: Int) -> Bool {
        switch ref.caseRule {
        case 2: return (first...last).allSatisfy { tokens[$0].kind != .word || tokens[$0].allCaps }
        case 1:
            let t = tokens[first]
            if ref.kind == .place, !t.capitalized { return false }
            if ref.kind == .actor, !t.capitalized { return false }
            return true
        default: return true
        }
    }
}
