import Foundation
import GRDB
import Sitrep

/// A fused event as stored, with the codebook's event fields plus its sources.
public struct StoredEvent: Codable, Sendable, Equatable {
    /// Stable identifier.
    public var id: String
    /// Codebook event type.
    public var type: String
    /// Codebook sub-type.
    public var subType: String
    /// The actor who acts.
    public var actor1: String?
    /// Actors alongside or backing actor1.
    public var assocActor1: [String]
    /// The other side or the target.
    public var actor2: String?
    /// Actors alongside actor2.
    public var assocActor2: [String]
    /// Canonical place name.
    public var location: String?
    /// ISO 3166-1 alpha-3 code.
    public var country: String?
    /// Province or region.
    public var admin1: String?
    /// District (territory) of the place, from the gazetteer.
    public var admin2: String?
    /// Latitude in decimal degrees.
    public var lat: Double?
    /// Longitude in decimal degrees.
    public var lon: Double?
    /// 1 the place itself, 2 near it or in its district, 3 only the province.
    public var geoPrecision: Int?
    /// ISO date, or nil when unknown.
    public var date: String?
    /// Last day of the span.
    public var dateEnd: String?
    /// 1 day, 2 up to a week, 3 a month or more.
    public var timePrecision: Int?
    /// The best (median) figure across independent stories; `fatalitiesLow`/`High` give the spread.
    public var fatalities: Int?
    /// Lowest reported number killed.
    public var fatalitiesLow: Int?
    /// Highest reported number killed.
    public var fatalitiesHigh: Int?
    /// `gained` or `lost` for territorial events.
    public var control: String?
    /// `reported`, `claimed` or `denied`.
    public var status: String
    /// True when only mentioned as past context.
    public var background: Bool
    /// PLOVER category.
    public var plover: String
    /// Confidence from 0 to 1, growing with independent sources.
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

    /// The `events` columns `init(row:)` reads, in its order (`e.` prefixed for joins).
    static let selection = """
        e.id, e.type, e.sub_type, e.actor1, e.assoc_actor1, e.actor2, e.assoc_actor2, e.location, e.country, e.admin1,
        e.admin2, e.lat, e.lon, e.geo_precision, e.date, e.date_end, e.time_precision, e.fatalities_best, e.fatalities_low,
        e.fatalities_high, e.control, e.status, e.background, e.plover, e.confidence, e.source_count, e.mention_count,
        e.notes, e.updated_at
        """

    /// Positions of latitude and longitude in `selection`.
    static let latColumn = 11, lonColumn = 12

    /// Reads a row of `selection` by position: radius queries return thousands of rows, and looking columns
    /// up by name cost more than the query.
    init(row: Row) {
        func list(_ s: String?) -> [String] { (s ?? "").isEmpty ? [] : s!.components(separatedBy: "; ") }
        id = row[0]
        type = row[1]
        subType = row[2]
        actor1 = row[3]
        assocActor1 = list(row[4])
        actor2 = row[5]
        assocActor2 = list(row[6])
        location = row[7]
        country = row[8]
        admin1 = row[9]
        admin2 = row[10]
        lat = row[11]
        lon = row[12]
        geoPrecision = row[13]
        date = row[14]
        dateEnd = row[15]
        timePrecision = row[16]
        fatalities = row[17]
        fatalitiesLow = row[18]
        fatalitiesHigh = row[19]
        control = row[20]
        status = row[21]
        background = row[22]
        plover = row[23]
        confidence = row[24]
        sourceCount = row[25]
        mentionCount = row[26]
        notes = row[27]
        updatedAt = row[28]
        sources = []
    }
}

/// A document that reports an event, with the sentences that say so.
public struct EventSource: Codable, Sendable, Equatable {
    /// The stored document it comes from.
    public var documentID: String
    /// Path as ingested.
    public var file: String
    /// Address of the report.
    public var url: String?
    /// Title of the report.
    public var title: String?
    /// Publishing outlet.
    public var outlet: String?
    /// Publication date.
    public var published: String?
    /// Documents of one story are copies of each other and count as one source.
    public var story: String
    /// The sentence that says so.
    public var evidence: [Evidence]

    /// One evidence sentence with its byte offsets in the document.
    public struct Evidence: Codable, Sendable, Equatable {
        /// Sentence number in the document, from 0.
        public var sentence: Int
        /// Byte offsets of the sentence in the document as ingested.
        public var start: Int
        public var end: Int
        /// The sentence.
        public var text: String
    }

    enum CodingKeys: String, CodingKey {
        case documentID = "document_id", file, url, title, outlet, published, story, evidence
    }
}

extension EventSource.Evidence {
    /// The JSON array of evidence as stored, written by hand: ingest stores one per mention and JSONEncoder
    /// was a tenth of its time. Decodes with JSONDecoder like any other.
    static func json(_ list: [EventSource.Evidence]) -> String {
        var j = JSONText(capacity: 64 + 160 * list.count)
        j.openArray()
        for e in list {
            j.openObject()
            j.field("end", e.end); j.field("sentence", e.sentence); j.field("start", e.start); j.field("text", e.text)
            j.closeObject()
        }
        j.closeArray()
        return j.text
    }
}
