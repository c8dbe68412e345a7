import Foundation

/// Everything the extractor matches text against: gazetteer, actors, event lexicon, compiled into
/// one phrase table at start.
public final class KnowledgeBase: Sendable {
    /// Gazetteer entries.
    public let places: [Place]
    /// Canonical actors.
    public let actors: [Actor]
    /// Event triggers.
    public let triggers: [Trigger]
    /// The automaton over folded token sequences.
    public let phrases: PhraseTable<LexRef>
    /// Folded demonyms ("somali", "congolese"): actor cues that are never places.
    public let demonyms: Set<String>
    /// Canonical place name (folded) → entries, for seats and venues.
    private let placesByName: [String: [Int32]]
    /// Canonical actor name → index.
    private let actorsByName: [String: Int]
    /// "sub_type" and "sub_type|phrase" → the first such trigger.
    private let triggerByKind: [String: Trigger]
    /// ISO3 → country entry.
    private let countries: [String: Int]

    /// The knowledge shipped with the package, loaded once per process.
    public static let shared: KnowledgeBase = {
        do { return try KnowledgeBase(directory: resourceDirectory()) } catch { fatalError("Sitrep resources: \(error)") }
    }()

    /// Where the data files are: `$SITREP_RESOURCES`, else the package's resource bundle.
    public static func resourceDirectory() -> URL {
        if let env = ProcessInfo.processInfo.environment["SITREP_RESOURCES"], !env.isEmpty { return URL(fileURLWithPath: env) }
        if let url = Bundle.module.url(forResource: "Resources", withExtension: nil) { return url }
        return Bundle.module.bundleURL
    }

    /// Loads the data files from `directory` and compiles the automaton.
    public init(directory: URL) throws {
        func read(_ name: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw ReadError(.missing, file: url.path, "data file missing; reinstall Sitrep or set SITREP_RESOURCES")
            }
            return String(decoding: data, as: UTF8.self)
        }
        var phrases = PhraseTable<LexRef>()
        func add(_ phrase: some StringProtocol, _ ref: LexRef) { phrases.insert(Tokenizer.key(String(phrase)), ref) }
        // Built once: each access to `CharacterSet.letters` makes a new set.
        let letterSet = CharacterSet.letters, upperSet = CharacterSet.uppercaseLetters
        func caseRule(_ alias: some StringProtocol) -> UInt8 {
            var letters = 0, upper = 0
            // ASCII answers without consulting the sets.
            func isLetter(_ u: Unicode.Scalar) -> Bool { u.isASCII ? (u.value | 0x20) &- 97 < 26 : letterSet.contains(u) }
            func isUpper(_ u: Unicode.Scalar) -> Bool { u.isASCII ? u.value &- 65 < 26 : upperSet.contains(u) }
            for u in alias.unicodeScalars where isLetter(u) {
                letters += 1
                if isUpper(u) { upper += 1 }
            }
            if letters <= 6, letters >= 2, upper == letters { return 2 }
            if let f = alias.unicodeScalars.first, isUpper(f) { return 1 }
            return 0
        }

        // Places.
        var places: [Place] = []
        var byName: [String: [Int32]] = [:]
        var countries: [String: Int] = [:]
        TSV.forEachRow(try read("gazetteer.tsv")) { c in
            guard c.count >= 9, let kind = PlaceKind(rawValue: String(c[1])), let lat = Double(c[5]), let lon = Double(c[6]) else { return }
            let idx = Int32(places.count)
            let place = Place(name: String(c[0]), kind: kind, country: String(c[2]), admin1: c[3].isEmpty ? nil : String(c[3]),
                              admin2: c[4].isEmpty ? nil : String(c[4]), lat: lat, lon: lon, population: Int(c[7]) ?? 0, source: String(c[8]))
            places.append(place)
            if kind == .country, countries[place.country] == nil { countries[place.country] = Int(idx) }
            byName[String(decoding: Tokenizer.key(place.name), as: UTF8.self), default: []].append(idx)
            add(c[0], LexRef(kind: .place, index: idx, caseRule: caseRule(c[0]) == 2 ? 2 : 1))
            if c.count > 9 {
                for alias in c[9].utf8.split(separator: UInt8(ascii: "|")).map(Substring.init) where !alias.isEmpty {
                    add(alias, LexRef(kind: .place, index: idx, caseRule: caseRule(alias) == 2 ? 2 : 1))
                }
            }
        }

        // Actors: the codebook's registry, then our seats and extra aliases.
        var actors: [Actor] = []
        var aliases: [(Int, Substring)] = []
        var actorsByName: [String: Int] = [:]
        var extras: [String: (seat: String?, aliases: [Substring])] = [:]
        for row in TSV.rows(try read("actor_extras.tsv")) {
            guard let name = row["name"] else { continue }
            let seat = row["seat"].flatMap { $0.isEmpty ? nil : String($0) }
            extras[String(name)] = (seat, (row["aliases"] ?? "").split(separator: "|"))
        }
        func addActor(name: String, kind: String, country: String?, acled: String?, list: [Substring]) {
            let idx = actors.count
            actors.append(Actor(name: name, kind: kind, country: country, acledName: acled, seat: extras[name]?.seat))
            actorsByName[name] = idx
            aliases.append((idx, Substring(name)))
            for a in list + (extras[name]?.aliases ?? []) where !a.isEmpty { aliases.append((idx, a)) }
        }
        for row in TSV.rows(try read("actors.tsv")) {
            guard let name = row["name"].map(String.init) else { continue }
            let country = row["country"].flatMap { $0.isEmpty ? nil : String($0) }
            addActor(name: name, kind: String(row["kind"] ?? "Other"), country: country,
                     acled: row["acled_name"].flatMap { $0.isEmpty ? nil : String($0) }, list: (row["aliases"] ?? "").split(separator: "|"))
        }
        for (name, _) in extras.sorted(by: { $0.key < $1.key }) where actorsByName[name] == nil {
            let kind = name == "Protesters" ? "Protesters" : name.hasPrefix("Government") || name.hasSuffix("Council") ? "State forces" : name.hasSuffix("Police") ? "State forces" : "Other"
            addActor(name: name, kind: kind, country: nil, acled: nil, list: [])
        }
        // Any country acts through its government when the text says so explicitly ("Kenya's
        // president", "the government of Chad"); the bare country name stays a place.
        var autoSeats: [Int: Int] = [:]
        for (iso3, placeIndex) in countries.sorted(by: { $0.key < $1.key }) {
            let countryName = places[placeIndex].name
            let existing = actors.firstIndex { $0.country == iso3 && $0.name.hasPrefix("Government") } ?? actorsByName["Government of \(countryName)"]
            let idx: Int
            if let existing {
                idx = existing
                if actors[idx].country == nil {
                    let a = actors[idx]
                    actors[idx] = Actor(name: a.name, kind: a.kind, country: iso3, acledName: a.acledName, seat: a.seat)
                }
            } else {
                idx = actors.count
                actors.append(Actor(name: "Government of \(countryName)", kind: "State forces", country: iso3, acledName: nil, seat: countryName))
                actorsByName["Government of \(countryName)"] = idx
                autoSeats[idx] = placeIndex
                aliases.append((idx, Substring("Government of \(countryName)")))
            }
            for role in ["government", "president", "foreign minister", "prime minister", "foreign ministry", "presidency", "authorities"] {
                aliases.append((idx, Substring("\(countryName)'s \(role)")))
            }
            aliases.append((idx, Substring("government of \(countryName)")))
            aliases.append((idx, Substring("president of \(countryName)")))
        }
        for (idx, alias) in aliases {
            add(alias, LexRef(kind: .actor, index: Int32(idx), caseRule: caseRule(alias)))
        }

        // Event lexicon.
        var types: [String: (EventType, String)] = [:]
        for row in TSV.rows(try read("subtypes.tsv")) {
            guard let s = row["sub_type"], let t = row["type"] else { continue }
            guard EventSubType(rawValue: String(s)) != nil, let type = EventType(rawValue: String(t)) else {
                throw ReadError(.notText, file: "subtypes.tsv", "unknown sub-type or type '\(s)' / '\(t)'")
            }
            types[String(s)] = (type, String(row["plover"] ?? ""))
        }
        var triggers: [Trigger] = []
        for row in TSV.rows(try read("events.tsv")) {
            guard let name = row["sub_type"].map(String.init), let (type, plover) = types[name], let sub = EventSubType(rawValue: name) else { continue }
            var flags: TriggerFlags = []
            for name in (row["flags"] ?? "").split(separator: " ") {
                guard let f = TriggerFlags.byName[String(name)] else { throw ReadError(.notText, file: "events.tsv", "unknown trigger flag '\(name)'") }
                flags.insert(f)
            }
            for form in (row["forms"] ?? "").split(separator: "|") where !form.isEmpty {
                let idx = Int32(triggers.count)
                let phrase = String(form)
                let derived: TriggerFlags = phrase.contains("withdraw") ? .withdrawWord : []
                triggers.append(Trigger(subType: sub, type: type, plover: plover, flags: flags.union(derived), phrase: phrase))
                add(form, LexRef(kind: .trigger, index: idx, caseRule: caseRule(form) == 2 ? 2 : 0))
            }
        }
        phrases.freeze { $0.caseRule }
        self.places = places
        self.actors = actors
        self.triggers = triggers
        var byKind: [String: Trigger] = [:]
        for t in triggers {
            if byKind[t.subType.rawValue] == nil { byKind[t.subType.rawValue] = t }
            if byKind["\(t.subType.rawValue)|\(t.phrase)"] == nil { byKind["\(t.subType.rawValue)|\(t.phrase)"] = t }
        }
        self.triggerByKind = byKind
        self.phrases = phrases
        self.placesByName = byName
        self.actorsByName = actorsByName
        self.countries = countries
        self.demonyms = Set(try read("demonyms.txt").split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
        var seats: [Int?] = []
        for (i, a) in actors.enumerated() {
            if let auto = autoSeats[i] { seats.append(auto); continue }
            seats.append(a.seat.flatMap { seat in
                byName[String(decoding: Tokenizer.key(seat), as: UTF8.self)]?.max { places[Int($0)].population < places[Int($1)].population }.map(Int.init)
            })
        }
        self.seatPlaces = seats
        self.forces = Self.forces(of: actors)
    }

    /// The gazetteer entry of each actor's seat, resolved once.
    public let seatPlaces: [Int?]

    /// The armed forces of a country in the registry ("army" in a report about Mali is Mali's army).
    public func stateForce(of iso3: String) -> Int? { forces[iso3]?.army }

    /// The police of a country in the registry.
    public func police(of iso3: String) -> Int? { forces[iso3]?.police }

    /// Per ISO3, the first registry actor that is its army and the first that is its police.
    private let forces: [String: (army: Int?, police: Int?)]

    private static func forces(of actors: [Actor]) -> [String: (army: Int?, police: Int?)] {
        var forces: [String: (army: Int?, police: Int?)] = [:]
        for (i, a) in actors.enumerated() {
            guard let c = a.country else { continue }
            let police = a.name.contains("Police")
            if a.kind == "State forces", !a.name.hasPrefix("Government"), !police, forces[c]?.army == nil { forces[c, default: (nil, nil)].army = i }
            if police, forces[c]?.police == nil { forces[c, default: (nil, nil)].police = i }
        }
        return forces
    }

    /// The first lexicon trigger of a sub-type (optionally with a given phrase), for recoding a candidate.
    public func trigger(subType: EventSubType, phrase: String? = nil) -> Trigger? {
        triggerByKind[phrase.map { "\(subType.rawValue)|\($0)" } ?? subType.rawValue]
    }

    /// The actor with this canonical name.
    public func actor(named name: String) -> Int? { actorsByName[name] }

    /// The best entry with this canonical name (countries and bigger places first).
    public func place(named name: String, country: String? = nil) -> Int? {
        guard let list = placesByName[String(decoding: Tokenizer.key(name), as: UTF8.self)] else { return nil }
        return list.max { a, b in
            let pa = places[Int(a)], pb = places[Int(b)]
            let ca = country == nil || pa.country == country, cb = country == nil || pb.country == country
            if ca != cb { return !ca }
            if (pa.kind == .populatedPlace) != (pb.kind == .populatedPlace) { return pb.kind == .populatedPlace }
            return pa.population < pb.population
        }.map(Int.init)
    }

    /// The entry of a country by ISO3.
    public func country(_ iso3: String) -> Int? { countries[iso3] }
}
