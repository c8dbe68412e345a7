/// A trie over folded bytes, built once and then frozen into flat arrays (the matcher's automaton).
///
/// Nodes are stored left-child/right-sibling; the root has a 256-entry table because every walk
/// starts there. Each node may carry values of type `Value`.
public struct ByteTrie<Value: Sendable>: Sendable {
    private var label: [UInt8] = [0]
    private var firstChild: [Int32] = [-1]
    private var nextSibling: [Int32] = [-1]
    private var valueStart: [Int32] = [0]
    private var valueCount: [Int32] = [0]
    private var values: [Value] = []
    private var rootTable = [Int32](repeating: -1, count: 256)
    private var pending: [(node: Int32, value: Value)] = []
    /// For nodes with many children, the start of a 256-entry row in `dense`; -1 otherwise.
    private var denseRow: [Int32] = []
    private var dense: [Int32] = []
    private var frozen = false

    /// An empty trie.
    public init() {}

    /// The number of nodes. Complexity: O(1).
    public var nodeCount: Int { label.count }

    /// Adds `value` under `key`. Complexity: O(key length × siblings).
    public mutating func insert(_ key: [UInt8], _ value: Value) {
        precondition(!frozen, "insert after freeze")
        guard !key.isEmpty else { return }
        var node: Int32 = 0
        for (depth, byte) in key.enumerated() {
            var child: Int32
            if depth == 0 {
                child = rootTable[Int(byte)]
            } else {
                child = firstChild[Int(node)]
                while child >= 0, label[Int(child)] != byte { child = nextSibling[Int(child)] }
            }
            if child < 0 {
                child = Int32(label.count)
                label.append(byte); firstChild.append(-1); valueStart.append(0); valueCount.append(0)
                if depth == 0 {
                    nextSibling.append(-1); rootTable[Int(byte)] = child
                } else {
                    nextSibling.append(firstChild[Int(node)]); firstChild[Int(node)] = child
                }
            }
            node = child
        }
        pending.append((node, value))
    }

    /// Groups the values by node so lookups return contiguous slices. Complexity: O(v log v).
    public mutating func freeze() {
        let order = pending.indices.sorted { pending[$0].node != pending[$1].node ? pending[$0].node < pending[$1].node : $0 < $1 }
        values.removeAll(keepingCapacity: true)
        values.reserveCapacity(order.count)
        for idx in order {
            let (node, value) = pending[idx]
            if valueCount[Int(node)] == 0 { valueStart[Int(node)] = Int32(values.count) }
            valueCount[Int(node)] += 1
            values.append(value)
        }
        pending = []
        // Nodes with many children get a direct table, so the hot first letters cost one load, not a list walk.
        var childCount = [Int32](repeating: 0, count: label.count)
        for n in 1..<label.count {
            var c = firstChild[n]
            while c >= 0 { childCount[n] += 1; c = nextSibling[Int(c)] }
        }
        denseRow = [Int32](repeating: -1, count: label.count)
        for n in 1..<label.count where childCount[n] > 6 {
            let row = Int32(dense.count)
            dense += [Int32](repeating: -1, count: 256)
            var c = firstChild[n]
            while c >= 0 { dense[Int(row) + Int(label[Int(c)])] = c; c = nextSibling[Int(c)] }
            denseRow[n] = row
        }
        frozen = true
    }

    /// The root's node number.
    public static var root: Int32 { 0 }

    /// The child of `node` along `byte`, or -1. Complexity: O(siblings).
    @inline(__always) public func step(_ node: Int32, _ byte: UInt8) -> Int32 {
        if node == 0 { return rootTable[Int(byte)] }
        let row = denseRow[Int(node)]
        if row >= 0 { return dense[Int(row) + Int(byte)] }
        var child = firstChild[Int(node)]
        while child >= 0 {
            if label[Int(child)] == byte { return child }
            child = nextSibling[Int(child)]
        }
        return -1
    }

    /// Walks `bytes` from `node`; -1 when the path leaves the trie.
    @inline(__always) public func walk(_ node: Int32, _ bytes: ArraySlice<UInt8>) -> Int32 {
        var n = node
        for b in bytes {
            n = step(n, b)
            if n < 0 { return -1 }
        }
        return n
    }

    /// Walks the keys that start at token `start`: feeds each token's folded bytes, then a space,
    /// and calls `body(lastToken, node)` wherever a key ends. Raw pointers keep this, the
    /// extractor's innermost loop, free of bounds checks and reference counting.
    /// Complexity: O(bytes walked); a walk stops at the first byte the trie lacks.
    public func scan(tokens: UnsafeBufferPointer<Token>, folded: UnsafeBufferPointer<UInt8>, start: Int, end: Int, maxTokens: Int,
                     _ body: (Int, Int32) -> Void) {
        rootTable.withUnsafeBufferPointer { root in
        denseRow.withUnsafeBufferPointer { rows in
        dense.withUnsafeBufferPointer { table in
        label.withUnsafeBufferPointer { labels in
        firstChild.withUnsafeBufferPointer { children in
        nextSibling.withUnsafeBufferPointer { siblings in
        valueCount.withUnsafeBufferPointer { counts in
            @inline(__always) func step(_ node: Int32, _ byte: UInt8) -> Int32 {
                if node == 0 { return root[Int(byte)] }
                let row = rows[Int(node)]
                if row >= 0 { return table[Int(row) + Int(byte)] }
                var child = children[Int(node)]
                while child >= 0 {
                    if labels[Int(child)] == byte { return child }
                    child = siblings[Int(child)]
                }
                return -1
            }
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
                if counts[Int(node)] > 0 { body(j, node) }
                node = step(node, 32)
                if node < 0 { return }
                j += 1
            }
        }}}}}}}
    }

    /// True when some key ends at `node`.
    @inline(__always) public func hasValues(_ node: Int32) -> Bool { valueCount[Int(node)] > 0 }

    /// The values of the keys that end at `node`.
    public func values(at node: Int32) -> ArraySlice<Value> {
        let s = Int(valueStart[Int(node)])
        return values[s..<(s + Int(valueCount[Int(node)]))]
    }

    /// The values stored under exactly `key`.
    public func lookup(_ key: [UInt8]) -> ArraySlice<Value> {
        let n = walk(0, key[...])
        return n < 0 ? [] : values(at: n)
    }
}
