import Foundation
import Testing
@testable import Sitrep

@Suite("Evaluation scorer")
struct ScorerTests {
    let gold = """
    {"document": {"id": "x1"}, "events": [{"type": "Battles", "sub_type": "Armed clash", "actor1": "M23", "location": "Sake", "lat": -1.57, "lon": 29.05, "geo_precision": 1, "date": "2025-01-22", "date_end": "2025-01-22", "fatalities": 2, "background": false}], "figures": [{"kind": "killed", "value": 2}], "places": [{"name": "Sake", "country": "COD", "lat": -1.57, "lon": 29.05, "kind": "populated place"}]}
    """

    @Test func perfectScoreAgainstItself() throws {
        let r = try EvaluationScorer(actorsTSV: "").score(goldJSONL: gold, systemJSONL: gold)
        #expect(r.strict.f1 == 1 && r.figures.f1 == 1 && r.places.f1 == 1)
        #expect(r.dateAccuracy == 1 && r.geoWithin25km == 1)
    }

    @Test func wrongDateFailsStrictButNotType() throws {
        let system = gold.replacingOccurrences(of: "\"date\": \"2025-01-22\"", with: "\"date\": \"2025-01-10\"")
        let r = try EvaluationScorer(actorsTSV: "").score(goldJSONL: gold, systemJSONL: system)
        #expect(r.strict.f1 == 0)
        #expect(r.type.f1 == 1)
    }

    @Test func aliasesCountAsTheSameActor() throws {
        let tsv = "name\tkind\tcountry\taliases\tacled_name\nM23\tRebel group\tCOD\tMarch 23 Movement\t\n"
        let system = gold.replacingOccurrences(of: "\"actor1\": \"M23\"", with: "\"actor1\": \"March 23 Movement\"")
        let r = try EvaluationScorer(actorsTSV: tsv).score(goldJSONL: gold, systemJSONL: system)
        #expect(r.actor1Accuracy == 1)
    }

    @Test func malformedLineIsAnError() {
        #expect(throws: EvaluationError.self) { try EvaluationScorer(actorsTSV: "").score(goldJSONL: gold, systemJSONL: "{not json") }
    }
}
