import Foundation
import GRDB

/// The record: an SQLite database of documents, mentions, fused events, figures, places and changes.
///
/// ```swift
/// let store = try EventStore(path: "sitrep.db")
/// let summary = try Ingestor(store: store).ingest(paths: ["reports/"])
/// ```
public final class EventStore: Sendable {
    /// The database file, or ":memory:".
    public let path: String
    /// The connection pool (WAL) or queue (in memory) every read and write goes through.
    let writer: any DatabaseWriter

    /// The database file used when neither `--db` nor `SITREP_DB` names one.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["SITREP_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "sitrep.db"
    }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// - Parameters:
    ///   - busyTimeout: how long to wait for another process's write lock before giving up.
    ///   - maxPageCount: a size limit in pages, for tests that simulate a full disk.
    public init(path: String, busyTimeout: TimeInterval = 5, maxPageCount: Int? = nil) throws(StoreError) {
        self.path = path
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            // 32 MB of page cache per connection: fusion and queries revisit the same index pages.
            try db.execute(sql: "PRAGMA cache_size = -32768")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // Reads through a memory map: a radius query touches thousands of scattered event rows, and copying
            // each page through read() cost more than the query itself.
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
            if let maxPageCount { try db.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
        }
        do {
            if path == ":memory:" {
                writer = try DatabaseQueue(configuration: config)
            } else {
                if FileManager.default.fileExists(atPath: path) { try Self.checkHeader(path) }
                let pool = try DatabasePool(path: path, configuration: config)
                writer = pool
            }
            try Schema.migrator.migrate(writer)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    /// An in-memory store, for tests.
    public static func inMemory() throws(StoreError) -> EventStore { try EventStore(path: ":memory:") }

    /// Refuses a file that is not SQLite before SQLite tries to turn it into a WAL database.
    private static func checkHeader(_ path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError(.unreadable, "\(path): cannot be read (permission denied)")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        if head.isEmpty { return }
        if head != Data("SQLite format 3\0".utf8) {
            throw StoreError(.notADatabase, "\(path): not a Sitrep database (the file is not SQLite); nothing was changed")
        }
    }

    /// Runs a read, turning SQLite errors into messages that name the file.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do { return try writer.read(body) } catch { throw StoreError.wrap(error, path: path) }
    }

    /// Runs a write in one transaction: all of it lands or none.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do { return try writer.write(body) } catch { throw StoreError.wrap(error, path: path) }
    }

    /// Row counts of the main tables.
    public func counts() throws(StoreError) -> [String: Int] {
        try read { db in
            var out: [String: Int] = [:]
            for table in ["documents", "mentions", "events", "figures", "places", "actors", "changes"] {
                out[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            out["stories"] = try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT story) FROM documents") ?? 0
            return out
        }
    }

    /// The result of `PRAGMA integrity_check` ("ok" when the file is sound).
    public func integrityCheck() throws(StoreError) -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }
}
