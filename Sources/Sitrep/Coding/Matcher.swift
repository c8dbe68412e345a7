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
                node = trie.walk(node, doc.folded[Int(t.foldedStart)..<Int(t.foldedEnd)])
                if node < 0 { break }
                if trie.hasValues(node) {
                    var byKind: [LexRef.Kind: [Int32]] = [:]
                    for ref in trie.values(at: node) where passesCase(ref, doc, i, j) {
                        byKind[ref.kind, default: []].append(ref.index)
                    }
                    for kind in [LexRef.Kind.place, .actor, .trigger] {
                        if let c = byKind[kind] { raw.append(Mention(kind: kind, first: i, last: j, candidates: c)) }
                    }
                }
                node = trie.step(node, 32)
                if node < 0 { break }
                j += 1
            }
            i += 1
        }
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
