import Testing
@testable import Sitrep

@Suite("Numbers and figures")
struct NumberTests {
    func read(_ text: String) -> CountPhrase? {
        let doc = ReadDocument(file: "n.txt", text: text)
        let r = doc.sentences[0].tokens
        for i in r { if let c = NumberReader.read(doc, at: i, in: r) { return c } }
        return nil
    }

    @Test(arguments: [
        ("displaced over 7 million people", 7_000_000.0, "at_least"),
        ("nearly 3,000 bodies", 3000, "about"),
        ("some 4,000 Rwandan troops", 4000, "about"),
        ("dozens of soldiers", 12, "at_least"),
        ("hundreds of thousands of people", 100_000, "at_least"),
        ("fifty-five victims", 55, "exact"),
        ("at least eight wounded", 8, "at_least"),
        ("up to 20 people", 20, "at_most"),
        ("1.5 million refugees", 1_500_000, "exact"),
        ("a dozen young men", 12, "exact"),
    ])
    func counts(text: String, value: Double, qualifier: String) throws {
        let c = try #require(read(text))
        #expect(c.value == value)
        #expect(c.qualifier == qualifier)
    }

    /// Number tokens read as `Double` reads them without their commas, long ones and odd ones included.
    @Test func digitsReadAsDoubleReadsThem() {
        var samples = ["0", "7", "007", "3,000", "1,234,567", "1.5", "0.1", "2.75", "1.2.3", "12.50", "999,999,999,999,999",
                       "1234567890123456", "12345678901234567890", "3.14159265358979", "0.000001", "1,5"]
        var state: UInt64 = 7
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let whole = String(state >> 40), fraction = String(state >> 50)
            samples.append(state & 1 == 0 ? whole : whole + "." + fraction)
        }
        for text in samples {
            let expected = Double(String(text.filter { $0 != "," }))
            #expect(NumberReader.number(ofDigits: ArraySlice(text.utf8)) == expected, "\(text)")
        }
    }

    @Test func figureKindsFromContext() {
        let r = TestSupport.extract("""
        Shells hit Sake on Wednesday, killing two civilians and wounding at least eight, according to OCHA.
        More than 178,000 people have fled their homes since January.
        The rebels are backed by some 4,000 Rwandan troops.
        Police arrested 12 protesters in Beni.
        Bisie supplies about 6% of the world's tin and lies 60 km from the town.
        """)
        let kinds = r.figures.map { "\($0.kind) \(Int($0.value))" }
        #expect(kinds == ["killed 2", "injured 8", "displaced 178000", "troops 4000", "arrested 12"])
        #expect(r.figures[0].attributedTo == "United Nations")
        #expect(r.figures[1].qualifier == "at_least")
    }

    /// The words after a count name what is counted, up to a verb or preposition, whatever its case:
    /// "KILLED" is compared on its folded bytes, "\u{212A}ILLED" (a Kelvin sign) as a lowercased string.
    @Test(arguments: ["KILLED", "\u{212A}ILLED", "were"])
    func subjectStopsAtTheVerb(verb: String) throws {
        let r = TestSupport.extract("Rebels killed 30 villagers \(verb) near Kiwanja on Monday.")
        #expect(try #require(r.figures.first).subject == "villagers")
        #expect(try #require(TestSupport.extract("Rebels killed 30 villagers Here near Kiwanja on Monday.").figures.first).subject == "villagers Here near Kiwanja")
    }

    @Test func repeatedFigureIsKeptOnce() {
        let r = TestSupport.extract("""
        The war has displaced over 7 million people in Congo.
        With over 7 million displaced individuals, the crisis deepens.
        """)
        #expect(r.figures.filter { $0.kind == "displaced" }.count == 1)
    }

    @Test func yearsTimesAndMoneyAreNotFigures() {
        let r = TestSupport.extract("In 2024 at 08:05 the company paid 800,000 dollars to 3 provinces.")
        #expect(r.figures.isEmpty)
    }
}
