/// A span of a sentence that names a place, an actor or an event trigger.
public struct Mention: Sendable, Equatable {
    /// Which vocabulary matched.
    public let kind: LexRef.Kind
    /// First and last token (inclusive) in the document.
    public let first: Int, last: Int
    /// Candidate entries (several for ambiguous place names; one for actors and triggers).
    public let candidates: [Int32]
}
