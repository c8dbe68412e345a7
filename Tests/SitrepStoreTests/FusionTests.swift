import Foundation
import Testing
@testable import SitrepStore

@Suite("Fusion across reports")
struct FusionTests {
    @Test("the same capture in two reports is one event with both sources")
    func sameEventTwoReports() throws {
        let store = try StoreTesting.store(with: [("a.txt", StoreReports.walikaleLakePost), ("b.txt", StoreReports.walikaleKivuWire)])
        let captures = try store.events({ var f = EventFilter(); f.subType = "Non-state actor overtakes territory"; return f }())
        #expect(captures.count == 1)
        let capture = try #require(captures.first)
        let event = try #require(try store.event(id: capture.id))
        #expect(event.location == "Walikale")
        #expect(event.actor1 == "M23")
        #expect(event.actor2 == "FARDC")
        #expect(event.sourceCount == 2)
        #expect(Set(event.sources.compactMap(\.outlet)) == ["Lake Post", "Kivu Wire"])
        #expect(event.sources.allSatisfy { !$0.evidence.isEmpty && $0.evidence[0].text.contains("Walikale") })
    }

    @Test("two attacks at the same place and day by different actors stay apart")
    func differentActorsStayApart() throws {
        let store = try StoreTesting.store(with: [("c.txt", StoreReports.beniADF), ("d.txt", StoreReports.beniCODECO)])
        let attacks = try store.events({ var f = EventFilter(); f.subType = "Attack"; return f }())
        #expect(attacks.count == 2)
        #expect(Set(attacks.compactMap(\.actor1)) == ["ADF", "CODECO"])
        #expect(attacks.allSatisfy { $0.sourceCount == 1 && $0.location == "Beni" })
    }

    @Test("a capture outranks the clash it ended; far places and other days stay apart")
    func rulesOnSignatures() throws {
        var capture = signature(subType: "Non-state actor overtakes territory", actor1: "M23", actor2: "FARDC", lat: -1.43, lon: 28.08, date: "2025-03-19")
        capture.control = "gained"
        let clash = signature(subType: "Armed clash", actor1: "FARDC", actor2: "M23", lat: -1.45, lon: 28.10, date: "2025-03-19")
        #expect(FusionRules.compatible(capture, clash))
        #expect(FusionRules.rank(capture.subType) > FusionRules.rank(clash.subType))
        let far = signature(subType: "Armed clash", actor1: "FARDC", actor2: "M23", lat: -1.68, lon: 29.22, date: "2025-03-19")
        #expect(!FusionRules.compatible(clash, far))
        let later = signature(subType: "Armed clash", actor1: "FARDC", actor2: "M23", lat: -1.45, lon: 28.10, date: "2025-03-25")
        #expect(!FusionRules.compatible(clash, later))
        let attack = signature(subType: "Attack", actor1: "M23", actor2: "Civilians", lat: -1.43, lon: 28.08, date: "2025-03-19")
        #expect(!FusionRules.compatible(capture, attack))

        let rows = [("a", "2025-03-20", capture), ("b", "2025-03-21", clash), ("c", "2025-03-22", far)].map {
            SignatureRow(sig: $0.0, firstKey: $0.1, fields: $0.2)
        }
        let clusters = EventClusterer.cluster(rows).map { $0.map { rows[$0].sig } }
        #expect(clusters == [["a", "b"], ["c"]])
        let fused = FusedEvent(id: "ev-a", members: [clash, capture], stories: [])
        #expect(fused.subType == "Non-state actor overtakes territory")
        #expect(fused.actor1 == "M23")
    }

    @Test("fatalities keep low, best and high across stories; confidence grows with sources")
    func aggregates() {
        let s = signature(subType: "Attack", actor1: "ADF", actor2: "Civilians", lat: 0.49, lon: 29.47, date: "2025-06-02")
        func story(_ low: Int, _ high: Int) -> FusedEvent.Story {
            FusedEvent.Story(low: low, high: high, confidence: 0.6, statusRank: 0, background: false, mentions: 1)
        }
        let one = FusedEvent(id: "x", members: [s], stories: [story(12, 12)])
        let three = FusedEvent(id: "x", members: [s], stories: [story(12, 12), story(15, 18), story(20, 20)])
        #expect(three.fatalitiesLow == 12 && three.fatalitiesBest == 15 && three.fatalitiesHigh == 20)
        #expect(three.confidence > one.confidence)
    }

    @Test("two halves in either order give the same events and ids as one pass")
    func orderIndependent() throws {
        let reports = StoreReports.all + [("w.txt", StoreReports.wire)]
        let whole = try StoreTesting.store(with: reports)
        let forward = try EventStore.inMemory()
        _ = try StoreTesting.ingest(Array(reports.prefix(3)), into: forward)
        _ = try StoreTesting.ingest(Array(reports.dropFirst(3)), into: forward)
        let backward = try EventStore.inMemory()
        _ = try StoreTesting.ingest(Array(reports.dropFirst(3)), into: backward)
        _ = try StoreTesting.ingest(Array(reports.prefix(3)), into: backward)
        let expected = try StoreTesting.snapshot(whole)
        #expect(!expected.isEmpty)
        #expect(try StoreTesting.snapshot(forward) == expected)
        #expect(try StoreTesting.snapshot(backward) == expected)
    }

    @Test("an event keeps its id when a later report merges into it, and the change log says so")
    func idStableAndLogged() throws {
        let store = try EventStore.inMemory()
        _ = try StoreTesting.ingest([("a.txt", StoreReports.walikaleLakePost)], into: store)
        let before = try store.events(EventFilter())
        let seq = try store.changes(since: nil).last?.seq ?? 0
        _ = try StoreTesting.ingest([("b.txt", StoreReports.walikaleKivuWire)], into: store)
        let after = try store.events(EventFilter())
        #expect(before.map(\.id) == after.map(\.id))
        let changes = try store.changes(since: String(seq))
        #expect(changes.contains { $0.kind == "updated" && $0.eventID == before[0].id && $0.detail.contains("1 -> 2") })
    }

    @Test("an id merged into another event still resolves")
    func aliasResolves() throws {
        let store = try EventStore.inMemory()
        // The later-published report arrives first; the earlier one then anchors the event.
        _ = try StoreTesting.ingest([("b.txt", StoreReports.walikaleKivuWire)], into: store)
        let first = try #require(try store.events(EventFilter()).first)
        _ = try StoreTesting.ingest([("a.txt", StoreReports.walikaleLakePost)], into: store)
        let resolved = try #require(try store.event(id: first.id))
        #expect(resolved.sourceCount == 2)
        #expect(resolved.id != first.id)
        #expect(try store.changes(since: nil).contains { $0.kind == "merged" && $0.eventID == first.id })
    }

    private func signature(subType: String, actor1: String?, actor2: String?, lat: Double, lon: Double, date: String) -> MentionSignature {
        MentionSignature(type: subType == "Attack" ? "Violence against civilians" : "Battles", subType: subType, actor1: actor1,
                         assocActor1: [], actor2: actor2, assocActor2: [], location: "P\(lat)", country: "COD", admin1: "North Kivu",
                         admin2: nil, lat: lat, lon: lon, geoPrecision: 1, date: date, dateEnd: date, timePrecision: 1,
                         control: nil, plover: "ASSAULT")
    }
}
