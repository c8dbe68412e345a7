import Sitrep

/// A report read and extracted, ready to be written: the CPU work done outside the write transaction.
struct PreparedReport: Sendable {
    /// The path as given (or "-").
    var file: String
    /// The decoded text (plain text for an HTML page), stored whole for full-text search.
    var text: String
    /// The sentence each event's and figure's evidence points to, so `show` can quote it.
    var eventQuotes: [[String]]
    var figureQuotes: [[String]]
    /// What the extractor found.
    var record: ExtractionRecord
    /// Hash of the exact text: a second copy is the same report.
    var contentHash: String
    /// MinHash of the body's shingles: lightly edited copies are the same story.
    var minhash: [UInt32]
    /// Whether the body has enough shingles for its MinHash to mean anything.
    var minhashUsable: Bool

    /// Reads, extracts and fingerprints one report.
    init(file: String, text: String, extractor: Extractor, published: Day?) {
        var doc = ReadDocument(file: file, text: text)
        if let published { doc = doc.withPublished(published) }
        self.file = file
        self.text = HTMLText.looksLikeHTML(text) ? String(decoding: doc.text, as: UTF8.self) : text
        let record = extractor.extract(doc)
        self.record = record
        func quote(_ e: Evidence) -> String {
            guard e.sentence >= 0 && e.sentence < doc.sentences.count else { return "" }
            let s = doc.sentences[e.sentence]
            return doc.string(s.start, s.end)
        }
        eventQuotes = record.events.map { $0.evidence.map(quote) }
        figureQuotes = record.figures.map { $0.evidence.map(quote) }
        contentHash = Fingerprint.content(text.utf8)
        let shingles = Fingerprint.shingles(doc.text)
        minhash = Fingerprint.minhash(shingles)
        minhashUsable = shingles.count >= 20
    }

    /// The stored document's id: derived from the content, so the same text always gets the same id.
    var documentID: String { Self.documentID(contentHash: contentHash) }

    /// The document id of a content hash.
    static func documentID(contentHash: some StringProtocol) -> String { "doc-" + contentHash.prefix(16) }
}
