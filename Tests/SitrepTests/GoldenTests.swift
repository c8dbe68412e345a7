import Foundation
import Testing
@testable import Sitrep

@Suite("Golden JSON")
struct GoldenTests {
    /// The extractor's JSON for a fixture report, pinned byte for byte. Regenerate with scripts/update-golden.sh.
    @Test func fixtureReportMatchesGolden() throws {
        let report = TestSupport.fixtures.appendingPathComponent("golden-report.txt")
        let expected = try String(contentsOf: TestSupport.fixtures.appendingPathComponent("golden-report.json"), encoding: .utf8)
        let text = try ReportLoader.read(report.path)
        let record = TestSupport.extractor.extract(ReadDocument(file: "golden-report.txt", text: text))
        let actual = try RecordWriter.json([record])
        #expect(actual == expected)
    }

    @Test func jsonHasEveryCodebookField() throws {
        let record = TestSupport.extract("M23 rebels captured Minova on Tuesday.")
        let obj = try #require(JSONSerialization.jsonObject(with: Data(try RecordWriter.jsonLine(record).utf8)) as? [String: Any])
        let event = try #require((obj["events"] as? [[String: Any]])?.first)
        for key in ["id", "type", "sub_type", "actor1", "assoc_actor1", "actor2", "location", "country", "admin1", "lat", "lon",
                    "geo_precision", "date", "date_end", "time_precision", "fatalities", "control", "status", "background", "evidence"] {
            #expect(event.keys.contains(key), "missing \(key)")
        }
        let doc = try #require(obj["document"] as? [String: Any])
        #expect(doc["file"] as? String == "inline.txt")
    }
}
