/// One token of a normalised text: a word, a number or a punctuation mark, with its byte range.
public struct Token: Sendable, Equatable {
    /// What the token is made of.
    public enum Kind: UInt8, Sendable { case word, number, punct }
    /// Byte range in the normalised text.
    public let start: Int32, end: Int32
    /// Byte range of the folded (lowercased, accent-free) form in `TokenizedText.folded`.
    public let foldedStart: Int32, foldedEnd: Int32
    /// Word, number or punctuation.
    public let kind: Kind
    /// The first letter is upper case.
    public let capitalized: Bool
    /// Every letter is upper case (and there are at least two).
    public let allCaps: Bool
    /// Every folded byte is ASCII, so byte equality is string equality.
    public let isASCII: Bool
    /// The hash of the folded bytes (`WordHash`), computed while folding.
    public let hash: UInt64
}
