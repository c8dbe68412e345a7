/// Where each byte of a normalised text came from in the input, kept as the few places where the
/// distance between the two changes: most text is copied through unchanged, so an offset per
/// byte would be four bytes of memory and a store per byte for nothing.
public struct TextOrigin: Sendable, Equatable {
    /// The number of normalised bytes.
    public let count: Int
    /// Output positions where the input offset stops being `position + delta` of the run before.
    private let positions: [Int32]
    /// Input offset minus output position, from each of `positions` on.
    private let deltas: [Int32]

    init(count: Int, positions: [Int32], deltas: [Int32]) {
        self.count = count
        self.positions = positions
        self.deltas = deltas
    }

    /// The input offset of normalised byte `i` (0 ≤ i < count). Complexity: O(log changes).
    public subscript(i: Int) -> Int {
        var lo = 0, hi = positions.count  // the first position after i
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(positions[mid]) <= i { lo = mid + 1 } else { hi = mid }
        }
        return i + (lo == 0 ? 0 : Int(deltas[lo - 1]))
    }
}
