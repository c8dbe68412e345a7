/// Where in the text a claim is made: sentence number and byte range.
public struct Evidence: Sendable, Equatable, Codable {
    /// Sentence number, from 0.
    public var sentence: Int
    /// Byte offsets of the sentence in the input file.
    public var start: Int, end: Int
}

/// Whether a report tells an event as fact, as one side's claim, or as denied (codebook `status`).
public enum EventStatus: String, Sendable {
    case reported, claimed, denied
}

/// Who a territorial event leaves holding the place (codebook `control`): actor1 gained it or lost it.
public enum ControlChange: String, Sendable {
    case gained, lost
}

/// An event coded from a report (codebook section 2.4), before output. Its closed fields are
/// enums and numbers rather than strings: a coded event is copied many times while it is fused,
/// and each string copied is a reference to count.
public struct CodedEvent: Sendable, Equatable {
    /// Codebook type and sub_type.
    public var type: EventType, subType: EventSubType
    /// PLOVER category.
    public var plover: String
    /// Actors as registry indices.
    public var actor1: Int?, assocActor1: [Int] = [], actor2: Int?, assocActor2: [Int] = []
    /// Gazetteer index of the location.
    public var location: Int?
    /// 1 the place itself, 2 near it or within a district, 3 region or larger.
    public var geoPrecision: Int = 1
    /// Day span and precision; nil dates when unresolvable.
    public var date: Day?, dateEnd: Day?, timePrecision: Int?
    /// Number killed, nil when not reported.
    public var fatalities: Int?
    /// gained / lost for territorial events.
    public var control: ControlChange?
    /// reported, claimed or denied.
    public var status: EventStatus = .reported
    /// Mentioned only as past context.
    public var background: Bool = false
    /// Mentioned in passing ("after taking X", "had seized"): merges with the main mention of the same act.
    public var contextual: Bool = false
    /// Coded from a bare killing verb ("were killed"), which may belong to another event.
    public var fromKilling: Bool = false
    /// actor1 is unknown or unidentified.
    public var actor1IsUnknown: Bool = false
    /// The country of the location (its number in the place table), for merging a country-level
    /// mention into a town-level one.
    public var coarseArea: Int32?
    /// The location is a whole country.
    public var countryLevel: Bool = false
    /// How sure the coder is, 0–1.
    public var confidence: Double = 0.7
    /// Every sentence that reports it.
    public var evidence: [Evidence] = []
}
