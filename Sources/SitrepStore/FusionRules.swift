import Sitrep
import Foundation

/// When two mentions may describe the same happening (codebook: one event per actor pair, place, day and sub-type).
enum FusionRules {
    /// Distance within which two precise places are one place, in kilometres.
    static let radiusKm = 25.0

    /// Sub-types where one report's clash is another's capture: the capture outranks the clash it ended.
    static let territorial: Set<String> = [EventSubType.nonStateActorOvertakesTerritory.rawValue, EventSubType.governmentRegainsTerritory.rawValue]
    /// A town given up without a fight may be told by another report as taken.
    static let transfer = EventSubType.nonViolentTransfer.rawValue
    /// A clash that ended in a capture may be told as the capture.
    static let clash = EventSubType.armedClash.rawValue

    /// How strongly a sub-type claims the event when members differ (higher wins).
    static func rank(_ subType: String) -> Int {
        territorial.contains(subType) ? 3 : subType == transfer ? 2 : 1
    }

    /// Sub-types that may be fused with `subType` (itself included).
    static func compatibleSubTypes(_ subType: String) -> [String] {
        if territorial.contains(subType) { return [subType, clash, transfer] }
        if subType == clash { return [subType] + territorial.sorted() }
        if subType == transfer { return [subType] + territorial.sorted() }
        return [subType]
    }

    /// True when `a` and `b` can be the same happening.
    static func compatible(_ a: MentionSignature, _ b: MentionSignature) -> Bool {
        subTypesCompatible(a.subType, b.subType)
            && (a.control == nil || b.control == nil || a.control == b.control)
            && actorsCompatible(a, b)
            && placesCompatible(a, b)
            && datesCompatible(a, b)
    }

    static func subTypesCompatible(_ a: String, _ b: String) -> Bool {
        compatibleSubTypes(a).contains(b)
    }

    /// Same parties in the same roles; a clash has no direction, so its sides may be swapped.
    static func actorsCompatible(_ a: MentionSignature, _ b: MentionSignature) -> Bool {
        if same(a.actor1, b.actor1) && same(a.actor2, b.actor2) { return true }
        let symmetric = a.subType == clash || b.subType == clash
        return symmetric && same(a.actor1, b.actor2) && same(a.actor2, b.actor1)
    }

    /// An unnamed side agrees with any named one; two named sides must be the same actor.
    private static func same(_ x: String?, _ y: String?) -> Bool {
        guard let x, let y else { return true }
        return x == y || x == "Unidentified armed group" || y == "Unidentified armed group"
    }

    /// Within 25 km when both are precise; in the same province when either is only coarsely placed.
    static func placesCompatible(_ a: MentionSignature, _ b: MentionSignature) -> Bool {
        guard let la = a.lat, let oa = a.lon, let lb = b.lat, let ob = b.lon else {
            return a.country == nil || b.country == nil || a.country == b.country
        }
        if max(a.geoPrecision ?? 1, b.geoPrecision ?? 1) >= 2 {
            guard a.country == b.country else { return false }
            return a.admin1 == nil || b.admin1 == nil || a.admin1 == b.admin1
        }
        return GeoMath.distanceKm(la, oa, lb, ob) <= radiusKm
    }

    /// Overlapping spans; two day-precise dates may differ by one day ("late Wednesday" told on Thursday),
    /// and by three when the same actor takes the same town (reports date the entry, the fall or the control).
    static func datesCompatible(_ a: MentionSignature, _ b: MentionSignature) -> Bool {
        guard let ra = a.dayRange, let rb = b.dayRange else { return true }
        var slack = 0
        if (a.timePrecision ?? 1) == 1 && (b.timePrecision ?? 1) == 1 {
            let takeover = a.control == "gained" && b.control == "gained" && a.actor1 != nil && a.actor1 == b.actor1
            slack = takeover ? takeoverSlackDays : 1
        }
        return ra.lowerBound <= rb.upperBound + slack && rb.lowerBound <= ra.upperBound + slack
    }

    /// Days by which reports of one takeover may disagree.
    static let takeoverSlackDays = 3

    /// How well a mention fits a cluster member: ties between compatible clusters go to the closest fit.
    static func affinity(_ a: MentionSignature, _ b: MentionSignature) -> Int {
        var score = 0
        if a.subType == b.subType { score += 4 }
        if a.actor1 == b.actor1 { score += 2 }
        if a.location == b.location { score += 2 }
        if a.date == b.date { score += 1 }
        return score
    }
}
