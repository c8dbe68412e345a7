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
        // The bytes the command line writes are the line's UTF-8.
        #expect(RecordWriter.jsonLineUTF8(record) == Array(try RecordWriter.jsonLine(record).utf8))
    }

    /// Lines appended to one reused text are each the record's own line: no comma or state carries
    /// over from one document to the next, and emptying the text starts afresh.
    @Test func linesSharingOneTextAreEachTheirOwn() throws {
        let records = ["M23 rebels captured Minova on Tuesday.", "Police dispersed protesters in Kinshasa.", "Nothing happened."].map { TestSupport.extract($0) }
        var text = JSONText(capacity: 16)  // small, so the text also grows on the way
        for r in records { RecordWriter.appendJSONLine(r, to: &text) }
        let expected = try records.map { try RecordWriter.jsonLine($0) }.joined()
        #expect(text.text == expected)
        text.removeAll()
        RecordWriter.appendJSONLine(records[1], to: &text)
        #expect(text.withUTF8 { Array($0) } == RecordWriter.jsonLineUTF8(records[1]))
    }

    /// Strings read back as the same strings, whatever byte needs an escape and wherever it falls
    /// (the plain-text scan reads eight bytes at a time).
    @Test func stringsReadBackWhereverTheEscapeFalls() throws {
        var samples = ["", "a", "Goma", "Rwanda Defence Force", "Nord-Kivu – Walikale", "ends with a backslash \\"]
        for special in ["\"", "\\", "\n", "\t", "\u{01}", "\u{1F}", "é", "😀"] {
            for position in 0..<20 { samples.append(String(repeating: "x", count: position) + special + String(repeating: "y", count: 19 - position)) }
        }
        for s in samples {
            var j = JSONText()
            j.openObject()
            j.field("s", s)
            j.closeObject()
            let back = try JSONSerialization.jsonObject(with: Data(j.text.utf8)) as? [String: String]
            #expect(back?["s"] == s, "\(s.debugDescription) → \(j.text)")
        }
    }

    /// Numbers are written as `Double.description` writes them (the fast path for short decimals
    /// included): every gazetteer coordinate, the confidences, and a sweep of other values.
    @Test func numbersAreWrittenAsDescriptionWritesThem() {
        func written(_ v: Double) -> String {
            var j = JSONText()
            j.openObject()
            j.field("v", v)
            j.closeObject()
            return j.text
        }
        var values: [Double] = [0.5, 0.7, 0.95, 1, 5, 100, 0.001, 0.0011, 0.00099, 1e-5, 0.1 + 0.2, 999_999_999.5, 1e9, 1e15, 1e16,
                                -0.001, -1.6666, 29.2257, 1.0 / 3.0, .pi, -.pi, 123456.789012, 0.000001]
        for p in TestSupport.extractor.knowledge.places { values += [p.lat, p.lon] }
        var state: UInt64 = 42
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let decimals = Double(state >> 61)  // 0–7 decimals
            let v = (Double(state >> 11 & 0xFFFFF) - 500_000) / Double(1 << (state >> 58 & 7))
            values.append((v * pow(10, decimals)).rounded() / pow(10, decimals))
            values.append(Double(bitPattern: state >> 2 | 0x3F00_0000_0000_0000))
        }
        var mismatches: [String] = []
        for v in values where written(v) != "{\"v\":\(v.description)}" { mismatches.append("\(v.description) → \(written(v))") }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
