import Foundation
import GRDB
import Sitrep

/// What one ingest did.
public struct IngestSummary: Sendable, Equatable {
    /// Inputs read and extracted.
    public var read = 0
    /// New documents stored.
    public var stored = 0
    /// Inputs whose exact text was already stored (nothing changed).
    public var alreadyStored = 0
    /// New documents that are near-copies of a stored story (they count as the same source).
    public var nearDuplicates = 0
    /// Extracted events stored as mentions.
    public var mentions = 0
    /// Messages for inputs that could not be read, each naming the file.
    public var failures: [String] = []
    /// Seconds spent reading and extracting, and writing and fusing (for the benchmark's breakdown).
    public var extractSeconds = 0.0, writeSeconds = 0.0
}

/// Progress after each committed batch, for a progress bar.
public struct IngestProgress: Sendable {
    /// Inputs handled so far and in all.
    public var done: Int, total: Int
    /// Documents stored so far (all committed).
    public var stored: Int
    /// Seconds since the ingest started.
    public var elapsed: Double
}

/// Reads reports, extracts them, and writes documents, mentions and fused events in batched transactions.
///
/// Each batch is one transaction: a crash or a full disk loses at most the batch in flight, never
/// a report whose batch was reported committed.
public struct Ingestor: Sendable {
    /// The store written to.
    public let store: EventStore
    /// The extractor (its knowledge base is loaded once).
    public let extractor: Extractor
    /// Reports per transaction.
    public var batchSize: Int
    /// A publication date that overrides the reports' own (`--published`).
    public var published: Day?
    /// The clock stamped on documents and changes; tests pass a fixed one.
    public var now: @Sendable () -> Date

    /// An ingestor writing to `store`.
    public init(store: EventStore, extractor: Extractor = Extractor(), batchSize: Int = 200, published: Day? = nil,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.extractor = extractor
        self.batchSize = max(1, batchSize)
        self.published = published
        self.now = now
    }

    /// Ingests files and folders (recursively; "-" is standard input). Unreadable inputs are listed
    /// in the summary and skipped; a database error stops the ingest after the last committed batch.
    public func ingest(paths: [String], progress: (IngestProgress) -> Void = { _ in }) throws(StoreError) -> IngestSummary {
        let inputs = ReportLoader.expand(paths)
        var summary = IngestSummary()
        let started = Date()
        var batch: [PreparedReport] = []
        var done = 0
        func flush() throws(StoreError) {
            try commit(batch, into: &summary)
            batch.removeAll(keepingCapacity: true)
            progress(IngestProgress(done: done, total: inputs.count, stored: summary.stored, elapsed: Date().timeIntervalSince(started)))
        }
        for input in inputs {
            done += 1
            do {
                let path = try input.get()
                let text = try ReportLoader.read(path)
                batch.append(PreparedReport(file: path, text: text, extractor: extractor, published: published))
                summary.read += 1
            } catch {
                summary.failures.append(error.description)
            }
            if batch.count >= batchSize { try flush() }
        }
        try flush()
        return summary
    }

    /// Ingests texts already in memory, as if read from files of those names.
    public func ingest(texts: [(file: String, text: String)]) throws(StoreError) -> IngestSummary {
        var summary = IngestSummary()
        let clock = ContinuousClock()
        for start in stride(from: 0, to: texts.count, by: batchSize) {
            let t0 = clock.now
            let batch = texts[start..<min(texts.count, start + batchSize)].map {
                PreparedReport(file: $0.file, text: $0.text, extractor: extractor, published: published)
            }
            summary.extractSeconds += (clock.now - t0).seconds
            summary.read += batch.count
            try commit(batch, into: &summary)
        }
        return summary
    }

    private func commit(_ batch: [PreparedReport], into summary: inout IngestSummary) throws(StoreError) {
        guard !batch.isEmpty else { return }
        let stamp = Timestamp.iso(now())
        let knowledge = extractor.knowledge
        let clock = ContinuousClock()
        let t0 = clock.now
        let result = try store.write { db in
            var writer = BatchWriter(db: db, knowledge: knowledge, stamp: stamp)
            return try writer.write(batch)
        }
        summary.writeSeconds += (clock.now - t0).seconds
        summary.stored += result.stored
        summary.alreadyStored += result.alreadyStored
        summary.nearDuplicates += result.nearDuplicates
        summary.mentions += result.mentions
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
