/// What kind of thing a gazetteer entry is (codebook section 4).
public enum PlaceKind: String, Sendable, Codable, CaseIterable {
    case populatedPlace = "populated place", site, admin1, admin2, country, feature

    /// A town, village or site: somewhere an event happens at a point.
    @inline(__always) public var isLocality: Bool { self == .populatedPlace || self == .site }
}

/// One gazetteer entry.
public struct Place: Sendable, Equatable {
    /// Canonical name.
    public let name: String
    /// Populated place, site, province, territory, country or feature.
    public let kind: PlaceKind
    /// ISO 3166-1 alpha-3.
    public let country: String
    /// Province or region, nil for countries and features.
    public let admin1: String?
    /// Territory or district, if known.
    public let admin2: String?
    /// Coordinates in decimal degrees.
    public let lat: Double, lon: Double
    /// Population, 0 when unknown.
    public let population: Int
    /// Which data set the entry comes from (gl, world, ne, drc-admin, ipis).
    public let source: String
}
