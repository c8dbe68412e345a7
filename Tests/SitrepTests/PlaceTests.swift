import Testing
@testable import Sitrep

@Suite("Places: gazetteer lookup and ambiguity")
struct PlaceTests {
    func places(_ body: String) -> [ExtractionRecord.Place] { TestSupport.extract(body).places }

    @Test func townAndItsCoordinates() throws {
        let p = try #require(places("M23 fighters entered Walikale on Wednesday.").first { $0.name == "Walikale" })
        #expect(p.country == "COD")
        #expect(p.admin1 == "North Kivu")
        #expect(abs(p.lat - -1.43) < 0.05 && abs(p.lon - 28.08) < 0.05)
        #expect(p.kind == "populated place")
    }

    @Test func englishAndFrenchProvinceNamesAreOneEntry() {
        let ps = places("Clashes spread across North Kivu. Aid groups in Nord-Kivu asked for help.")
        let kivu = ps.filter { $0.kind == "admin1" }
        #expect(kivu.count == 1)
        #expect(kivu.first?.name == "North Kivu")
        #expect(kivu.first?.mentions == 2)
    }

    @Test func spellingVariantsResolveToOneEntry() {
        let a = places("Fighting was reported in Kitshanga.").first
        let b = places("Fighting was reported in Kitchanga.").first
        #expect(a != nil && a?.name == b?.name)
    }

    @Test func lowercaseWordIsNotATown() {
        #expect(places("They did it for the sake of peace.").isEmpty)
        #expect(places("The rebels shelled Sake.").map(\.name) == ["Sake"])
    }

    @Test func territoryWordSelectsTheTerritory() {
        let ps = places("The rebels advanced in Masisi territory and then entered the town of Masisi.")
        #expect(Set(ps.map(\.kind)) == ["admin2", "populated place"])
    }

    @Test func demonymsAndBackersAreNotPlaces() {
        let ps = places("Rwanda-backed rebels fought the Congolese army near Sake.")
        #expect(ps.map(\.name) == ["Sake"])
    }

    @Test func countryAliasesResolveToTheCountry() {
        let ps = places("Violence in eastern Congo and the DRC capital worries Uganda.")
        #expect(ps.map(\.name).contains("Democratic Republic of the Congo"))
        #expect(ps.map(\.name).contains("Uganda"))
    }

    @Test func personsNamedLikeDistantTownsAreNotPlaces() {
        let ps = places("M23 spokesman Lawrence Kanyuka said the group held Goma.")
        #expect(ps.map(\.name) == ["Goma"])
    }
}
