/// The matcher's automaton: a trie over whole words, built once and then frozen into flat arrays.
///
/// A key is a phrase of folded words ("goma airport"). A step consumes one word, by its hash
/// (`WordHash`), so a token costs one probe of an open-addressing table instead of one
/// pointer chase per byte. Hashes only route the walk: a node that carries values also keeps its
/// phrase, and a match is reported only when the text's words equal it byte for byte, so a hash
/// collision can never invent a match. Collisions between the keys themselves are refused at build time.
/// Two Bloom filters, of the keys' first words and of their adjacent word pairs, let a walk be
/// skipped or cut short before it probes the table.
public struct PhraseTable<Value: Sendable>: Sendable {
    /// One transition: the hash of (parent node, word), the child node (0 marks an empty slot) and
    /// the child's case rules (`NodeInfo.caseRules`), so a walk through a node without values
    /// reads nothing but this slot.
    struct Slot { var key: UInt64; var child: Int32; var caseRules: UInt8 }

    /// What a node needs when a walk reaches it.
    struct NodeInfo {
        /// The values' range in `values`.
        var valueStart: UInt32 = 0, valueCount: UInt32 = 0
        /// The phrase's bytes in `phrases` (words joined by one space).
        var phraseStart: UInt32 = 0, phraseLength: UInt16 = 0
        /// Bit r set when some value has case rule r (see `LexRef.caseRule`), so a walk that
        /// meets none of them skips the values without reading them.
        var caseRules: UInt8 = 0
    }

    // Builder state.
    private var edges: [UInt64: Int32] = [:]
    private var edgeWords: [UInt64: [UInt8]] = [:]
    /// Per node, its key when it carries values.
    private var keyOf: [[UInt8]?] = [nil]
    private var pending: [(node: Int32, value: Value)] = []
    private var frozen = false

    /// The first words of the keys, by hash.
    public private(set) var firstWords = WordFilter()
    /// The first words of the keys that some value takes in any case (case rule 0), by hash: a
    /// word in lower case can begin only those, and most words of a text are in lower case.
    public private(set) var uncasedFirstWords = WordFilter()
    /// Every pair of adjacent words in the keys, by `WordFilter.pair` of their hashes.
    public private(set) var wordPairs = WordFilter()
    /// The longest key, in words.
    public private(set) var longestKey = 0

    // Frozen state.
    private var slots: [Slot] = []
    /// The root's transitions along `uncasedFirstWords`, copied into a table small enough for the
    /// first-level cache: the first step of most walks, which start at a word in lower case.
    private var uncasedRoots: [Slot] = []
    private var nodes: [NodeInfo] = []
    private var phrases: [UInt8] = []
    private var values: [Value] = []

    /// An empty table.
    public init() {}

    /// The hash of the step from `node` along the word with hash `word`.
    @inline(__always) static func edge(_ node: Int32, _ word: UInt64) -> UInt64 { WordFilter.pair(UInt64(UInt32(bitPattern: node)), word) }

    /// Adds `value` under `key`, folded words joined by single spaces.
    /// Fails when two different words of the keys share a hash under the same parent (never seen: hashes have 64 bits).
    public mutating func insert(_ key: [UInt8], _ value: Value) {
        precondition(!frozen, "insert after freeze")
        guard !key.isEmpty else { return }
        var node: Int32 = 0
        var start = 0, words = 0
        var previous: UInt64?
        key.withUnsafeBufferPointer { bytes in
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 32 { end += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let hash = WordHash.of(word)
                if let previous { wordPairs.insert(WordFilter.pair(previous, hash)) } else { firstWords.insert(hash) }
                previous = hash
                words += 1
                let edge = Self.edge(node, hash)
                if let child = edges[edge] {
                    precondition(edgeWords[edge].map { $0.elementsEqual(word) } == true, "phrase table: hash collision between key words")
                    node = child
                } else {
                    let child = Int32(keyOf.count)
                    keyOf.append(nil)
                    edges[edge] = child
                    edgeWords[edge] = Array(word)
                    node = child
                }
                start = end + 1
            }
        }
        longestKey = Swift.max(longestKey, words)
        if keyOf[Int(node)] == nil { keyOf[Int(node)] = key }
        pending.append((node, value))
    }

    /// Lays the transitions out in an open-addressing table about 70% full and groups the
    /// values by node, in insertion order within a node. `caseRule` gives each value's case rule (0–7).
    /// Complexity: O(n log n) in the number of values.
    public mutating func freeze(caseRule: (Value) -> UInt8) {
        precondition(!frozen, "freeze twice")
        nodes = [NodeInfo](repeating: NodeInfo(), count: keyOf.count)
        let order = pending.indices.sorted { a, b in
            pending[a].node != pending[b].node ? pending[a].node < pending[b].node : a < b
        }
        values.reserveCapacity(order.count)
        for idx in order {
            let n = Int(pending[idx].node)
            if nodes[n].valueCount == 0, let key = keyOf[n] {
                nodes[n].valueStart = UInt32(values.count)
                nodes[n].phraseStart = UInt32(phrases.count)
                nodes[n].phraseLength = UInt16(key.count)
                phrases += key
            }
            nodes[n].valueCount += 1
            nodes[n].caseRules |= 1 << caseRule(pending[idx].value)
            values.append(pending[idx].value)
        }
        var uncased = Set<UInt64>()
        for (node, value) in pending where caseRule(value) == 0 {
            guard let key = keyOf[Int(node)] else { continue }
            let first = key.firstIndex(of: 32) ?? key.count
            uncased.insert(key.withUnsafeBufferPointer { WordHash.of(UnsafeBufferPointer(rebasing: $0[..<first])) })
        }
        uncasedFirstWords = WordFilter(hashes: uncased)
        slots = Self.slotTable(edges.sorted(by: { $0.value < $1.value }).map { ($0.key, $0.value) }, nodes: nodes)
        uncasedRoots = Self.slotTable(uncased.sorted().compactMap { word in
            let edge = Self.edge(0, word)
            return edges[edge].map { (edge, $0) }
        }, nodes: nodes)
        pending = []; edges = [:]; edgeWords = [:]; keyOf = []
        frozen = true
    }

    /// An open-addressing table of `edges` (key, child) about 70% full: short probe runs in a
    /// table that stays small.
    private static func slotTable(_ edges: [(key: UInt64, child: Int32)], nodes: [NodeInfo]) -> [Slot] {
        var size = 16
        while size * 7 < edges.count * 10 { size *= 2 }
        var slots = [Slot](repeating: Slot(key: 0, child: 0, caseRules: 0), count: size)
        for (key, child) in edges {
            var s = Int(truncatingIfNeeded: key) & (size - 1)
            while slots[s].child != 0 { s = (s + 1) & (size - 1) }
            slots[s] = Slot(key: key, child: child, caseRules: nodes[Int(child)].caseRules)
        }
        return slots
    }

    /// The values stored under exactly `key` (folded words joined by single spaces).
    public func lookup(_ key: [UInt8]) -> ArraySlice<Value> {
        withScanner { scanner -> ArraySlice<Value> in
            var node: Int32 = 0
            var start = 0
            key.withUnsafeBufferPointer { bytes in
                while start < bytes.count, node >= 0 {
                    var end = start
                    while end < bytes.count, bytes[end] != 32 { end += 1 }
                    node = scanner.child(node, WordHash.of(UnsafeBufferPointer(rebasing: bytes[start..<end])))
                    start = end + 1
                }
            }
            guard node > 0, scanner.phrase(node).elementsEqual(key) else { return [] }
            return values[scanner.valueIndices(node)]
        }
    }

    /// Raw views of the frozen arrays for the matcher's innermost loop: no bounds checks, no
    /// reference counting. Valid only inside `withScanner`.
    public struct Scanner {
        let slots: UnsafeBufferPointer<Slot>, uncasedRoots: UnsafeBufferPointer<Slot>
        let nodes: UnsafeBufferPointer<NodeInfo>
        let phrases: UnsafeBufferPointer<UInt8>
        /// The stored values, grouped by node.
        public let values: UnsafeBufferPointer<Value>

        /// The child of `node` along the word with hash `word` and its case rules, or (-1, 0).
        @inline(__always) public func step(_ node: Int32, _ word: UInt64) -> (child: Int32, caseRules: UInt8) {
            Self.probe(slots, PhraseTable.edge(node, word))
        }

        /// The root's child along a word of `uncasedFirstWords` (`step(0, word)` for those), or
        /// (-1, 0) for any other word: its keys all need a capital, which a word in lower case lacks.
        @inline(__always) public func uncasedFirstStep(_ word: UInt64) -> (child: Int32, caseRules: UInt8) {
            Self.probe(uncasedRoots, PhraseTable.edge(0, word))
        }

        @inline(__always) private static func probe(_ slots: UnsafeBufferPointer<Slot>, _ key: UInt64) -> (child: Int32, caseRules: UInt8) {
            let mask = slots.count - 1
            var s = Int(truncatingIfNeeded: key) & mask
            while true {
                let slot = slots[s]
                if slot.child == 0 { return (-1, 0) }
                if slot.key == key { return (slot.child, slot.caseRules) }
                s = (s + 1) & mask
            }
        }

        /// The child of `node` along the word with hash `word`, or -1.
        @inline(__always) public func child(_ node: Int32, _ word: UInt64) -> Int32 { step(node, word).child }

        /// The index range in `values` of the keys that end at `node`.
        @inline(__always) public func valueIndices(_ node: Int32) -> Range<Int> {
            let info = nodes[Int(node)]
            return Int(info.valueStart)..<Int(info.valueStart + info.valueCount)
        }

        /// The phrase of a node that carries values.
        public func phrase(_ node: Int32) -> UnsafeBufferPointer<UInt8> {
            let info = nodes[Int(node)]
            return UnsafeBufferPointer(rebasing: phrases[Int(info.phraseStart)..<(Int(info.phraseStart) + Int(info.phraseLength))])
        }

        /// True when tokens `first...last`, their folded words joined by single spaces, spell the phrase of `node`.
        public func spells(_ node: Int32, tokens: UnsafeBufferPointer<Token>, folded: UnsafeBufferPointer<UInt8>, first: Int, last: Int) -> Bool {
            let phrase = phrase(node)
            var p = 0
            for j in first...last {
                if j > first {
                    guard p < phrase.count, phrase[p] == 32 else { return false }
                    p += 1
                }
                let t = tokens[j]
                let start = Int(t.foldedStart), count = Int(t.foldedEnd) - start
                guard p + count <= phrase.count else { return false }
                for k in 0..<count where folded[start + k] != phrase[p + k] { return false }
                p += count
            }
            return p == phrase.count
        }
    }

    /// Calls `body` with a scanner over the frozen table.
    public func withScanner<R>(_ body: (Scanner) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            uncasedRoots.withUnsafeBufferPointer { uncasedRoots in
                nodes.withUnsafeBufferPointer { nodes in
                    phrases.withUnsafeBufferPointer { phrases in
                        values.withUnsafeBufferPointer { values in
                            body(Scanner(slots: slots, uncasedRoots: uncasedRoots, nodes: nodes, phrases: phrases, values: values))
                        }
                    }
                }
            }
        }
    }
}
