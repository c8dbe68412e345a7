/// What the place resolver asks of a gazetteer entry, as plain values, so that scoring a
/// candidate copies no strings: the country is a number of `PlaceTable`.
struct PlaceTraits: Sendable {
    let kind: PlaceKind
    let country: Int32
    let population: Int
    let lat, lon: Double
    /// source == "world" / source == "drc-admin".
    let fromWorld, fromDRCAdmin: Bool
    /// In a country whose places a Congo story often names.
    let greatLakes: Bool
}

/// The traits of every gazetteer entry, built once, and the ISO3 codes behind their country numbers.
struct PlaceTable: Sendable {
    let traits: [PlaceTraits]
    /// ISO3 code of each country number.
    let codes: [String]
    private let numbers: [String: Int32]

    init(places: [Place], greatLakes: [String]) {
        var numbers: [String: Int32] = [:], codes: [String] = []
        traits = places.map { p in
            let n = numbers[p.country] ?? {
                codes.append(p.country)
                numbers[p.country] = Int32(codes.count - 1)
                return Int32(codes.count - 1)
            }()
            return PlaceTraits(kind: p.kind, country: n, population: p.population, lat: p.lat, lon: p.lon,
                               fromWorld: p.source == "world", fromDRCAdmin: p.source == "drc-admin", greatLakes: greatLakes.contains(p.country))
        }
        self.codes = codes
        self.numbers = numbers
    }

    /// The number of an ISO3 code; nil when no entry is in that country (or for nil), so that it
    /// compares with entries' numbers as the code compares with their codes.
    func number(_ iso3: String?) -> Int32? { iso3.flatMap { numbers[$0] } }
}
