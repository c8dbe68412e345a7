import Sitrep

/// One happening as the store records it: fields fused from every signature that describes it, and
/// aggregates over the independent stories that report it.
struct FusedEvent: Sendable {
    /// What the mentions of one story say together.
    struct Story: Sendable, Equatable {
        var low: Int?, high: Int?
        var confidence: Double
        /// 0 reported, 1 claimed, 2 denied.
        var statusRank: Int
        var background: Bool
        var mentions: Int
    }

    var id: String
    var type: String, subType: String, plover: String
    var actor1: String?, assocActor1: [String], actor2: String?, assocActor2: [String]
    var control: String?
    var location: String?, country: String?, admin1: String?, admin2: String?, lat: Double?, lon: Double?, geoPrecision: Int?
    var date: String?, dateEnd: String?, timePrecision: Int?
    var fatalitiesLow: Int?, fatalitiesBest: Int?, fatalitiesHigh: Int?
    var status: String, background: Bool
    var confidence: Double
    var sourceCount: Int, mentionCount: Int
    /// Union of the members' date spans, nil when any member is undated (it could be any day).
    var spanStart: String?, spanEnd: String?
    /// True when a member is placed only coarsely (district or province).
    var coarse: Bool
    /// The box around every member's coordinates, for the R*Tree.
    var box: (minLat: Double, maxLat: Double, minLon: Double, maxLon: Double)?
    /// The span as day numbers (days since 1970) for the R*Tree's time axis; all time when undated.
    var daySpan: ClosedRange<Int> = TimeAxis.always
    /// The member whose sub-type and actors the event takes.
    var leadFields: MentionSignature

    /// Fuses members (earliest-reported first) and per-story aggregates.
    ///
    /// The sub-type and actors come from the highest-ranked member (a capture over the clash before it);
    /// the place from the most precise; the date from the most precise. Fatalities are low / best / high
    /// over stories, best being the median of each story's lowest figure. Confidence grows with
    /// independent stories: 1 − Π(1 − c) over each story's best confidence.
    init(id: String, members: [MentionSignature], stories: [Story]) {
        self.id = id
        let lead = members.enumerated().min { a, b in
            (-FusionRules.rank(a.element.subType), a.offset) < (-FusionRules.rank(b.element.subType), b.offset)
        }!.element
        leadFields = lead
        type = lead.type
        subType = lead.subType
        plover = lead.plover
        let first = lead.actor1 ?? members.lazy.compactMap(\.actor1).first
        let second = lead.actor2 ?? members.lazy.filter { $0.actor1 == nil || $0.actor1 == lead.actor1 }.compactMap(\.actor2).first
        actor1 = first
        actor2 = second
        assocActor1 = Array(Set(members.filter { $0.actor1 == first }.flatMap(\.assocActor1))).sorted()
        assocActor2 = Array(Set(members.filter { $0.actor2 == second }.flatMap(\.assocActor2))).sorted()
        control = lead.control

        let placed = members.enumerated().min { a, b in
            (a.element.lat == nil ? 1 : 0, a.element.geoPrecision ?? 9, a.offset) < (b.element.lat == nil ? 1 : 0, b.element.geoPrecision ?? 9, b.offset)
        }!.element
        (location, country, admin1, admin2) = (placed.location, placed.country, placed.admin1, placed.admin2)
        (lat, lon, geoPrecision) = (placed.lat, placed.lon, placed.geoPrecision)
        let dated = members.enumerated().min { a, b in
            (a.element.date == nil ? 1 : 0, a.element.timePrecision ?? 9, a.offset) < (b.element.date == nil ? 1 : 0, b.element.timePrecision ?? 9, b.offset)
        }!.element
        (date, dateEnd, timePrecision) = (dated.date, dated.dateEnd, dated.timePrecision)

        let ranges = members.map(\.dayRange)
        if ranges.allSatisfy({ $0 != nil }), let lo = ranges.compactMap({ $0?.lowerBound }).min(), let hi = ranges.compactMap({ $0?.upperBound }).max() {
            spanStart = Day(serial: lo).description
            spanEnd = Day(serial: hi).description
            daySpan = lo...hi
        }
        coarse = members.contains { ($0.geoPrecision ?? 1) >= 2 }
        let points = members.compactMap { m in m.lat.flatMap { la in m.lon.map { (la, $0) } } }
        if !points.isEmpty {
            box = (points.map(\.0).min()!, points.map(\.0).max()!, points.map(\.1).min()!, points.map(\.1).max()!)
        }

        let lows = stories.compactMap(\.low).sorted()
        fatalitiesLow = lows.first
        fatalitiesHigh = stories.compactMap(\.high).max()
        fatalitiesBest = lows.isEmpty ? nil : lows[(lows.count - 1) / 2]
        let rank = stories.map(\.statusRank).min() ?? 0
        status = rank == 0 ? "reported" : rank == 1 ? "claimed" : "denied"
        background = !stories.isEmpty && stories.allSatisfy(\.background)
        let doubt = stories.reduce(1.0) { $0 * (1 - min(max($1.confidence, 0), 0.99)) }
        confidence = (min(0.99, 1 - doubt) * 1000).rounded() / 1000
        sourceCount = stories.count
        mentionCount = stories.reduce(0) { $0 + $1.mentions }
    }
}

/// The R*Tree's third axis: days since 1970, with undated events spanning all time.
enum TimeAxis {
    /// The span of an undated event: it may have happened on any day.
    static let always = -1_000_000...1_000_000

    /// The day number of an ISO date, or nil.
    static func day(_ iso: String?) -> Int? { iso.flatMap { Day(iso: $0) }?.serial }
}
