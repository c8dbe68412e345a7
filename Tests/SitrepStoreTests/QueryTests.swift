import Foundation
import GRDB
import Testing
@testable import SitrepStore

@Suite("Event queries")
struct QueryTests {
    let store: EventStore

    init() throws { store = try StoreTesting.store(with: StoreReports.all) }

    private func select(_ change: (inout EventFilter) -> Void) throws -> [StoredEvent] {
        var f = EventFilter()
        change(&f)
        return try store.events(f)
    }

    @Test("--since and --until bound the date")
    func dates() throws {
        let all = try select { _ in }
        let june = try select { $0.since = "2025-06-01" }
        #expect(!june.isEmpty && june.count < all.count)
        #expect(june.allSatisfy { ($0.date ?? "") >= "2025-06-01" })
        let early = try select { $0.until = "2025-02-28" }
        #expect(!early.isEmpty && early.allSatisfy { ($0.date ?? "9") <= "2025-02-28" })
    }

    @Test("--near keeps events within the radius, from the R*Tree")
    func near() throws {
        let beni = (lat: 0.4911, lon: 29.4731)
        let close = try select { $0.near = beni; $0.radiusKm = 30 }
        #expect(close.count == 2 && close.allSatisfy { $0.location == "Beni" })
        let none = try select { $0.near = (lat: 10.0, lon: 10.0); $0.radiusKm = 50 }
        #expect(none.isEmpty)
        // Time is the R*Tree's third axis: --since and --until narrow the same index walk.
        #expect(try select { $0.near = beni; $0.radiusKm = 30; $0.since = "2025-06-02" }.count == 2)
        #expect(try select { $0.near = beni; $0.radiusKm = 30; $0.since = "2025-06-03" }.isEmpty)
        #expect(try select { $0.near = beni; $0.radiusKm = 30; $0.until = "2025-06-01" }.isEmpty)
        // The answer comes from the index: with the index emptied, the same query finds nothing.
        try store.write { try $0.execute(sql: "DELETE FROM events_rtree") }
        #expect(try select { $0.near = beni; $0.radiusKm = 30 }.isEmpty)
        #expect(try select { _ in }.filter { $0.location == "Beni" }.count == 2)
    }

    @Test("--type and --sub-type")
    func types() throws {
        let battles = try select { $0.type = "battles" }
        #expect(!battles.isEmpty && battles.allSatisfy { $0.type == "Battles" })
        let clashes = try select { $0.subType = "Armed clash" }
        #expect(!clashes.isEmpty && clashes.allSatisfy { $0.subType == "Armed clash" })
    }

    @Test("--actor matches any role")
    func actor() throws {
        let m23 = try select { $0.actor = "M23" }
        #expect(m23.count >= 2)
        #expect(m23.allSatisfy { $0.actor1 == "M23" || $0.actor2 == "M23" || $0.assocActor1.contains("M23") || $0.assocActor2.contains("M23") })
        #expect(try select { $0.actor = "No Such Group" }.isEmpty)
    }

    @Test("--country takes the ISO code")
    func country() throws {
        let belgium = try select { $0.country = "BEL" }
        #expect(belgium.count == 1 && belgium[0].subType == "Sanction")
        #expect(CountryTable.shared.iso3(for: "Democratic Republic of Congo") == "COD")
        #expect(CountryTable.shared.iso3(for: "rwa") == "RWA")
    }

    @Test("--text searches the reports' words (FTS5), and user text is never query syntax")
    func text() throws {
        let gas = try select { $0.text = "tear gas" }
        #expect(!gas.isEmpty && gas.allSatisfy { $0.location == "Uvira" || $0.location == "Brussels" })
        #expect(try select { $0.text = "\"unbalanced NEAR( OR" }.isEmpty)
        #expect(throws: StoreError.self) { try select { $0.text = "   " } }
    }

    @Test("--min-sources keeps events reported by several independent stories")
    func minSources() throws {
        let fused = try select { $0.minSources = 2 }
        #expect(fused.count == 1 && fused[0].location == "Walikale")
    }

    @Test("a value with quotes or SQL is bound, not interpolated")
    func injection() throws {
        #expect(try select { $0.actor = "M23' OR '1'='1" }.isEmpty)
        #expect(try select { $0.country = "x' OR '1'='1" }.isEmpty)
    }
}
