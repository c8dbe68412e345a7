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
                    doc.sentences.map { mentions(scanner, tokens, folded, $0) }
                }
            }
        }
    }

    /// Mentions in one sentence.
    public func mentions(in doc: ReadDocument, sentence: Sentence) -> [Mention] {
        kb.trie.withScanner { scanner in
            doc.tokens.withUnsafeBufferPointer { tokens in
                doc.folded.withUnsafeBufferPointer { folded in mentions(scanner, tokens, folded, sentence) }
            }
        }
    }

    private func mentions(_ scanner: ByteTrie<LexRef>.Scanner, _ tokens: UnsafeBufferPointer<Token>, _ folded: UnsafeBufferPointer<UInt8>, _ sentence: Sentence) -> [Mention] {
        var raw: [Mention] = []
        let trie = kb.trie
        let range = sentence.tokens
        let maxTokens = kb.maxTokens
        for i in range where tokens[i].kind != .punct {
            scanner.scan(tokens: tokens, folded: folded, start: i, end: range.upperBound, maxTokens: maxTokens) { j, node in
                var places: [Int32] = [], actors: [Int32] = [], triggers: [Int32] = []
                for ref in trie.values(at: node) where passesCase(ref, tokens, i, j) {
                    switch ref.kind {
                    case .place: places.append(ref.index)
                    case .actor: actors.append(ref.index)
                    case .trigger: triggers.append(ref.index)
                    }
                }
                if !places.isEmpty { raw.append(Mention(kind: .place, first: i, last: j, candidates: places)) }
                if !actors.isEmpty { raw.append(Mention(kind: .actor, first: i, last: j, candidates: actors)) }
                if !triggers.isEmpty { raw.append(Mention(kind: .trigger, first: i, last: j, candidates: triggers)) }
            }
        }
        if raw.isEmpty { return [] }
        // Keep, per vocabulary, the longest mentions; drop those inside a longer one.
        raw.sort { ($0.kind.rawValue, $1.last - $1.first, $0.first) < ($1.kind.rawValue, $0.last - $0.first, $1.first) }
        var out: [Mention] = []
        out.reserveCapacity(raw.count)
        var kindStart = 0
        for m in raw {
            if out.count > kindStart, out[kindStart].kind != m.kind { kindStart = out.count }
            if out[kindStart...].contains(where: { $0.kind == m.kind && $0.first <= m.last && m.first <= $0.last }) { continue }
            out.append(m)
        }
        return out.sorted { ($0.first, $0.kind.rawValue) < ($1.first, $1.kind.rawValue) }
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
