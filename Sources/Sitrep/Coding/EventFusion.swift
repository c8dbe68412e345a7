/// Merges the repeats of one happening inside a report (headline, lead, summary) into one event.
enum EventFusion {
    static let captureTypes: Set<EventSubType> = [.nonStateActorOvertakesTerritory, .governmentRegainsTerritory]

    /// Fuses events of the same sub-type and place with compatible dates; a capture absorbs the
    /// clash at the same place and time. Events are bucketed by place, so a report costs
    /// O(n × events at one place), not O(n²).
    static func fuse(_ events: [CodedEvent]) -> [CodedEvent] {
        var out: [CodedEvent] = []
        /// Sub-type and place, the identity of a happening (no string is built for it).
        struct Key: Hashable { let subType: EventSubType; let location: Int }
        var byKey: [Key: [Int]] = [:]
        for e in events {
            let key = Key(subType: e.subType, location: e.location ?? -1)
            if let i = byKey[key]?.first(where: { sameHappening(out[$0], e) }) {
                merge(into: &out[i], e)
            } else {
                byKey[key, default: []].append(out.count)
                out.append(e)
            }
        }
        out = mergeCoarseIntoSpecific(out)
        var byPlace: [Int: [Int]] = [:]
        for (i, e) in out.enumerated() { byPlace[e.location ?? -1, default: []].append(i) }
        var keep = [Bool](repeating: true, count: out.count)
        // A capture outranks the clash that preceded it at the same place and day.
        for (i, c) in out.enumerated() where c.subType == .armedClash {
            let here = byPlace[c.location ?? -1] ?? []
            if let j = here.first(where: { captureTypes.contains(out[$0].subType) && out[$0].status != "claimed" && (datesOverlap(out[$0], c) || c.contextual) }) {
                keep[i] = false
                out[j].evidence += c.evidence
                if out[j].actor2 == nil, c.actor2 != out[j].actor1 { out[j].actor2 = c.actor2 }
                if out[j].fatalities == nil { out[j].fatalities = c.fatalities }
            }
        }
        // Deaths told without a perpetrator at the place of a violent event belong to that event.
        for (i, c) in out.enumerated() where keep[i] && c.fromKilling && c.actor1IsUnknown {
            let here = byPlace[c.location ?? -1] ?? []
            if let j = here.first(where: { $0 != i && keep[$0] && [.battles, .explosions, .violenceAgainstCivilians].contains(out[$0].type) && !out[$0].fromKilling && datesOverlap(out[$0], c) }) {
                keep[i] = false
                out[j].evidence += c.evidence
                if let f = c.fatalities { out[j].fatalities = min(out[j].fatalities ?? f, f) }
            }
        }
        // A peaceful entry and a capture of the same place and day are one event.
        for (i, c) in out.enumerated() where keep[i] && c.subType == .nonViolentTransfer && c.control == "gained" {
            let here = byPlace[c.location ?? -1] ?? []
            if here.contains(where: { $0 < i && keep[$0] && captureTypes.contains(out[$0].subType) && datesOverlap(out[$0], c) }) { keep[i] = false }
        }
        return out.indices.filter { keep[$0] }.map { out[$0] }
    }

    /// The same act told once at country or province level ("in eastern Congo") and once at its
    /// town is one event, placed at the town. `coarse` maps an event to its country/admin1 keys.
    static func mergeCoarseIntoSpecific(_ events: [CodedEvent]) -> [CodedEvent] {
        guard events.contains(where: { $0.countryLevel }) else { return events }
        var out = events
        var keep = [Bool](repeating: true, count: out.count)
        for (i, e) in out.enumerated() where e.countryLevel && e.type != .political && e.type != .economic {
            if let j = out.indices.first(where: { $0 != i && keep[$0] && out[$0].subType == e.subType && !out[$0].countryLevel
                && out[$0].coarseArea == e.coarseArea && datesOverlap(out[$0], e) }) {
                keep[i] = false
                merge(into: &out[j], e)
            }
        }
        return out.indices.filter { keep[$0] }.map { out[$0] }
    }

    static func sameHappening(_ a: CodedEvent, _ b: CodedEvent) -> Bool {
        guard a.subType == b.subType, a.location == b.location, a.control == b.control else { return false }
        if a.type == .political || a.subType == .sanction, a.actor2 != nil, b.actor2 != nil, a.actor2 != b.actor2 { return false }
        return datesOverlap(a, b) || a.contextual || b.contextual
    }

    static func datesOverlap(_ a: CodedEvent, _ b: CodedEvent) -> Bool {
        guard let a0 = a.date, let b0 = b.date else { return a.date == nil && b.date == nil || a.background == b.background }
        let a1 = a.dateEnd ?? a0, b1 = b.dateEnd ?? b0
        return a0.serial <= b1.serial + 1 && b0.serial <= a1.serial + 1
    }

    /// Folds `b` into `m` in place, so a report repeating one event a thousand times stays linear.
    static func merge(into m: inout CodedEvent, _ b: CodedEvent) {
        let a = (contextual: m.contextual, background: m.background, status: m.status, confidence: m.confidence)
        m.evidence.append(contentsOf: b.evidence)
        if m.actor1 == nil { m.actor1 = b.actor1 }
        if m.actor2 == nil { m.actor2 = b.actor2 }
        if m.actor2 == m.actor1 { m.actor2 = b.actor2 != m.actor1 ? b.actor2 : nil }
        if m.assocActor1.isEmpty { m.assocActor1 = b.assocActor1 }
        if let f = b.fatalities { m.fatalities = min(m.fatalities ?? f, f) }
        if a.contextual, !b.contextual { m.date = b.date; m.dateEnd = b.dateEnd; m.timePrecision = b.timePrecision }
        else if b.contextual {}  // a passing mention never redates the act it refers to
        else if m.date == nil || (b.timePrecision ?? 9) < (m.timePrecision ?? 9) { m.date = b.date; m.dateEnd = b.dateEnd; m.timePrecision = b.timePrecision }
        m.background = a.background && b.background
        m.contextual = a.contextual && b.contextual
        if a.status != b.status { m.status = a.status == "reported" || b.status == "reported" ? "reported" : a.status }
        m.confidence = min(0.95, max(a.confidence, b.confidence) + 0.1)
    }
}
