/// Finds every place, actor and trigger mention of a sentence with one walk of the trie from each token.
public struct Matcher: Sendable {
    let kb: KnowledgeBase

    /// A matcher over the given knowledge.
    public init(knowledge: KnowledgeBase) { kb = knowledge }

    /// Mentions in `sentence`, longest per vocabulary, in text order.
    /// Complexity: O(tokens × longest key), independent of vocabulary size.
    public func mentions(in doc: ReadDocument, sentence: Sentence) -> [Mention] {
        var raw: [Mention] = []
        let trie = kb.trie
        let range = sentence.tokens
        var i = range.lowerBound
        while i < range.upperBound {
            if doc.tokens[i].kind == .punct { i += 1; continue }
            var node = ByteTrie<LexRef>.root
            var j = i
            while j < range.upperBound, j - i < kb.maxTokens {
                let t = doc.tokens[j]
                var k = Int(t.foldedStart)
                let end = Int(t.foldedEnd)
                while k < end, node >= 0 { node = trie.step(node, doc.folded[k]); k += 1 }
                if node < 0 { break }
                if trie.hasValues(node) {
                    var places: [Int32] = [], actors: [Int32] = [], triggers: [Int32] = []
                    for ref in trie.values(at: node) where passesCase(ref, doc, i, j) {
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
                node = trie.step(node, 32)
                if node < 0 { break }
                j += 1
            }
            i += 1
        }
        if raw.isEmpty { return [] }
        // Keep, per vocabulary, the longest mentions; drop those inside a longer one.
        var out: [Mention] = []
        for kind in [LexRef.Kind.place, .actor, .trigger] {
            let list = raw.filter { $0.kind == kind }.sorted { ($0.last - $0.first, $1.first) > ($1.last - $1.first, $0.first) }
            var taken: [Mention] = []
            for m in list where !taken.contains(where: { $0.first <= m.last && m.first <= $0.last }) { taken.append(m) }
            out += taken
        }
        return out.sorted { ($0.first, $0.kind.rawValue) < ($1.first, $1.kind.rawValue) }
    }

    private func passesCase(_ ref: LexRef, _ doc: ReadDocument, _ first: Int, _ last: Int) -> Bool {
        switch ref.caseRule {
        case 2: return (first...last).allSatisfy { doc.tokens[$0].kind != .word || doc.tokens[$0].allCaps }
        case 1:
            let t = doc.tokens[first]
            if ref.kind == .place, !t.capitalized { return false }
            if ref.kind == .actor, !t.capitalized { return false }
            return true
        default: return true
        }
    }
}
