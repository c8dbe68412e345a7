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
    /// The phrase-table node the words reached, -1 for a mention made by a rule: two mentions
    /// with the same node spell the same folded words.
    public let phrase: Int32

    /// A mention whose candidates are `pool[range]`, a non-empty range.
    public init(kind: LexRef.Kind, first: Int, last: Int, candidates range: Range<Int32>, in pool: [Int32], phrase: Int32 = -1) {
        precondition(!range.isEmpty, "a mention has a candidate")
        self.kind = kind
        self.first = first
        self.last = last
        primary = pool[Int(range.lowerBound)]
        self.pool = range
        self.phrase = phrase
    }

    /// A mention of a single entry, appended to `pool`.
    public init(kind: LexRef.Kind, first: Int, last: Int, only entry: Int32, pool: inout [Int32]) {
        pool.append(entry)
        self.init(kind: kind, first: first, last: last, candidates: Int32(pool.count - 1)..<Int32(pool.count), in: pool)
    }

    /// The actor a mention of an actor names (its only candidate).
    var actor: Int { Int(primary) }

    /// The number of candidate entries.
    public var candidateCount: Int { pool.count }
}
