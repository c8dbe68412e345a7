import Foundation
import GRDB
import Sitrep

/// Counts from one committed batch.
struct BatchResult: Sendable {
    var stored = 0, alreadyStored = 0, nearDuplicates = 0, mentions = 0
}

/// Evidence as stored: where the sentence is and what it says.
typealias StoredEvidence = EventSource.Evidence

/// Writes one batch of reports inside an open transaction: documents, stories, mentions, figures, places, actors,
/// then hands new signatures to fusion.
struct BatchWriter {
    let db: Database
    /// Actors and places already written in this batch: most reports name the same few.
    private var knownActors = Set<String>(), knownPlaces = Set<String>()
    let knowledge: KnowledgeBase
    /// The time stamped on this batch's rows.
    let stamp: String
    private let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    init(db: Database, knowledge: KnowledgeBase, stamp: String) {
        self.db = db
        self.knowledge = knowledge
        self.stamp = stamp
    }

    mutating func write(_ batch: [PreparedReport]) throws -> BatchResult {
        var result = BatchResult()
        var seeds: [String: SignatureRow] = [:]
        var touched = Set<String>()
        for report in batch {
            if try Bool.fetchOne(db, cached: "SELECT 1 FROM documents WHERE content_hash = ?", arguments: [report.contentHash]) != nil {
                result.alreadyStored += 1
                continue
            }
            let (story, nearCopy, mergedStories) = try storyOf(report)
            if nearCopy { result.nearDuplicates += 1 }
            if !mergedStories.isEmpty { touched.formUnion(try events(ofStories: mergedStories)) }
            try insertDocument(report, story: story, nearCopy: nearCopy)
            result.stored += 1
            result.mentions += try insertMentions(report, story: story, seeds: &seeds, touched: &touched)
            try insertFigures(report)
            try insertPlaces(report)
        }
        let fusion = FusionUpdater(db: db, stamp: stamp)
        touched.formUnion(try fusion.recluster(seeds: seeds))
        try fusion.refresh(touched)
        return result
    }

    // MARK: Documents and stories

    /// The story a report belongs to: the stored story it nearly copies (MinHash similarity ≥ 0.7), else its own.
    /// A story is named by the smallest content hash among its documents, so the name does not depend on order.
    private func storyOf(_ report: PreparedReport) throws -> (story: String, nearCopy: Bool, merged: [String]) {
        guard report.minhashUsable else { return (report.contentHash, false, []) }
        let bands = Fingerprint.bands(report.minhash)
        let marks = Array(repeating: "?", count: bands.count).joined(separator: ", ")
        let rows = try Row.fetchAll(db, cached: """
            SELECT DISTINCT d.rowid, d.minhash, d.story FROM document_bands b JOIN documents d ON d.rowid = b.document_rowid
            WHERE b.band IN (\(marks))
            """, arguments: StatementArguments(bands))
        var stories = Set<String>()
        for row in rows {
            let stored = Fingerprint.signature(blob: [UInt8](row["minhash"] as Data))
            if Fingerprint.similarity(stored, report.minhash) >= Self.nearCopySimilarity { stories.insert(row["story"]) }
        }
        guard let nearest = stories.min() else { return (report.contentHash, false, []) }
        let story = min(nearest, report.contentHash)
        let renamed = stories.filter { $0 != story }.sorted()
        for old in renamed {
            try db.executeCached(sql: "UPDATE documents SET story = ? WHERE story = ?", arguments: [story, old])
            try db.executeCached(sql: "DELETE FROM signature_stories WHERE story = ?", arguments: [old])
        }
        if !renamed.isEmpty { try rebuildSignatureStories(story) }
        // Two stories that turn out to be one change their events' source counts; a copy joining one story does not.
        return (story, true, stories.count > 1 ? renamed + [story] : [])
    }

    /// Recomputes a story's per-signature aggregates from its mentions, after stories were merged or renamed.
    private func rebuildSignatureStories(_ story: String) throws {
        try db.executeCached(sql: "DELETE FROM signature_stories WHERE story = ?", arguments: [story])
        try db.executeCached(sql: """
            INSERT INTO signature_stories (sig, story, low, high, confidence, status_rank, background, mentions)
            SELECT m.sig, d.story, MIN(m.fatalities), MAX(m.fatalities), MAX(m.confidence),
                   MIN(CASE m.status WHEN 'reported' THEN 0 WHEN 'claimed' THEN 1 ELSE 2 END), MIN(m.background), COUNT(*)
            FROM mentions m JOIN documents d ON d.id = m.document_id WHERE d.story = ? GROUP BY m.sig
            """, arguments: [story])
    }

    /// Estimated Jaccard similarity of shingles above which two reports are copies of one story.
    static let nearCopySimilarity = 0.7

    private func events(ofStories stories: [String]) throws -> Set<String> {
        var out = Set<String>()
        for story in stories {
            out.formUnion(try String.fetchAll(db, cached: """
                SELECT DISTINCT s.event_id FROM documents d JOIN mentions m ON m.document_id = d.id
                JOIN signatures s ON s.sig = m.sig WHERE d.story = ?
                """, arguments: [story]))
        }
        return out
    }

    private func insertDocument(_ report: PreparedReport, story: String, nearCopy: Bool) throws {
        let d = report.record.document
        try db.executeCached(sql: """
            INSERT INTO documents (id, file, url, title, outlet, published, ingested_at, content_hash, minhash, story, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [report.documentID, report.file, d.url, d.title, d.outlet, d.published, stamp,
                             report.contentHash, Data(Fingerprint.blob(report.minhash)), story, report.text])
        // Only the document that starts a story is indexed by band: its copies are found through it, so a story
        // with hundreds of copies costs one candidate, not hundreds.
        guard report.minhashUsable, !nearCopy else { return }
        let rowid = db.lastInsertedRowID
        for band in Fingerprint.bands(report.minhash) {
            try db.executeCached(sql: "INSERT INTO document_bands (band, document_rowid) VALUES (?, ?)", arguments: [band, rowid])
        }
    }

    // MARK: Mentions

    /// Stores each extracted event as a mention of its signature. A signature seen before joins its event
    /// at once; a new one (or one now reported earlier than before) is a seed for re-clustering.
    private mutating func insertMentions(_ report: PreparedReport, story: String, seeds: inout [String: SignatureRow], touched: inout Set<String>) throws -> Int {
        let published = report.record.document.published ?? "9999-12-31"
        for (i, event) in report.record.events.enumerated() {
            let fields = MentionSignature(event)
            let sig = fields.key
            let firstKey = "\(published)|\(report.contentHash)|\(String(format: "%05d", i))"
            if let row = try Row.fetchOne(db, cached: "SELECT event_id, first_key FROM signatures WHERE sig = ?", arguments: [sig]) {
                let eventID: String = row["event_id"]
                let oldKey: String = row["first_key"]
                if firstKey < oldKey {
                    try db.executeCached(sql: "UPDATE signatures SET first_key = ? WHERE sig = ?", arguments: [firstKey, sig])
                    seeds[sig] = SignatureRow(sig: sig, firstKey: firstKey, fields: fields)
                } else if seeds[sig] == nil {
                    touched.insert(eventID)
                }
            } else {
                try db.executeCached(sql: "INSERT INTO signatures (sig, event_id, first_key, fields) VALUES (?, '', ?, ?)",
                               arguments: [sig, firstKey, String(decoding: try encoder.encode(fields), as: UTF8.self)])
                seeds[sig] = SignatureRow(sig: sig, firstKey: firstKey, fields: fields)
            }
            try db.executeCached(sql: """
                INSERT INTO mentions (document_id, ordinal, sig, extracted_id, fatalities, status, background, confidence, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [report.documentID, i, sig, event.id, event.fatalities, event.status, event.background,
                                 event.confidence, report.eventEvidence[i]])
            let rank = event.status == "reported" ? 0 : event.status == "claimed" ? 1 : 2
            try db.executeCached(sql: """
                INSERT INTO signature_stories (sig, story, low, high, confidence, status_rank, background, mentions)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT(sig, story) DO UPDATE SET
                    low = CASE WHEN low IS NULL THEN excluded.low WHEN excluded.low IS NULL THEN low ELSE min(low, excluded.low) END,
                    high = CASE WHEN high IS NULL THEN excluded.high WHEN excluded.high IS NULL THEN high ELSE max(high, excluded.high) END,
                    confidence = max(confidence, excluded.confidence), status_rank = min(status_rank, excluded.status_rank),
                    background = min(background, excluded.background), mentions = mentions + 1
                """, arguments: [sig, story, event.fatalities, event.fatalities, event.confidence, rank, event.background])
            for name in [event.actor1, event.actor2].compactMap({ $0 }) + event.assocActor1 + event.assocActor2
            where knownActors.insert(name).inserted {
                let actor = knowledge.actor(named: name).map { knowledge.actors[$0] }
                try db.executeCached(sql: "INSERT OR IGNORE INTO actors (name, kind, country) VALUES (?, ?, ?)",
                               arguments: [name, actor?.kind, actor?.country])
            }
        }
        return report.record.events.count
    }

    // MARK: Figures and places

    private func insertFigures(_ report: PreparedReport) throws {
        for (i, f) in report.record.figures.enumerated() {
            try db.executeCached(sql: """
                INSERT INTO figures (document_id, ordinal, kind, value, qualifier, subject, location, date, attributed_to, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [report.documentID, i, f.kind, f.value, f.qualifier, f.subject, f.location,
                                 f.date ?? report.record.document.published, f.attributedTo,
                                 report.figureEvidence[i]])
        }
    }

    private mutating func insertPlaces(_ report: PreparedReport) throws {
        for p in report.record.places {
            if knownPlaces.insert(p.name + "\u{1F}" + p.country).inserted {
                try db.executeCached(sql: "INSERT OR IGNORE INTO places (name, country, admin1, lat, lon, kind) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [p.name, p.country, p.admin1, p.lat, p.lon, p.kind])
            }
            try db.executeCached(sql: """
                INSERT INTO document_places (document_id, name, country, mentions) VALUES (?, ?, ?, ?)
                ON CONFLICT(document_id, name, country) DO UPDATE SET mentions = mentions + excluded.mentions
                """, arguments: [report.documentID, p.name, p.country, p.mentions])
        }
    }
}
