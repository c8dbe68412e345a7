/// A report read and segmented: header, normalised body, tokens, sentences.
public struct ReadDocument: Sendable {
    /// The input path as given ("-" for standard input).
    public let file: String
    /// Metadata from the header or the HTML page.
    public private(set) var header: ReportHeader
    /// The body, normalised; every offset in the document points into it.
    public let text: [UInt8]
    /// For each byte of `text`, the byte offset in the body as read from the file.
    public let origin: TextOrigin
    /// Byte offset of the body in the input file (0 for HTML, whose markup is gone).
    public let bodyOffset: Int
    /// All tokens of the body.
    public let tokens: [Token]
    /// The folded (lowercase, accent-free) bytes the tokens point into.
    public let folded: [UInt8]
    /// Sentences in reading order.
    public let sentences: [Sentence]

    /// Reads a report from its text: header, HTML removal, normalisation, tokens, sentences.
    /// Complexity: O(n) in the text's length.
    public init(file: String, text raw: String) {
        var header: ReportHeader
        var bodyOffset = 0
        let bytes: [UInt8], origin: TextOrigin
        if HTMLText.looksLikeHTML(raw) {
            let body: String
            (header, body) = HTMLText.report(from: raw)
            (bytes, origin) = TextNormalizer.normalize(body.utf8)
        } else {
            let split = ReportHeader.split(raw)
            header = split.header
            bodyOffset = raw.utf8.distance(from: raw.startIndex, to: split.body.startIndex)
            // Normalised straight from the report's bytes: no copy of the body as a string first.
            (bytes, origin) = TextNormalizer.normalize(split.body.utf8)
        }
        let tokenized = Tokenizer.tokenize(bytes)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokenized.tokens.count / 16)
        for (paragraph, line) in tokenized.lines.enumerated() {
            SentenceSplitter.split(tokens: tokenized.tokens, range: line, text: bytes, folded: tokenized.folded, paragraph: paragraph, into: &sentences)
        }
        if header.title == nil || header.title!.isEmpty { header.title = nil }
        self.file = file
        self.header = header
        self.text = bytes
        self.origin = origin
        self.bodyOffset = bodyOffset
        self.tokens = tokenized.tokens
        self.folded = tokenized.folded
        self.sentences = sentences
    }

    /// The same document with its publication date set (the `--published` option).
    public func withPublished(_ day: Day) -> ReadDocument {
        var copy = self
        copy.header.published = day
        copy.header.publishedText = day.description
        return copy
    }

    /// The normalised text of a byte range.
    public func string(_ start: Int, _ end: Int) -> String { String(decoding: text[start..<end], as: UTF8.self) }
    /// The text of token `i`.
    public func tokenText(_ i: Int) -> String { string(Int(tokens[i].start), Int(tokens[i].end)) }
    /// The folded text of token `i`. Decoded on demand: the coder tests most words by cue bit or by
    /// bytes, so a string per token would mostly go unused.
    public func foldedText(_ i: Int) -> String {
        String(decoding: folded[Int(tokens[i].foldedStart)..<Int(tokens[i].foldedEnd)], as: UTF8.self)
    }
    /// True when token `i`'s folded text is `word` (`foldedText(i) == word`), decided on the bytes:
    /// equal ASCII strings have equal bytes, so only a token with other bytes is compared as a `String`.
    @inline(__always) public func foldedIs(_ i: Int, _ word: StaticString) -> Bool {
        foldedBytesEqual(i, word) || !tokens[i].isASCII && foldedText(i) == word.description
    }

    /// True when token `i`'s folded bytes are those of `word`.
    @inline(__always) private func foldedBytesEqual(_ i: Int, _ word: StaticString) -> Bool {
        let t = tokens[i]
        let start = Int(t.foldedStart), count = Int(t.foldedEnd) - start
        guard count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { literal in
            folded.withUnsafeBufferPointer { folded in
                var k = 0
                while k < count, folded[start + k] == literal[k] { k += 1 }
                return k == count
            }
        }
    }

    /// The offset in the input file of normalised byte `i`.
    public func fileOffset(_ i: Int) -> Int {
        if i >= origin.count { return bodyOffset + (origin.count == 0 ? 0 : origin[origin.count - 1] + 1) }
        return bodyOffset + origin[i]
    }
}
