import Foundation

/// Events as ACLED's 31-column CSV, in ACLED's column order, for tools that read ACLED data.
///
/// Only ACLED's own event types are written; Sitrep's political and economic types have no ACLED row.
public enum ACLEDExport {
    /// ACLED's columns, in order.
    public static let columns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ]

    /// ACLED's event types, each with its disorder type.
    static let disorder: [String: String] = [
        "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
        "Violence against civilians": "Political violence", "Riots": "Demonstrations",
        "Protests": "Demonstrations", "Strategic developments": "Strategic developments",
    ]

    /// ACLED's actor categories in the order of their old numeric codes, which orders `interaction`.
    static let interOrder = ["State forces", "Rebel group", "Political militia", "Identity militia", "Rioters",
                             "Protesters", "Civilians", "External/Other forces"]

    /// The CSV text: header, then one row per ACLED-type event.
    /// - Parameter actorKinds: each actor's ACLED category (`inter1`/`inter2`).
    public static func csv(_ events: [StoredEvent], actorKinds: [String: String], countries: CountryTable = .shared) -> String {
        var out = CSVText.line(columns)
        for e in events { if let row = row(e, actorKinds: actorKinds, countries: countries) { out += CSVText.line(row) } }
        return out
    }

    /// One event's 31 fields, or nil when its type is not one of ACLED's.
    static func row(_ e: StoredEvent, actorKinds: [String: String], countries: CountryTable) -> [String]? {
        guard var disorderType = disorder[e.type] else { return nil }
        if e.subType == "Excessive force against protesters" { disorderType = "Political violence; Demonstrations" }
        if e.subType == "Mob violence" { disorderType = "Political violence" }
        func inter(_ actor: String?) -> String {
            guard let actor else { return "" }
            let kind = actorKinds[actor] ?? (actor == "Civilians" ? "Civilians" : "")
            return kind == "Other" ? "External/Other forces" : kind
        }
        let i1 = inter(e.actor1), i2 = inter(e.actor2)
        let interaction: String
        switch (i1.isEmpty, i2.isEmpty) {
        case (false, false):
            let pair = [i1, i2].sorted { (interOrder.firstIndex(of: $0) ?? 99) < (interOrder.firstIndex(of: $1) ?? 99) }
            interaction = pair.joined(separator: "-")
        case (false, true): interaction = i1 + " only"
        case (true, false): interaction = i2 + " only"
        case (true, true): interaction = ""
        }
        let country = countries.country(e.country)
        let outlets = Array(Set(e.sources.compactMap { $0.outlet ?? $0.url })).sorted()
        let timestamp = Timestamp.unixTime(e.updatedAt)
        return [
            e.id, e.date ?? "", e.date.map { String($0.prefix(4)) } ?? "", e.timePrecision.map(String.init) ?? "",
            disorderType, e.type, e.subType,
            e.actor1 ?? "", e.assocActor1.joined(separator: "; "), i1, e.actor2 ?? "", e.assocActor2.joined(separator: "; "), i2,
            interaction, e.actor2 == "Civilians" ? "Civilian targeting" : "",
            country?.numeric.map(String.init) ?? "", country?.region ?? "", country?.name ?? (e.country ?? ""),
            e.admin1 ?? "", e.admin2 ?? "", "", e.location ?? "",
            e.lat.map { String(format: "%.4f", $0) } ?? "", e.lon.map { String(format: "%.4f", $0) } ?? "",
            e.geoPrecision.map(String.init) ?? "",
            outlets.joined(separator: "; "), "", e.notes ?? "",
            String(e.fatalitiesLow ?? 0),
            "sitrep sources=\(e.sourceCount); confidence=\(e.confidence)" + (e.status == "reported" ? "" : "; status=\(e.status)"),
            timestamp.map(String.init) ?? "",
        ]
    }
}
