import Sitrep

/// A report read and extracted, ready to be written: the CPU work done outside the write transaction.
struct PreparedReport: Sendable {
    /// The path as given (or "-").
    var file: String
    /// The decoded text (plain text for an HTML page), stored whole for full-text search.
    var text: String
    /// Each event's and figure's evidence as stored: its spans with the sentences they quote, as JSON,
    /// so `show` can quote them.
    var eventEvidence: [String]
    var figureEvidence: [String]
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
        func stored(_ list: [Evidence]) -> String {
            EventSource.Evidence.json(list.map { e in
                let quote = e.sentence >= 0 && e.sentence < doc.sentences.count
                    ? doc.string(doc.sentences[e.sentence].start, doc.sentences[e.sentence].end) : ""
                return EventSource.Evidence(sentence: e.sentence, start: e.start, end: e.end, text: quote)
            })
        }
        eventEvidence = record.events.map { stored($0.evidence) }
        figureEvidence = record.figures.map { stored($0.evidence) }
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
