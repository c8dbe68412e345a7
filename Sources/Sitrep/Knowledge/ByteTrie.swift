/// A trie over folded bytes, built once and then frozen into flat arrays (the matcher's automaton).
///
/// While building, nodes are kept left-child/right-sibling. `freeze()` lays them out again in
/// breadth-first order so that the children of a node are consecutive, with their labels in one
/// contiguous byte run: a step reads one packed word and one short run of bytes, which keeps a
/// trie of a million nodes friendly to the cache. The root has a 256-entry table because every
/// walk starts there. Each node may carry values of type `Value`.
public struct ByteTrie<Value: Sendable>: Sendable {
    // Builder state.
    private var bLabel: [UInt8] = [0]
    private var bFirstChild: [Int32] = [-1]
    private var bNextSibling: [Int32] = [-1]
    private var pending: [(node: Int32, value: Value)] = []
    private var frozen = false

    // Frozen state.
    /// Per node: first child id (low 32 bits) and child count (high 32 bits).
    private var children: [UInt64] = []
    /// Per node: first value index (low 32 bits) and value count (high 32 bits).
    private var valueRange: [UInt64] = []
    /// Per node: the byte on the edge into it.
    private var labels: [UInt8] = []
    private var values: [Value] = []
    private var rootTable = [Int32](repeating: -1, count: 256)
    /// For nodes with many children, the start of a 256-entry row in `dense`, else -1: the busy
    /// upper levels answer a step with one load instead of a scan.
    private var denseRow: [Int32] = []
    private var dense: [Int32] = []

    /// An empty trie.
    public init() {}

    /// The number of nodes. Complexity: O(1).
    public var nodeCount: Int { frozen ? labels.count : bLabel.count }

    /// Adds `value` under `key`. Complexity: O(key length × siblings).
    public mutating func insert(_ key: [UInt8], _ value: Value) {
        precondition(!frozen, "insert after freeze")
        guard !key.isEmpty else { return }
        var node: Int32 = 0
        for byte in key {
            var child = bFirstChild[Int(node)]
            while child >= 0, bLabel[Int(child)] != byte { child = bNextSibling[Int(child)] }
            if child < 0 {
                child = Int32(bLabel.count)
                bLabel.append(byte)
                bFirstChild.append(-1)
                bNextSibling.append(bFirstChild[Int(node)])
                bFirstChild[Int(node)] = child
            }
            node = child
        }
        pending.append((node, value))
    }

    /// Lays the nodes out breadth-first with sorted, contiguous children and groups the values
    /// by node. Complexity: O(n log k) for n nodes of at most k children.
    public mutating func freeze() {
        precondition(!frozen, "freeze twice")
        let count = bLabel.count
        var newID = [Int32](repeating: -1, count: count)
        var order: [Int32] = [0]
        order.reserveCapacity(count)
        newID[0] = 0
        children = [UInt64](repeating: 0, count: count)
        labels = [UInt8](repeating: 0, count: count)
        var head = 0
        var kids: [Int32] = []
        while head < order.count {
            let old = order[head]
            kids.removeAll(keepingCapacity: true)
            var c = bFirstChild[Int(old)]
            while c >= 0 { kids.append(c); c = bNextSibling[Int(c)] }
            kids.sort { bLabel[Int($0)] < bLabel[Int($1)] }
            let first = order.count
            for k in kids {
                newID[Int(k)] = Int32(order.count)
                labels[order.count] = bLabel[Int(k)]
                order.append(k)
            }
            children[head] = UInt64(UInt32(first)) | (UInt64(kids.count) << 32)
            head += 1
        }
        for i in 1..<(1 + Int(children[0] >> 32)) { rootTable[Int(labels[i])] = Int32(i) }
        denseRow = [Int32](repeating: -1, count: count)
        for n in 1..<count where children[n] >> 32 > 8 {
            let row = dense.count
            dense.append(contentsOf: repeatElement(-1, count: 256))
            let first = Int(UInt32(truncatingIfNeeded: children[n]))
            for c in first..<(first + Int(children[n] >> 32)) { dense[row + Int(labels[c])] = Int32(c) }
            denseRow[n] = Int32(row)
        }
        // Values, grouped by their node's new id, in insertion order within a node.
        let sorted = pending.indices.sorted { a, b in
            let na = newID[Int(pending[a].node)], nb = newID[Int(pending[b].node)]
            return na != nb ? na < nb : a < b
        }
        valueRange = [UInt64](repeating: 0, count: count)
        values.reserveCapacity(sorted.count)
        for idx in sorted {
            let n = Int(newID[Int(pending[idx].node)])
            if valueRange[n] >> 32 == 0 { valueRange[n] = UInt64(UInt32(values.count)) }
            valueRange[n] += 1 << 32
            values.append(pending[idx].value)
        }
        pending = []
        bLabel = []; bFirstChild = []; bNextSibling = []
        frozen = true
    }

    /// The root's node number.
    public static var root: Int32 { 0 }

    /// The values of the keys that end at `node`.
    public func values(at node: Int32) -> ArraySlice<Value> {
        let info = valueRange[Int(node)]
        let s = Int(UInt32(truncatingIfNeeded: info))
        return values[s..<(s + Int(info >> 32))]
    }

    /// The values stored under exactly `key`. Complexity: O(key length).
    public func lookup(_ key: [UInt8]) -> ArraySlice<Value> {
        let node = withScanner { scanner -> Int32 in
            var n: Int32 = 0
            for b in key where n >= 0 { n = scanner.step(n, b) }
            return n
        }
        return node < 0 ? [] : values(at: node)
    }

    /// Raw views of the frozen arrays for the matcher's innermost loop: no bounds checks, no
    /// reference counting. Valid only inside `withScanner`.
    public struct Scanner {
        let root, rows, table: UnsafeBufferPointer<Int32>
        let children, valueRange: UnsafeBufferPointer<UInt64>
        let labels: UnsafeBufferPointer<UInt8>
        /// The stored values, grouped by node.
        public let values: UnsafeBufferPointer<Value>

        /// The index range in `values` of the keys that end at `node`.
        @inline(__always) public func valueIndices(_ node: Int32) -> Range<Int> {
            let info = valueRange[Int(node)]
            let s = Int(UInt32(truncatingIfNeeded: info))
            return s..<(s + Int(info >> 32))
        }

        /// The child of `node` along `byte`, or -1.
        @inline(__always) public func step(_ node: Int32, _ byte: UInt8) -> Int32 {
            if node == 0 { return root[Int(byte)] }
            let row = rows[Int(node)]
            if row >= 0 { return table[Int(row) + Int(byte)] }
            let info = children[Int(node)]
            var c = Int(UInt32(truncatingIfNeeded: info))
            let end = c + Int(info >> 32)
            while c < end {
                let l = labels[c]
                if l >= byte { return l == byte ? Int32(c) : -1 }
                c += 1
            }
            return -1
        }

        /// Walks the keys that start at token `start`: feeds each token's folded bytes, then a space,
        /// and calls `body(lastToken, node)` wherever a key ends.
        /// Complexity: O(bytes walked); a walk stops at the first byte the trie lacks.
        @inline(__always) public func scan(tokens: UnsafeBufferPointer<Token>, folded: UnsafeBufferPointer<UInt8>, start: Int, end: Int,
                                           maxTokens: Int, _ body: (Int, Int32) -> Void) {
            var node: Int32 = 0
            var j = start
            while j < end, j - start < maxTokens {
                let t = tokens[j]
                var k = Int(t.foldedStart)
                let stop = Int(t.foldedEnd)
                while k < stop {
                    node = step(node, folded[k])
                    if node < 0 { return }
                    k += 1
                }
                if valueRange[Int(node)] >> 32 > 0 { body(j, node) }
                node = step(node, 32)
                if node < 0 { return }
                j += 1
            }
        }
    }

    /// Calls `body` with a scanner over the frozen trie.
    public func withScanner<R>(_ body: (Scanner) -> R) -> R {
        rootTable.withUnsafeBufferPointer { root in
            denseRow.withUnsafeBufferPointer { rows in
                dense.withUnsafeBufferPointer { table in
                    children.withUnsafeBufferPointer { children in
                        valueRange.withUnsafeBufferPointer { valueRange in
                            labels.withUnsafeBufferPointer { labels in
                                values.withUnsafeBufferPointer { values in
                                    body(Scanner(root: root, rows: rows, table: table, children: children, valueRange: valueRange, labels: labels, values: values))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
