import Foundation
import Sitrep

/// The fields of an extracted event that decide which happening it describes.
///
/// Reports that code a happening identically share a signature, so fusion works over distinct
/// signatures rather than over every copy of a syndicated story.
struct MentionSignature: Codable, Sendable, Equatable {
    var type: String
    var subType: String
    var actor1: String?
    var assocActor1: [String]
    var actor2: String?
    var assocActor2: [String]
    var location: String?
    var country: String?
    var admin1: String?
    /// The district (territory) of the place, for exports; it follows from the place, so it is not part of the key.
    var admin2: String?
    var lat: Double?
    var lon: Double?
    var geoPrecision: Int?
    var date: String?
    var dateEnd: String?
    var timePrecision: Int?
    var control: String?
    var plover: String

    /// A 16-hex-digit key of the fields; equal fields give equal keys on every machine.
    var key: String {
        var id = StableID.Builder(type)
        for part in [subType, actor1 ?? "", assocActor1.joined(separator: "+"), actor2 ?? "", assocActor2.joined(separator: "+"),
                     location ?? "", country ?? "", admin1 ?? ""] { id.add(part) }
        id.add(lat.map { String(Int(($0 * 10_000).rounded())) } ?? "")
        id.add(lon.map { String(Int(($0 * 10_000).rounded())) } ?? "")
        for part in [geoPrecision.map(String.init) ?? "", date ?? "", dateEnd ?? "", timePrecision.map(String.init) ?? "", control ?? "", plover] {
            id.add(part)
        }
        return id.text
    }

    /// The first and last day the mention may refer to, or nil when it has no date.
    var dayRange: ClosedRange<Int>? {
        guard let d = date.flatMap(Day.init(iso:)) else { return nil }
        let end = dateEnd.flatMap(Day.init(iso:)) ?? d
        return d.serial...max(d.serial, end.serial)
    }
}

extension MentionSignature {
    /// The signature of one extracted event.
    init(_ e: ExtractionRecord.Event) {
        admin2 = e.admin2
        type = e.type
        subType = e.subType
        actor1 = e.actor1
        assocActor1 = e.assocActor1.sorted()
        actor2 = e.actor2
        assocActor2 = e.assocActor2.sorted()
        location = e.location
        country = e.country
        admin1 = e.admin1
        lat = e.lat
        lon = e.lon
        geoPrecision = e.geoPrecision
        date = e.date
        dateEnd = e.dateEnd ?? e.date
        timePrecision = e.timePrecision
        control = e.control
        plover = e.plover
    }
}
