import Testing
@testable import Sitrep

@Suite("Dates: calendar arithmetic and relative expressions")
struct DateTests {
    @Test func serialRoundTripAndWeekday() {
        let d = Day(year: 2025, month: 3, day: 20)!
        #expect(Day(serial: d.serial) == d)
        #expect(d.weekday == 4)  // Thursday
        #expect(Day(year: 2024, month: 2, day: 30) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(iso: "2025-12-31")?.adding(days: 1) == Day(year: 2026, month: 1, day: 1))
    }

    /// Resolves the first date expression of `sentence` in a report published Thursday 2025-03-20.
    func resolve(_ sentence: String, published: Day? = Day(year: 2025, month: 3, day: 20)) -> DateMention? {
        let doc = ReadDocument(file: "d.txt", text: sentence)
        let cues = TokenCues(doc: doc, table: CueTable(demonyms: []))
        return DateResolver(published: published).dates(in: doc, sentence: doc.sentences[0], cues: cues).first
    }

    @Test(arguments: [
        ("The rebels entered the town late Wednesday.", "2025-03-19", "2025-03-19", 1),
        ("Shells fell on Thursday.", "2025-03-20", "2025-03-20", 1),
        ("It happened last Thursday.", "2025-03-13", "2025-03-13", 1),
        ("Fighting resumed yesterday.", "2025-03-19", "2025-03-19", 1),
        ("They left last week.", "2025-03-10", "2025-03-16", 2),
        ("Clashes took place over the weekend.", "2025-03-15", "2025-03-16", 2),
        ("Production stopped earlier this month.", "2025-03-01", "2025-03-20", 3),
        ("Prices rose last month.", "2025-02-01", "2025-02-28", 3),
        ("The group has grown earlier this year.", "2025-01-01", "2025-03-20", 3),
        ("On 4 January they seized Masisi.", "2025-01-04", "2025-01-04", 1),
        ("On January 4, 2024 they seized Masisi.", "2024-01-04", "2024-01-04", 1),
        ("They took the town in late January.", "2025-01-01", "2025-01-31", 3),
        ("They have held it since January 2023.", "2023-01-01", "2023-01-31", 3),
        ("The attack happened in 2022.", "2022-01-01", "2022-12-31", 3),
        ("The mine closed in May.", "2024-05-01", "2024-05-31", 3),
        ("The rebels entered Goma on Jan. 27 after fighting.", "2025-01-27", "2025-01-27", 1),
        ("Drones struck the port in January this year.", "2025-01-01", "2025-01-31", 3),
        ("They have fled since the start of the month.", "2025-03-01", "2025-03-20", 3),
    ])
    func relativeDates(sentence: String, start: String, end: String, precision: Int) throws {
        let d = try #require(resolve(sentence))
        #expect(d.start?.description == start)
        #expect(d.end?.description == end)
        #expect(d.precision == precision)
    }

    @Test func dayMonthAfterPublicationIsLastYear() throws {
        let d = try #require(resolve("It happened on 28 December.", published: Day(year: 2025, month: 1, day: 3)))
        #expect(d.start?.description == "2024-12-28")
    }

    @Test func withoutPublicationOnlyExplicitYearsResolve() throws {
        let weekday = try #require(resolve("They entered late Wednesday.", published: nil))
        #expect(weekday.start == nil)
        let explicit = try #require(resolve("It happened on 29 October 2022.", published: nil))
        #expect(explicit.start?.description == "2022-10-29")
    }

    @Test func mayAsAVerbIsNotAMonth() {
        #expect(resolve("The rebels may advance further.") == nil)
    }
}
