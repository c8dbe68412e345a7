import Foundation
import Testing
@testable import SitrepStore

@Suite("Ingest")
struct IngestTests {
    @Test("the same report ingested twice changes nothing")
    func idempotent() throws {
        let store = try EventStore.inMemory()
        let first = try StoreTesting.ingest(StoreReports.all, into: store)
        let counts = try store.counts()
        let events = try StoreTesting.snapshot(store)
        let changes = try store.changes(since: nil).count
        let second = try StoreTesting.ingest(StoreReports.all, into: store)
        #expect(first.stored == StoreReports.all.count)
        #expect(second.stored == 0 && second.alreadyStored == StoreReports.all.count)
        #expect(try store.counts() == counts)
        #expect(try StoreTesting.snapshot(store) == events)
        #expect(try store.changes(since: nil).count == changes)
    }

    @Test("a lightly edited copy of a wire story is stored but counts as the same source")
    func nearDuplicate() throws {
        let store = try EventStore.inMemory()
        let summary = try StoreTesting.ingest([("w1.txt", StoreReports.wire), ("w2.txt", StoreReports.wireCopy)], into: store)
        #expect(summary.stored == 2)
        #expect(summary.nearDuplicates == 1)
        let counts = try store.counts()
        #expect(counts["documents"] == 2 && counts["stories"] == 1)
        let events = try store.events(EventFilter(), withSources: true)
        #expect(!events.isEmpty)
        for e in events {
            #expect(e.sourceCount == 1)
            #expect(e.sources.count == 2)
        }
        let distinct = try StoreTesting.store(with: [("w1.txt", StoreReports.wire), ("u.txt", StoreReports.uvira)])
        #expect(try distinct.counts()["stories"] == 2)
    }

    @Test("a report that bridges two stories merges them, with the same events as when it came first")
    func bridgingStory() throws {
        let header = "PUBLISHED: 2025-06-03\nOUTLET: Desk\n\n"
        let x = "ADF fighters killed 12 civilians in Beni on Monday, the local civil society said, adding that the victims were farmers."
        let y = "Humanitarian workers said thousands of residents had fled toward the town centre overnight, and that schools and churches were sheltering families who arrived with little food, while the provincial authorities promised to send soldiers to secure the surrounding villages before the harvest season begins in earnest. Aid agencies warned that stocks of seed, medicine and clean water in the area would last only a few more days unless the main road stayed open to convoys coming from the south."
        let z = "CODECO militiamen killed five civilians in Djugu on Sunday, a local official said, in an attack on a camp for displaced people that also left a dozen wounded and destroyed shelters."
        let a = (file: "a.txt", text: header + x + " " + y), c = (file: "c.txt", text: header + y + " " + z)
        let b = (file: "b.txt", text: header + x + " " + y + " " + z)
        let sig = { (t: String) in Fingerprint.minhash(Fingerprint.shingles(Array(t.utf8))) }
        #expect(Fingerprint.similarity(sig(a.text), sig(c.text)) < 0.7)
        #expect(Fingerprint.similarity(sig(a.text), sig(b.text)) >= 0.7)
        #expect(Fingerprint.similarity(sig(b.text), sig(c.text)) >= 0.7)

        let bridged = try EventStore.inMemory()
        _ = try StoreTesting.ingest([a, c], into: bridged)
        #expect(try bridged.counts()["stories"] == 2)
        _ = try StoreTesting.ingest([b], into: bridged)
        #expect(try bridged.counts()["stories"] == 1)
        let first = try StoreTesting.store(with: [b, a, c])
        #expect(try StoreTesting.snapshot(bridged) == StoreTesting.snapshot(first))
        let events = try bridged.events(EventFilter())
        #expect(events.count >= 2 && events.allSatisfy { $0.sourceCount == 1 })
    }

    @Test("MinHash: an edited copy is similar and shares LSH bands; another story is not")
    func minhash() {
        func signature(_ text: String) -> [UInt32] { Fingerprint.minhash(Fingerprint.shingles(Array(text.utf8))) }
        let a = signature(StoreReports.wire), b = signature(StoreReports.wireCopy), c = signature(StoreReports.uvira)
        #expect(Fingerprint.similarity(a, b) >= 0.7)
        #expect(Fingerprint.similarity(a, c) < 0.2)
        #expect(!Set(Fingerprint.bands(a)).isDisjoint(with: Fingerprint.bands(b)))
        #expect(Fingerprint.signature(blob: Fingerprint.blob(a)) == a)
        #expect(Fingerprint.content(Array("x".utf8)) != Fingerprint.content(Array("y".utf8)))
    }

    @Test("an unreadable input is named and skipped; the others are stored")
    func unreadableInput() throws {
        let folder = try StoreTesting.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.txt")
        try StoreReports.beniADF.write(to: good, atomically: true, encoding: .utf8)
        let binary = folder.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2, 3]).write(to: binary)
        let store = try EventStore.inMemory()
        let summary = try Ingestor(store: store, now: StoreTesting.clock)
            .ingest(paths: [good.path, folder.appendingPathComponent("missing.txt").path, binary.path])
        #expect(summary.stored == 1)
        #expect(summary.failures.count == 2)
        #expect(summary.failures.contains { $0.contains("missing.txt") })
        #expect(summary.failures.contains { $0.contains("image.txt") })
    }

    @Test("documents, figures, places and actors are recorded with their sources")
    func listings() throws {
        let store = try StoreTesting.store(with: StoreReports.all)
        let docs = try store.documents()
        #expect(docs.count == StoreReports.all.count)
        #expect(docs.first?.published == "2025-06-03")
        let figures = try store.figures(kind: "displaced", place: nil) + store.figures(kind: "refugees", place: nil)
        #expect(figures.contains { $0.value == 40_000 && $0.outlet == "Tanganyika Times" })
        let killed = try store.figures(kind: "killed", place: "Beni")
        #expect(killed.map(\.value).sorted() == [5, 12])
        let summary = FigureSummary(killed)
        #expect(summary.low == 5 && summary.high == 12 && summary.stories == 2)
        let places = try store.places()
        #expect(places.contains { $0.name == "Walikale" && $0.documents == 2 })
        let actors = try store.actors()
        #expect(actors.contains { $0.name == "M23" && $0.kind == "Rebel group" && $0.events >= 2 })
    }
}
