import Foundation
import GRDB

/// A fused event as stored, with the codebook's event fields plus its sources.
public struct StoredEvent: Codable, Sendable, Equatable {
    public var id: String
    public var type: String
    public var subType: String
    public var actor1: String?
    public var assocActor1: [String]
    public var actor2: String?
    public var assocActor2: [String]
    public var location: String?
    public var country: String?
    public var admin1: String?
    /// District (territory) of the place, from the gazetteer.
    public var admin2: String?
    public var lat: Double?
    public var lon: Double?
    public var geoPrecision: Int?
    public var date: String?
    public var dateEnd: String?
    public var timePrecision: Int?
    /// The best (median) figure across independent stories; `fatalitiesLow`/`High` give the spread.
    public var fatalities: Int?
    public var fatalitiesLow: Int?
    public var fatalitiesHigh: Int?
    public var control: String?
    public var status: String
    public var background: Bool
    public var plover: String
    public var confidence: Double
    /// Independent stories that report it (syndicated copies count once).
    public var sourceCount: Int
    /// Extracted mentions fused into it, across all documents.
    public var mentionCount: Int
    /// The first report's evidence sentence.
    public var notes: String?
    /// When the event last changed.
    public var updatedAt: String
    /// The documents that report it, filled by `show` and the JSON exports.
    public var sources: [EventSource]

    enum CodingKeys: String, CodingKey {
        case id, type, subType = "sub_type", actor1, assocActor1 = "assoc_actor1", actor2, assocActor2 = "assoc_actor2"
        case location, country, admin1, admin2, lat, lon, geoPrecision = "geo_precision", date, dateEnd = "date_end"
        case timePrecision = "time_precision", fatalities, fatalitiesLow = "fatalities_low", fatalitiesHigh = "fatalities_high"
        case control, status, background, plover, confidence, sourceCount = "source_count", mentionCount = "mention_count"
        case notes, updatedAt = "updated_at", sources
    }

    /// Writes every field, unknown ones as null (the codebook's JSON never drops a field).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encode(subType, forKey: .subType)
        try c.encode(actor1, forKey: .actor1)
        try c.encode(assocActor1, forKey: .assocActor1)
        try c.encode(actor2, forKey: .actor2)
        try c.encode(assocActor2, forKey: .assocActor2)
        try c.encode(location, forKey: .location)
        try c.encode(country, forKey: .country)
        try c.encode(admin1, forKey: .admin1)
        try c.encode(admin2, forKey: .admin2)
        try c.encode(lat, forKey: .lat)
        try c.encode(lon, forKey: .lon)
        try c.encode(geoPrecision, forKey: .geoPrecision)
        try c.encode(date, forKey: .date)
        try c.encode(dateEnd, forKey: .dateEnd)
        try c.encode(timePrecision, forKey: .timePrecision)
        try c.encode(fatalities, forKey: .fatalities)
        try c.encode(fatalitiesLow, forKey: .fatalitiesLow)
        try c.encode(fatalitiesHigh, forKey: .fatalitiesHigh)
        try c.encode(control, forKey: .control)
        try c.encode(status, forKey: .status)
        try c.encode(background, forKey: .background)
        try c.encode(plover, forKey: .plover)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(sourceCount, forKey: .sourceCount)
        try c.encode(mentionCount, forKey: .mentionCount)
        try c.encode(notes, forKey: .notes)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(sources, forKey: .sources)
    }

    /// Reads the columns of the `events` table.
    init(row: Row) {
        func list(_ s: String?) -> [String] { (s ?? "").isEmpty ? [] : s!.components(separatedBy: "; ") }
        id = row["id"]
        type = row["type"]
        subType = row["sub_type"]
        actor1 = row["actor1"]
        assocActor1 = list(row["assoc_actor1"])
        actor2 = row["actor2"]
        assocActor2 = list(row["assoc_actor2"])
        location = row["location"]
        country = row["country"]
        admin1 = row["admin1"]
        admin2 = row["admin2"]
        lat = row["lat"]
        lon = row["lon"]
        geoPrecision = row["geo_precision"]
        date = row["date"]
        dateEnd = row["date_end"]
        timePrecision = row["time_precision"]
        fatalities = row["fatalities_best"]
        fatalitiesLow = row["fatalities_low"]
        fatalitiesHigh = row["fatalities_high"]
        control = row["control"]
        status = row["status"]
        background = row["background"]
        plover = row["plover"]
        confidence = row["confidence"]
        sourceCount = row["source_count"]
        mentionCount = row["mention_count"]
        notes = row["notes"]
        updatedAt = row["updated_at"]
        sources = []
    }
}

/// A document that reports an event, with the sentences that say so.
public struct EventSource: Codable, Sendable, Equatable {
    public var documentID: String
    public var file: String
    public var url: String?
    public var title: String?
    public var outlet: String?
    public var published: String?
    /// Documents of one story are copies of each other and count as one source.
    public var story: String
    public var evidence: [Evidence]

    /// One evidence sentence with its byte offsets in the document.
    public struct Evidence: Codable, Sendable, Equatable {
        public var sentence: Int
        public var start: Int
        public var end: Int
        public var text: String
    }

    enum CodingKeys: String, CodingKey {
        case documentID = "document_id", file, url, title, outlet, published, story, evidence
    }
}
