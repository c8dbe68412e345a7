/// Merges the repeats of one happening inside a report (headline, lead, summary) into one event.
enum EventFusion {
    /// Fuses events of the same sub-type and place with compatible dates; a capture absorbs the
    /// clash at the same place and time. Events are bucketed by place, so a report costs
    /// O(n × events at one place), not O(n²).
    static func fuse(_ events: consuming [CodedEvent]) -> [CodedEvent] {
        // The events kept are moved to the front of the list as it is read (each to an index no
        // later than its own), so no second list is allocated: `out[..<written]` is the result so far.
        var out = events
        var written = 0
        // Buckets by place as chains through `next`, oldest first, so no place owns an array;
        // the walk skips other sub-types (`sameHappening` compares them first). `last[f]` is the
        // end of the chain that starts at event f.
        var firstAtPlace = IntMap(capacity: out.count)
        var next: [Int] = [], last: [Int] = []
        next.reserveCapacity(out.count)
        last.reserveCapacity(out.count)
        for r in out.indices {
            let e = out[r]
            let key = e.location ?? -1
            var i = firstAtPlace[key] ?? -1
            while i >= 0, !sameHappening(out[i], e) { i = next[i] }
            if i >= 0 {
                merge(into: &out[i], e)
            } else {
                next.append(-1)
                last.append(written)
                if let first = firstAtPlace[key] { next[last[first]] = written; last[first] = written } else { firstAtPlace[key] = written }
                if written != r { out[written] = e }
                written += 1
            }
        }
        out.removeLast(out.count - written)
        out = mergeCoarseIntoSpecific(out)
        // Events at each place, as chains in index order.
        var atPlace = [Int](repeating: -1, count: out.count)
        var firstAt = IntMap(capacity: out.count)
        for i in out.indices.reversed() {
            let place = out[i].location ?? -1
            atPlace[i] = firstAt[place] ?? -1
            firstAt[place] = i
        }
        /// The first event at `e`'s place that satisfies `test`.
        func first(at e: CodedEvent, where test: (Int) -> Bool) -> Int? {
            var j = firstAt[e.location ?? -1] ?? -1
            while j >= 0 { if test(j) { return j }; j = atPlace[j] }
            return nil
        }
        var keep = [Bool](repeating: true, count: out.count)
        // A capture outranks the clash that preceded it at the same place and day.
        for i in out.indices where out[i].subType == .armedClash {
            let c = out[i]
            if let j = first(at: c, where: { out[$0].subType.isCapture && out[$0].status != .claimed && (datesOverlap(out[$0], c) || c.contextual) }) {
                keep[i] = false
                out[j].evidence += c.evidence
                if out[j].actor2 == nil, c.actor2 != out[j].actor1 { out[j].actor2 = c.actor2 }
                if out[j].fatalities == nil { out[j].fatalities = c.fatalities }
            }
        }
        // Deaths told without a perpetrator at the place of a violent event belong to that event.
        for i in out.indices where keep[i] && out[i].fromKilling && out[i].actor1IsUnknown {
            let c = out[i]
            if let j = first(at: c, where: { $0 != i && keep[$0] && out[$0].type.isViolent && !out[$0].fromKilling && datesOverlap(out[$0], c) }) {
                keep[i] = false
                out[j].evidence += c.evidence
                if let f = c.fatalities { out[j].fatalities = min(out[j].fatalities ?? f, f) }
            }
        }
        // A peaceful entry and a capture of the same place and day are one event.
        for i in out.indices where keep[i] && out[i].subType == .nonViolentTransfer && out[i].control == .gained {
            let c = out[i]
            if first(at: c, where: { $0 < i && keep[$0] && out[$0].subType.isCapture && datesOverlap(out[$0], c) }) != nil { keep[i] = false }
        }
        return kept(out, keep)
    }

    /// The events whose flag is set, in order.
    private static func kept(_ events: [CodedEvent], _ keep: [Bool]) -> [CodedEvent] {
        if !keep.contains(false) { return events }
        var out: [CodedEvent] = []
        out.reserveCapacity(events.count)
        for i in events.indices where keep[i] { out.append(events[i]) }
        return out
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
        return kept(out, keep)
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
        if a.status != b.status { m.status = a.status == .reported || b.status == .reported ? .reported : a.status }
        m.confidence = min(0.95, max(a.confidence, b.confidence) + 0.1)
    }
}
