/// The JSON of codebook section 6 for one document: document, events, figures, places.
public struct ExtractionRecord: Codable, Sendable, Equatable {
    /// The document's metadata.
    public struct Document: Codable, Sendable, Equatable {
        public var id: String
        public var file: String
        public var title: String?
        public var published: String?
        public var outlet: String?
        public var url: String?
        public var sentences: Int
    }
    /// One coded event.
    public struct Event: Codable, Sendable, Equatable {
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
        /// District (territory) of the place, from the gazetteer (an extra field the codebook welcomes).
        public var admin2: String?
        public var lat: Double?
        public var lon: Double?
        public var geoPrecision: Int?
        public var date: String?
        public var dateEnd: String?
        public var timePrecision: Int?
        public var fatalities: Int?
        public var control: String?
        public var status: String
        public var background: Bool
        public var plover: String
        public var confidence: Double
        public var evidence: [Evidence]

        enum CodingKeys: String, CodingKey {
            case id, type, subType = "sub_type", actor1, assocActor1 = "assoc_actor1", actor2, assocActor2 = "assoc_actor2"
            case location, country, admin1, admin2, lat, lon, geoPrecision = "geo_precision", date, dateEnd = "date_end"
            case timePrecision = "time_precision", fatalities, control, status, background, plover, confidence, evidence
        }
    }
    /// One reported figure.
    public struct Figure: Codable, Sendable, Equatable {
        public var kind: String
        public var value: Double
        public var qualifier: String
        public var subject: String?
        public var location: String?
        public var date: String?
        public var attributedTo: String?
        public var evidence: [Evidence]

        enum CodingKeys: String, CodingKey {
            case kind, value, qualifier, subject, location, date, attributedTo = "attributed_to", evidence
        }
    }
    /// One resolved place.
    public struct Place: Codable, Sendable, Equatable {
        public var name: String
        public var country: String
        public var admin1: String?
        public var lat: Double
        public var lon: Double
        public var kind: String
        public var mentions: Int
    }
    /// Metadata of the document.
    public var document: Document
    /// Coded events, in order of first mention.
    public var events: [Event]
    /// Figures, in order of first mention.
    public var figures: [Figure]
    /// Places, in order of first mention.
    public var places: [Place]
}
