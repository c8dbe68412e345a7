/// The resolved place of each place mention, by the mention's first token: an array as long as
/// the document rather than a dictionary, since the coder looks places up far more than it sets them.
struct TokenPlaces {
    private var place: [Int32]

    init(tokenCount: Int) { place = [Int32](repeating: -1, count: tokenCount) }

    /// The gazetteer entry of the mention starting at token `i`, nil when none was resolved.
    subscript(i: Int) -> Int? {
        get { i >= 0 && i < place.count && place[i] >= 0 ? Int(place[i]) : nil }
        set { place[i] = newValue.map { Int32($0) } ?? -1 }
    }
}
