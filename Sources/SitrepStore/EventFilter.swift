import Foundation

/// What `sitrep events` selects; every field left nil selects everything.
public struct EventFilter: Sendable {
    /// Events whose span ends on or after this day (ISO date); undated events are left out.
    public var since: String?
    /// Events whose span starts on or before this day.
    public var until: String?
    /// Centre of a radius search, answered from the R*Tree.
    public var near: (lat: Double, lon: Double)?
    /// Radius around `near`, in kilometres.
    public var radiusKm: Double = 25
    /// Codebook type or sub-type, case-insensitive.
    public var type: String?, subType: String?
    /// An actor in any role (actor1, actor2 or associated).
    public var actor: String?
    /// ISO alpha-3 code of the event's country.
    public var country: String?
    /// Words that must all occur in a report of the event (full-text search).
    public var text: String?
    /// At least this many independent sources.
    public var minSources: Int?
    /// At most this many events, earliest first.
    public var limit: Int?

    /// Selects everything.
    public init() {}

    /// An FTS5 query that matches all the words, each quoted so that user text is never FTS syntax.
    static func ftsQuery(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
