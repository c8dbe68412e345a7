import Testing
@testable import Sitrep

@Suite("Events: triggers, roles, modality, coreference, fusion")
struct EventTests {
    @Test(arguments: [
        ("M23 rebels captured Minova on Tuesday after heavy fighting with the army.", "Non-state actor overtakes territory"),
        ("Fighting broke out between M23 and Wazalendo militias near Kibua on Tuesday.", "Armed clash"),
        ("The rebels shelled Sake on Wednesday, killing two civilians.", "Shelling/artillery/missile attack"),
        ("A drone strike hit a market in Mogadishu on Monday.", "Air/drone strike"),
        ("A roadside bomb exploded in Mogadishu on Monday.", "Remote explosive/landmine/IED"),
        ("ADF fighters killed 14 villagers near Beni on Monday.", "Attack"),
        ("Gunmen abducted 20 students in Bunia on Monday.", "Abduction/forced disappearance"),
        ("Armed men looted shops in Bukavu on Saturday.", "Looting/property destruction"),
        ("The rebels withdrew from Walikale on Saturday.", "Non-violent transfer of territory"),
        ("The EU sanctioned M23 leaders in Brussels on Monday.", "Sanction"),
        ("The UN Security Council urged M23 to halt its offensive on Sunday.", "Appeal"),
        ("Alphamin suspended operations at its Bisie tin mine on Thursday.", "Operations suspended"),
        ("Alphamin restarted production at Bisie on Wednesday.", "Operations resumed"),
        ("The M23 threatened to march on Kinshasa on Monday.", "Threat"),
        ("The foreign ministers of the DRC and Rwanda signed a peace agreement in Washington on Friday.", "Agreement"),
        ("Tshisekedi and Kagame met in Doha on Tuesday.", "Talks"),
        ("UN experts accused Rwanda of backing the M23 on Monday.", "Accusation"),
        ("Police fired tear gas at youths protesting in Beni on Tuesday.", "Protest with intervention"),
    ])
    func triggerSubType(sentence: String, subType: String) {
        let r = TestSupport.extract(sentence)
        #expect(r.events.map(\.subType).contains(subType), "\(r.events.map(\.subType))")
    }

    @Test func captureRolesPlaceDateAndControl() throws {
        let r = TestSupport.extract("M23 rebels captured the town of Minova in South Kivu on Tuesday after heavy fighting with the Congolese army.")
        let e = try #require(TestSupport.events(r, "Non-state actor overtakes territory").first)
        #expect(e.actor1 == "M23")
        #expect(e.actor2 == "FARDC")
        #expect(e.location == "Minova")
        #expect(e.date == "2025-03-18")
        #expect(e.control == "gained")
        #expect(r.events.count == 1)  // the fighting that preceded the capture is part of it
    }

    @Test(arguments: [
        "The army did not retreat from Goma on Monday.",
        "Analysts warned that Uvira could fall to the rebels within days.",
        "If the rebels take Uvira, Burundi may intervene.",
        "The rebels plan to capture Butembo next month.",
        "Humanitarian workers fear that a rebel attack on Sake could bring fighting to Goma.",
        "Violence continues in the east.",
    ])
    func notEvents(sentence: String) {
        let r = TestSupport.extract(sentence)
        #expect(r.events.filter { $0.type != "Political" }.isEmpty, "\(r.events.map(\.subType))")
    }

    @Test(arguments: [
        ("M23 rebels and the Congolese army clashed near Sake on Thursday.", "M23", "FARDC"),
        ("The army and M23 rebels clashed near Sake on Thursday.", "FARDC", "M23"),
    ])
    func coordinatedSidesOfAClash(sentence: String, first: String, second: String) throws {
        let e = try #require(TestSupport.first("Armed clash", in: sentence))
        #expect(e.actor1 == first)
        #expect(e.actor2 == second)
    }

    @Test func coreferenceFindsTheRebelsAndTheTown() throws {
        let e = try #require(TestSupport.first("Non-state actor overtakes territory", in: """
        M23 fighters reached the outskirts of Walikale on Tuesday.
        The rebels entered the town on Wednesday after heavy artillery fire.
        """))
        #expect(e.actor1 == "M23")
        #expect(e.location == "Walikale")
        #expect(e.date == "2025-03-19")
    }

    @Test func aPlaceFallsWithoutNamingWhoTookIt() throws {
        let e = try #require(TestSupport.first("Non-state actor overtakes territory", in: "M23 fighters advanced on Monday. Goma fell on Monday, residents said."))
        #expect(e.location == "Goma")
        #expect(e.actor1 != "Civilians")
        #expect(TestSupport.extract("Prices fell on Monday in Goma.").events.isEmpty)
    }

    @Test func contiguousFilterMatchesFilter() {
        let numbers = Array(0..<12)
        for keep in [{ (n: Int) in n > 7 }, { $0 < 3 }, { $0 % 3 == 0 }, { _ in false }, { _ in true }, { $0 == 5 }] {
            #expect(Array(numbers.contiguousFilter(keep)) == numbers.filter(keep))
        }
    }

    @Test func intMapAgreesWithDictionary() {
        var map = IntMap(), reference: [Int: Int] = [:]
        var state: UInt64 = 7
        for step in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Keys from a small range repeat (updates); negative keys and growth are covered too.
            let key = Int(state >> 40 & 0x3FF) - 200
            if state >> 63 == 0 { map[key] = step; reference[key] = step }
            #expect(map[key] == reference[key])
        }
        #expect(map.count == reference.count)
        #expect(reference.keys.allSatisfy { map[$0] == reference[$0] })
        #expect(IntMap(capacity: 100).isEmpty)
    }

    @Test func passiveAgentActs() throws {
        let r = TestSupport.extract("Uvira fell to the M23 on Wednesday.")
        let e = try #require(r.events.first)
        #expect(e.actor1 == "M23")
        #expect(e.location == "Uvira")
    }

    @Test func backerBecomesAssociateActor() throws {
        let r = TestSupport.extract("Rwanda-backed M23 rebels seized Walikale on Wednesday.")
        let e = try #require(r.events.first)
        #expect(e.actor1 == "M23")
        #expect(e.assocActor1 == ["Rwanda Defence Force"])
    }

    @Test func headlineLeadAndSummaryAreOneEvent() throws {
        let r = TestSupport.extract("""
        M23 rebels seized Uvira on Wednesday after fighting with the army.
        Uvira, a lake port, was the last big town held by the government in South Kivu.
        Its capture gives the rebels the whole border with Burundi.
        In brief: Uvira fell to the M23 on Wednesday after days of fighting.
        """, title: "Rebels seize Uvira")
        let captures = TestSupport.events(r, "Non-state actor overtakes territory")
        #expect(captures.count == 1)
        #expect(captures.first?.evidence.count == 3)
        #expect(r.events.count == 1)
    }

    @Test func backgroundContextIsMarked() throws {
        let r = TestSupport.extract("The group, which seized Goma in January, attacked army positions near Sake on Tuesday.")
        let goma = try #require(r.events.first { $0.location == "Goma" })
        #expect(goma.background)
        #expect(goma.timePrecision == 3)
        let sake = try #require(r.events.first { $0.location == "Sake" })
        #expect(!sake.background)
        #expect(sake.subType == "Armed clash")
    }

    @Test func attacksOnCiviliansAndOnSoldiersDiffer() {
        let civ = TestSupport.extract("Gunmen attacked a health centre in Masisi on Sunday.")
        #expect(civ.events.first?.subType == "Attack")
        #expect(civ.events.first?.actor2 == "Civilians")
        let mil = TestSupport.extract("Wazalendo fighters attacked M23 positions at Kashebere on Thursday.")
        #expect(mil.events.first?.subType == "Armed clash")
    }

    @Test func fatalitiesAreTheLowestCount() throws {
        let r = TestSupport.extract("ADF fighters attacked villagers in Ntoyo on Monday, killing at least 52 people; local groups counted 64 dead.")
        let e = try #require(r.events.first { $0.subType == "Attack" })
        #expect(e.fatalities == 52)
    }

    @Test func claimsAreMarked() throws {
        let r = TestSupport.extract("The M23 said it had captured Goma on Monday.")
        #expect(try #require(r.events.first).status == "claimed")
    }

    @Test func politicalActWithoutVenueGoesToTheSeat() throws {
        let r = TestSupport.extract("The European Union sanctioned three M23 commanders on Monday.")
        let e = try #require(r.events.first)
        #expect(e.location == "Brussels")
        #expect(e.geoPrecision == 3)
    }

    @Test func noPublicationDateMeansNullDates() throws {
        let r = TestSupport.extract("The rebels entered Walikale late Wednesday after artillery fire.", published: nil)
        let e = try #require(r.events.first)
        #expect(e.date == nil && e.timePrecision == nil)
    }

    @Test func idsAreStable() {
        let a = TestSupport.extract("M23 rebels captured Minova on Tuesday.")
        let b = TestSupport.extract("M23 rebels captured Minova on Tuesday.")
        #expect(a.events.map(\.id) == b.events.map(\.id))
        #expect(a.document.id == b.document.id)
    }
}

@Suite("Wire-style reports")
struct WireStyleTests {
    @Test func pronounAfterTheNamedGroupIsTheGroup() throws {
        let e = try #require(TestSupport.first("Non-state actor overtakes territory",
                                               in: "GOMA, Congo, Jan. 27 (Wire) - Rwanda-backed M23 rebels said on Monday they had seized Goma after a rapid advance.",
                                               published: "2025-01-28"))
        #expect(e.actor1 == "M23")
        #expect(e.status == "claimed")
        #expect(e.date == "2025-01-27")
    }

    @Test func stormingAChurchIsAnAttackOnCivilians() throws {
        let r = TestSupport.extract("Fighters from the Allied Democratic Forces stormed the church in Komanda on Sunday, killing at least 38 worshippers.")
        let e = try #require(r.events.first)
        #expect(r.events.count == 1)
        #expect(e.subType == "Attack")
        #expect(e.actor1 == "ADF")
        #expect(e.fatalities == 38)
    }

    @Test func countryLevelMentionJoinsTheTownLevelOne() {
        let r = TestSupport.extract("""
        ADF rebels attacked a church in eastern Congo on Sunday, killing 38 people.
        The assailants stormed the church in Komanda around 1 a.m. on Sunday.
        """)
        #expect(r.events.map(\.location) == ["Komanda"])
    }

    @Test func woundedCountAfterAKilledCount() {
        let r = TestSupport.extract("At least 17 people were killed and 367 wounded in the fighting in Goma, the health ministry said.")
        #expect(r.figures.map { "\($0.kind) \(Int($0.value))" } == ["killed 17", "injured 367"])
    }
}

@Suite("Roles and subtypes in short field reports")
struct FieldReportTests {
    @Test func clashBetweenTwoGroups() throws {
        let e = try #require(TestSupport.first("Armed clash", in: "Clashes erupted on Thursday between Wazalendo militiamen and M23 fighters in Ngungu, residents said."))
        #expect(e.actor1 == "Wazalendo")
        #expect(e.actor2 == "M23")
        #expect(e.date == "2025-03-20")
    }

    @Test func captureWithoutResistanceIsNonViolent() throws {
        let r = TestSupport.extract("M23 took control of Kibirizi without resistance on Wednesday.")
        let e = try #require(r.events.first)
        #expect(e.subType == "Non-violent transfer of territory")
        #expect(e.control == "gained")
    }

    @Test func instrumentBelongsToTheSubject() throws {
        let e = try #require(TestSupport.first("Air/drone strike", in: "The Congolese army bombarded M23 positions around Kitchanga with drones on Thursday."))
        #expect(e.actor1 == "FARDC")
    }

    @Test func genericArmyIsTheReportCountrysArmy() throws {
        let e = try #require(TestSupport.first("Armed clash", in: "BAMAKO - JNIM fighters attacked army positions in Kayes and Niono on Tuesday."))
        #expect(e.actor1 == "JNIM")
        #expect(e.actor2 == "Malian Armed Forces")
    }
}

@Suite("Protests and riots")
struct ProtestTests {
    @Test func deadlyDispersalIsExcessiveForce() throws {
        let e = try #require(TestSupport.first("Excessive force against protesters", in: """
        Hundreds of students protested in Kisangani on Tuesday against insecurity. Police fired live bullets to disperse them, killing two protesters.
        """))
        #expect(e.actor1 == "Congolese National Police")
        #expect(e.actor2 == "Protesters")
    }

    @Test func riotsAndMobs() {
        let r = TestSupport.extract("An angry mob lynched a suspected thief in Bunia on Monday. Rioters torched a police station in Butembo on Monday.")
        #expect(r.events.map(\.subType) == ["Mob violence", "Violent demonstration"])
        #expect(r.events.allSatisfy { $0.actor1 == "Rioters" })
    }
}

@Suite("Political acts in wire copy")
struct PoliticalWireTests {
    @Test func jointAppealAtTalksAbroad() throws {
        let e = try #require(TestSupport.first("Appeal", in: """
        Rebels advanced into Walikale on Wednesday, March 19, a day after Congo's President Felix Tshisekedi and Rwanda's President Paul Kagame called for an immediate ceasefire at talks in Qatar.
        """))
        #expect(e.actor1 == "Government of the DRC")
        #expect(e.assocActor1 == ["Government of Rwanda"])
        #expect(e.country == "QAT")
    }

    @Test func statementInTheLeadIsPlacedAtTheDateline() throws {
        let e = try #require(TestSupport.first("Rejection", in: "LUANDA (Wire) - The M23 said on Monday that it would not attend peace talks with the Congolese government."))
        #expect(e.location == "Luanda")
    }
}

@Suite("Organisations a report introduces")
struct IntroducedOrganisationTests {
    @Test func acronymInParenthesesBecomesAnActor() throws {
        let r = TestSupport.extract("""
        BUNIA, 12 March 2025 - The Justice for Ituri Network (JIN) condemned the killing of villagers near Djugu.
        JIN calls on the Congolese government to open an independent investigation.
        """)
        let e = try #require(TestSupport.events(r, "Appeal").first)
        #expect(e.actor1 == "JIN")
        #expect(e.location == "Bunia")
        #expect(!r.places.map(\.name).contains("Ituri"))  // inside the organisation's name
    }
}
