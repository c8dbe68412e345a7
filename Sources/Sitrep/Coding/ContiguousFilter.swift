extension Array {
    /// The elements that satisfy `keep`, in order. When they stand together (the usual case for
    /// the mentions before or after a word) the answer is a slice of the array, with no copy.
    func contiguousFilter(_ keep: (Element) -> Bool) -> ArraySlice<Element> {
        var lo = -1, hi = -1
        for k in indices where keep(self[k]) {
            if lo < 0 { lo = k } else if hi != k { return ArraySlice(filter(keep)) }
            hi = k + 1
        }
        return lo < 0 ? [] : self[lo..<hi]
    }
}
