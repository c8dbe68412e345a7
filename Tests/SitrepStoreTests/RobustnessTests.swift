import Foundation
import GRDB
import Testing
@testable import SitrepStore

@Suite("Bad input and failures lose nothing")
struct RobustnessTests {
    @Test("a file that is not SQLite is refused with its name, and left untouched")
    func notADatabase() throws {
        let folder = try StoreTesting.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.db").path
        let content = Data("These are my notes, not a database.\n".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try EventStore(path: path) }
        #expect(error?.code == .notADatabase)
        #expect(error?.message.contains("notes.db") == true)
        #expect(FileManager.default.contents(atPath: path) == content)
    }

    @Test("a database locked by another process gives a clear error and keeps what it holds")
    func locked() throws {
        let folder = try StoreTesting.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sitrep.db").path
        let store = try EventStore(path: path)
        _ = try StoreTesting.ingest([("c.txt", StoreReports.beniADF)], into: store)
        let blocked = try EventStore(path: path, busyTimeout: 0.05)
        let holder = try DatabaseQueue(path: path)
        let error = try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            defer { try? db.execute(sql: "ROLLBACK") }
            return #expect(throws: StoreError.self) {
                try StoreTesting.ingest([("d.txt", StoreReports.beniCODECO)], into: blocked)
            }
        }
        #expect(error?.code == .locked)
        #expect(error?.message.contains("locked") == true)
        #expect(try EventStore(path: path).counts()["documents"] == 1)
    }

    @Test("a full disk rolls back the batch in flight and keeps every batch before it")
    func diskFull() throws {
        let folder = try StoreTesting.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sitrep.db").path
        let first = try EventStore(path: path)
        _ = try StoreTesting.ingest([("a.txt", StoreReports.walikaleLakePost)], into: first)
        let before = try first.counts()
        let pages = try first.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        let full = try EventStore(path: path, maxPageCount: pages + 2)
        let huge = StoreReports.uvira + "\n" + String(repeating: "Aid convoys waited at the border for days. ", count: 20_000)
        let error = #expect(throws: StoreError.self) {
            try StoreTesting.ingest([("b.txt", StoreReports.walikaleKivuWire), ("big.txt", huge)], into: full)
        }
        #expect(error?.code == .diskFull)
        let reopened = try EventStore(path: path)
        #expect(try reopened.counts() == before)
        #expect(try reopened.integrityCheck() == "ok")
    }

    @Test("kill -9 during an ingest leaves a sound database holding every committed report")
    func killDuringIngest() throws {
        let folder = try StoreTesting.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let sources = StoreReports.all.map(\.text) + [StoreReports.wire]
        for i in 0..<300 {
            let text = sources[i % sources.count] + "\nEditor's note \(i): figures may change as reports come in.\n"
            try text.write(to: reports.appendingPathComponent(String(format: "r%04d.txt", i)), atomically: true, encoding: .utf8)
        }
        let db = folder.appendingPathComponent("crash.db").path
        let process = Process()
        process.executableURL = try Self.sitrepBinary()
        process.arguments = ["ingest", "--db", db, "--batch-size", "10", "--verbose", reports.path]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait (on the pipe, not the clock) until the ingest has reported three committed batches, then kill it.
        var committed = 0
        var buffer = Data()
        while committed < 30 {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            let lines = String(decoding: buffer, as: UTF8.self).split(separator: "\n")
            for line in lines where line.hasPrefix("committed ") {
                committed = max(committed, Int(line.split(separator: " ")[1]) ?? 0)
            }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(committed >= 30)
        let store = try EventStore(path: db)
        #expect(try store.integrityCheck() == "ok")
        let documents = try store.counts()["documents"] ?? 0
        #expect(documents >= committed)
        #expect(documents < 300)
        // The interrupted ingest can simply be run again: stored reports are skipped, the rest are added.
        let summary = try Ingestor(store: store, now: StoreTesting.clock).ingest(paths: [reports.path])
        #expect(summary.alreadyStored == documents && summary.stored == 300 - documents)
    }

    /// The `sitrep` executable built next to this test bundle.
    static func sitrepBinary() throws -> URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("sitrep")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let fallback = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/sitrep")
        guard FileManager.default.isExecutableFile(atPath: fallback.path) else {
            throw StoreError(.notFound, "the sitrep executable was not built next to the tests (\(fallback.path))")
        }
        return fallback
    }
}
