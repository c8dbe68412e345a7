/// A span of a sentence that names a place, an actor or an event trigger.
///
/// A plain value with no array inside: the candidates live in the document's pool
/// (`DocumentContext.candidates(of:)`), so making and copying mentions costs no allocation.
public struct Mention: Sendable, Equatable {
    /// Which vocabulary matched.
    public let kind: LexRef.Kind
    /// First and last token (inclusive) in the document.
    public let first: Int, last: Int
    /// The first candidate entry: the only one for actors and triggers.
    public let primary: Int32
    /// Where all the candidates are in the pool (several for ambiguous place names).
    public let pool: Range<Int32>

    /// A mention whose candidates are appended to `pool`; there must be at least one.
    public init(kind: LexRef.Kind, first: Int, last: Int, candidates: some Collection<Int32>, pool: inout [Int32]) {
        precondition(!candidates.isEmpty, "a mention has a candidate")
        self.kind = kind
        self.first = first
        self.last = last
        primary = candidates.first!
        let start = Int32(pool.count)
        pool.append(contentsOf: candidates)
        self.pool = start..<Int32(pool.count)
    }

    /// The number of candidate entries.
    public var candidateCount: Int { pool.count }
}
