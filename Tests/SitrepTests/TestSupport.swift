import Foundation
@testable import Sitrep

/// Helpers shared by the tests: extraction of an inline report, lookups by sub-type.
enum TestSupport {
    static let extractor = Extractor()

    /// Extracts a report written inline; `published` goes in the header when given.
    static func extract(_ body: String, published: String? = "2025-03-20", title: String? = nil) -> ExtractionRecord {
        var text = ""
        if let title { text += "TITLE: \(title)\n" }
        if let published { text += "PUBLISHED: \(published)\n" }
        text += text.isEmpty ? body : "\n" + body
        return extractor.extract(ReadDocument(file: "inline.txt", text: text))
    }

    /// The events of a record with the given sub-type.
    static func events(_ r: ExtractionRecord, _ subType: String) -> [ExtractionRecord.Event] {
        r.events.filter { $0.subType == subType }
    }

    /// The first event of a sub-type in an inline report.
    static func first(_ subType: String, in body: String, published: String? = "2025-03-20") -> ExtractionRecord.Event? {
        events(extract(body, published: published), subType).first
    }

    /// The folder of fixture files.
    static var fixtures: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    }
}
