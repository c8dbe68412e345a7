/// One sentence of a document: its tokens and its byte range in the normalised text.
public struct Sentence: Sendable, Equatable {
    /// Position of the sentence in the document, from 0.
    public let index: Int
    /// Position of its paragraph (line) in the body, from 0.
    public let paragraph: Int
    /// Its tokens, as indices into `ReadDocument.tokens`.
    public let tokens: Range<Int>
    /// Byte range in the normalised text.
    public let start: Int, end: Int
}
