import Foundation
@testable import SitrepStore

/// Short reports written for the store's tests.
enum StoreReports {
    static let walikaleLakePost = """
        URL: https://lakepost.example/walikale
        TITLE: Rebels take Walikale
        PUBLISHED: 2025-03-20
        OUTLET: Lake Post

        M23 rebels captured the town of Walikale on Wednesday after heavy fighting with the Congolese army, residents said.
        """
    static let walikaleKivuWire = """
        URL: https://kivuwire.example/2025/walikale-falls
        TITLE: Walikale falls to M23
        PUBLISHED: 2025-03-21
        OUTLET: Kivu Wire

        The M23 rebel group seized Walikale in North Kivu on Wednesday, local officials said.
        """
    static let beniADF = """
        URL: https://ituri.example/beni-attack
        TITLE: Attack near Beni
        PUBLISHED: 2025-06-03
        OUTLET: Ituri Daily

        ADF fighters killed 12 civilians in Beni on Monday, the local civil society said.
        """
    static let beniCODECO = """
        URL: https://ituri.example/beni-codeco
        TITLE: Militia attack in Beni
        PUBLISHED: 2025-06-03
        OUTLET: Great Lakes Monitor

        CODECO militiamen killed five civilians in Beni on Monday, a local official said.
        """
    static let uvira = """
        URL: https://example.org/uvira
        TITLE: Uvira protest
        PUBLISHED: 2025-02-10
        OUTLET: Tanganyika Times

        Police fired tear gas at protesters in Uvira on Sunday. Burundian troops clashed with M23 fighters near Uvira on \
        Saturday, killing four soldiers. The European Union imposed sanctions on Rwanda on Friday. \
        More than 40,000 people have fled Uvira since January, the UN refugee agency said.
        """
    /// A wire story long enough for its MinHash to count, and a lightly edited copy of it.
    static let wire = """
        URL: https://wire.example/sake
        TITLE: Fighting near Sake
        PUBLISHED: 2025-01-24
        OUTLET: Wire Service

        M23 rebels and the Congolese army clashed near the town of Sake on Thursday, killing at least nine civilians, \
        hospital staff said. The fighting forced thousands of families to flee toward Goma along the main road, where \
        aid groups said camps were already overcrowded. Residents described heavy gunfire through the night and said \
        shells had struck several houses in the eastern part of the town. The army said it had pushed the rebels back \
        from the hills overlooking the road, a claim that could not be independently verified.
        """
    static var wireCopy: String {
        wire.replacingOccurrences(of: "https://wire.example/sake", with: "https://reprint.example/news/9912")
            .replacingOccurrences(of: "OUTLET: Wire Service", with: "OUTLET: Reprint Daily")
            .replacingOccurrences(of: "heavy gunfire", with: "intense gunfire")
    }

    static let all: [(file: String, text: String)] = [
        ("a.txt", walikaleLakePost), ("b.txt", walikaleKivuWire), ("c.txt", beniADF), ("d.txt", beniCODECO), ("e.txt", uvira),
    ]
}

/// Helpers shared by the store tests.
enum StoreTesting {
    /// A fixed clock: tests never depend on the time they run at.
    static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_742_464_800) }

    static func ingest(_ texts: [(file: String, text: String)], into store: EventStore, batchSize: Int = 200) throws -> IngestSummary {
        try Ingestor(store: store, batchSize: batchSize, now: clock).ingest(texts: texts)
    }

    static func store(with texts: [(file: String, text: String)]) throws -> EventStore {
        let store = try EventStore.inMemory()
        _ = try ingest(texts, into: store)
        return store
    }

    /// A fresh folder under the system's temporary directory, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Events without the time they were last updated, for comparing stores built in different ways.
    static func snapshot(_ store: EventStore) throws -> [StoredEvent] {
        try store.events(EventFilter(), withSources: true).map { var e = $0; e.updatedAt = ""; return e }
    }
}
