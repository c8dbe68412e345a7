/// Codes the events of one sentence: trigger, modality, actors, place, date, fatalities, status.
struct EventCoder {
    let kb: KnowledgeBase
    /// Actors the coder assigns by rule, looked up once.
    let civilians: Int?, unidentified: Int?, protesters: Int?, rioters: Int?

    init(kb: KnowledgeBase) {
        self.kb = kb
        civilians = kb.actor(named: "Civilians")
        unidentified = kb.actor(named: "Unidentified armed group")
        protesters = kb.actor(named: "Protesters")
        rioters = kb.actor(named: "Rioters")
    }

    // Word lists of the role rules, built once: a list literal in the call costs an allocation per call.
    static let passiveAuxiliaries: [StaticString] = ["was", "were", "been", "being", "is", "are"]
    static let pastAuxiliaries: [StaticString] = ["was", "were", "been"]
    static let instrumentWords: [StaticString] = ["with", "using"]
    static let memberLinks: [StaticString] = ["of", "from"]
    /// "the attack": a trigger noun that points back to an event already told.
    static let determiners: [StaticString] = ["the", "this", "that"]
    /// "clashes have…": the noun as a subject, not an event of its own.
    static let haveForms: [StaticString] = ["has", "have", "had"]
    /// "near Goma": a place near the one named (precision 2).
    static let nearWords: [StaticString] = ["near", "around", "outside", "close", "towards", "toward", "nearby"]
    /// "in Goma", "at the camp".
    static let inOrAt: [StaticString] = ["in", "at"]

    // Trigger phrases the rules single out, also built once (a literal list of strings allocates per call).
    /// Talks named by a noun, which need a verb of holding them.
    static let talkNouns: [String] = ["talks", "negotiations", "discussions", "mediation"]
    /// Nouns of an attack that "the" can point back at.
    static let attackNouns: [String] = ["attack", "attacks", "assault", "offensive", "raid", "fighting", "clashes", "battle"]
    /// Attack words that make a clash only when the target is armed.
    static let attackWords: [String] = ["attacked", "attack", "attacks", "attacking", "raided", "raid", "assault on"]
    /// Attacks on a target, which an armed target turns into a clash.
    static let attackOnWords: [String] = ["attacked", "attack on", "attacks on", "raided", "raid on", "stormed"]
    /// Movements that change posture only for foreign forces.
    static let movementPhrases: [String] = ["left for", "convoy left", "arrived in"]
    /// Fighting told as a noun, whose sides are the armed actors after it.
    static let fightingNouns: [String] = ["fighting", "clashes", "clash", "battle", "battles", "combat", "gunfire", "exchange of fire", "exchanges of fire"]
    /// Verbs after an actor that make it the speaker of a claim.
    static let speechVerbs: [String] = ["said", "says", "announced", "claimed"]

    /// A trigger candidate chosen for a span, with the index of the trigger entry.
    struct Hit { let mention: Mention; let trigger: Trigger }

    /// Appends the events of sentence `s` to `out`, given what the document context knows.
    func events(_ ctx: inout DocumentContext, sentence s: Sentence, figures: ArraySlice<Figure>, lastPlace: Int?, lastDate: DateMention?, into out: inout [CodedEvent]) {
        let ms = ctx.mentions[s.index]
        guard ms.contains(where: { $0.kind == .trigger }) else { return }
        // The sentence's actors, places and hits go in lists the context lends from sentence to sentence.
        var actorMentions = DocumentContext.borrow(&ctx.actorList), placeMentions = DocumentContext.borrow(&ctx.placeList)
        var hits = DocumentContext.borrow(&ctx.hitList)
        defer { ctx.actorList = actorMentions; ctx.placeList = placeMentions; ctx.hitList = hits }
        for m in ms {
            if m.kind == .actor { actorMentions.append(m) } else if m.kind == .place, ctx.placeOf[m.first] != nil { placeMentions.append(m) }
        }
        let r = s.tokens

        for m in ms where m.kind == .trigger {
            guard let t = choose(ctx.candidates(of: m), ctx: ctx, mention: m, sentence: s, actors: actorMentions, places: placeMentions) else { continue }
            if blocked(ctx, m, in: r, trigger: t) { continue }
            hits.append(Hit(mention: m, trigger: t))
        }
        // Precedence inside a sentence: captures absorb clashes, any other event absorbs bare killings,
        // accusations and appeals absorb the acts they are about.
        let lootingAbsorbed = hits.contains { [.shelling, .airDroneStrike, .violentDemonstration, .mobViolence].contains($0.trigger.subType) }
        let violent = hits.contains { [.battles, .explosions].contains($0.trigger.type) || $0.trigger.subType == .nonViolentTransfer }
        if let speech = hits.first(where: { [.accusation, .appeal, .threat].contains($0.trigger.subType) }) {
            hits.removeAll { $0.mention.first > speech.mention.first && ($0.trigger.type != .political || [.sanction, .talks].contains($0.trigger.subType)) }
        }
        let others = hits.contains(where: { $0.trigger.subType != .attack && $0.trigger.type != .political })
        hits.removeAll { h in
            if h.trigger.has(.kill), violent || others { return true }
            if h.trigger.subType == .looting, lootingAbsorbed { return true }
            return false
        }

        var previousPolitical: (a1: Int?, a2: Int?, last: Int)?
        for h in hits {
            let t = h.trigger
            var ev = CodedEvent(type: t.type, subType: t.subType, plover: t.plover)
            // Actors.
            var (a1, a2) = roles(ctx, h, actors: actorMentions, sentence: s)
            // "X and Y called for a ceasefire": the first named acts, the second alongside.
            if t.type == .political, let chosen = a1,
               let mention = actorMentions.first(where: { $0.actor == chosen && $0.last < h.mention.first && $0.first >= h.mention.first - 12 }),
               let partner = actorMentions.last(where: { $0.last < mention.first && $0.last >= mention.first - 8 && $0.actor != chosen && ctx.actors.traits($0.actor).isPolitical }),
               ((partner.last + 1)..<mention.first).contains(where: { ctx.isWord($0, "and") }),
               !((mention.last + 1)..<h.mention.first).contains(where: { ctx.isWord($0, oneOf: [",", "and", "who", "which"]) }) || ctx.isWord(h.mention.first - 1, "jointly") {
                a1 = partner.actor
                ev.assocActor1 = [chosen]
            }
            // "X accused Y … and called on Z": coordinated verbs share X, not Y.
            if t.type == .political, let prev = previousPolitical, a1 != nil, a1 == prev.a2, let p1 = prev.a1,
               (prev.last..<h.mention.first).contains(where: { ctx.isWord($0, "and") }) { a1 = p1 }
            if t.type == .political { previousPolitical = (a1, a2, h.mention.last) }
            ev.actor1 = a1
            ev.actor2 = a2
            if t.type == .economic, ev.actor1 == nil || ctx.actors.traits(ev.actor1!).isArmed, let operatorActor = actorMentions.map(\.actor).first(where: { isOperator($0, ctx) }) {
                ev.actor1 = operatorActor
                if ev.actor2 == operatorActor { ev.actor2 = nil }
            }
            var inheritedPlace: Int?
            if t.type == .political, a1 == nil, let prev = ctx.lastPolitical, hasPoliticalAnaphor(ctx, before: h.mention.first, in: r) {
                ev.actor1 = prev.actor1
                ev.assocActor1 = prev.actor2.map { [$0] } ?? []
                inheritedPlace = prev.location
            }
            if t.has(.civ), ev.actor2 == nil || !(ctx.actors.traits(ev.actor2!).isCivilians) {
                if let civ = civilians, ev.actor2 == nil || ev.type == .violenceAgainstCivilians { ev.actor2 = civ }
            }
            if t.subType == .attack, let a1 = ev.actor1, ctx.actors.traits(a1).isCivilians {
                // Aid workers attacked: civilians, with their organisation alongside.
                if !ctx.actors.traits(a1).isNamedCivilians { ev.assocActor2 = [a1] }
                ev.actor1 = unidentified
            }
            if ev.actor1 == nil, [.violenceAgainstCivilians, .explosions].contains(t.type) || t.subType == .looting {
                ev.actor1 = unidentified
            }
            // Displacement: the people who fled are the other side, whoever is quoted about it.
            if t.subType == .other, let civ = civilians {
                ev.actor2 = civ
                if let a1 = ev.actor1, !ctx.actors.traits(a1).isArmed { ev.actor1 = nil }
            }
            if t.type == .riots {
                ev.actor1 = rioters
                if ev.actor2 == ev.actor1 { ev.actor2 = nil }
            }
            if t.type == .protests {
                ev.actor1 = protesters
                let next = s.index + 1 < ctx.doc.sentences.count ? ctx.doc.sentences[s.index + 1].tokens : r
                if (Array(r) + Array(next)).contains(where: { ctx.has($0, .intervention) || ctx.isWord($0, oneOf: ["shot", "killed", "live"]) }) {
                    // Forces firing on protesters and killing some is excessive force, not mere intervention.
                    let deaths = (Array(r) + Array(next)).contains { ctx.isWord($0, oneOf: ["killed", "killing", "dead", "died", "live"]) }
                    ev.subType = deaths ? .excessiveForce : .protestWithIntervention
                    let nextMentions = s.index + 1 < ctx.mentions.count ? ctx.mentions[s.index + 1] : []
                    if let police = (ms + nextMentions).first(where: { $0.kind == .actor && ctx.actors.traits($0.actor).isArmedForce }) {
                        ev.actor2 = police.actor
                    }
                    if deaths, let force = ev.actor2 {
                        // ACLED codes excessive force as the forces acting on the protesters.
                        ev.actor1 = force
                        ev.actor2 = protesters
                    }
                }
            }
            // Foreign forces leaving or arriving change posture rather than control.
            if t.subType == .nonViolentTransfer, t.has(.withdraw), let a1 = ev.actor1, isForeign(a1, ctx) {
                ev.subType = .changeToGroup; ev.plover = "MOBILIZE"; ev.type = .strategic
            }
            if ev.subType.isTerritorial {
                ev.control = t.has(.lose) ? .lost : .gained
                if t.has(.enter) {
                    ev.subType = entersByForce(ctx, s) ? .nonStateActorOvertakesTerritory : .nonViolentTransfer
                    ev.type = ev.subType == .nonViolentTransfer ? .strategic : .battles
                }
                if ev.control == .gained, ev.subType == .nonStateActorOvertakesTerritory, unopposed(ctx, s) {
                    ev.subType = .nonViolentTransfer
                }
                if ev.subType == .nonViolentTransfer { ev.type = .strategic; ev.plover = "RETREAT" }
                if ev.subType == .nonStateActorOvertakesTerritory, let a1 = ev.actor1, ctx.actors.traits(a1).isArmedForce { ev.subType = .governmentRegainsTerritory }
            }
            if ev.type == .strategic, ev.subType == .changeToGroup { ev.control = nil }
            // Place.
            let locs = locations(ctx, h, places: placeMentions, sentence: s, actor1: ev.actor1, lastPlace: lastPlace)
            guard !locs.isEmpty || ev.type == .political || ev.subType == .agreement else { continue }
            if ev.type.isViolentOrDemonstration || ev.subType == .looting,
               placeMentions.isEmpty, !r.contains(where: { ctx.has($0 + 1, .placeAnaphor) && ctx.isWord($0, "the") }),
               !ctx.cues.sentence(s.index, has: .assailantWord),
               ctx.lastViolentSentence != s.index - 1 { continue }
            // Date.
            let dm = nearestDate(ctx.dates[s.index], to: h.mention, in: s, ctx) ?? lastDate
            let firstLoc = locs.first?.0
            if dm == nil, let l = firstLoc, let (d0, d1, p) = ctx.lastDated(at: l) {
                ev.date = d0; ev.dateEnd = d1; ev.timePrecision = p
            } else if let dm {
                ev.date = dm.start; ev.dateEnd = dm.end; ev.timePrecision = dm.start == nil ? nil : dm.precision
            } else if let p = ctx.doc.header.published {
                ev.date = p; ev.dateEnd = p; ev.timePrecision = 1
            }
            if let d = ev.date, let p = ctx.doc.header.published, d.serial < p.serial - 10 { ev.background = true }
            if let d = ev.date, let p = ctx.doc.header.published, d.serial > p.serial + 1 { continue }
            if inPastClause(ctx, h.mention, in: s.tokens) {
                ev.background = true; ev.contextual = true
            }
            if ctx.dates[s.index].isEmpty == false, let l = firstLoc, !ev.contextual { ctx.setLastDated(at: l, (ev.date, ev.dateEnd, ev.timePrecision)) }
            // Status.
            if ctx.cues.sentence(s.index, has: .denial) { ev.status = .denied }
            else if ctx.cues.sentence(s.index, has: .claim) || (ctx.anyWord(r, "said") && (ctx.anyWord(r, "had") || ctx.anyWord(r, "its"))) && claimedBySpeaker(ctx, s, ev.actor1) { ev.status = .claimed }
            // Fatalities: the lowest killed count in the sentence.
            if ev.type.isViolentOrDemonstration {
                for f in figures where f.kind == "killed" && f.sentence == s.index && !f.subset { ev.fatalities = min(ev.fatalities ?? Int(f.value), Int(f.value)) }
            }
            // Backers of actor1 for violent acts.
            if let a1 = ev.actor1, let b = ctx.backers[a1], ev.type == .battles || ev.type == .explosions { ev.assocActor1 = [b] }
            if ev.type.isViolent { ctx.lastViolentSentence = s.index }
            if ev.type.isViolent || ev.control != nil,
               !ev.contextual, let l = locs.first?.0, ctx.placeTable.traits[l].kind.isLocality { ctx.lastEventPlace = l }
            ev.fromKilling = t.has(.kill)
            ev.actor1IsUnknown = ev.actor1 == nil || ev.actor1 == unidentified
            ev.evidence = [Evidence(sentence: s.index, start: ctx.doc.fileOffset(s.start), end: ctx.doc.fileOffset(s.end))]
            ev.confidence = ev.actor1 == nil ? 0.5 : 0.7
            // Sanctions on several parties are one event per party; any other act has its one actor2.
            var sanctioned: [Int] = []
            if ev.subType == .sanction {
                var seen: Set<Int> = []
                let candidates = actorMentions.filter { !ctx.isWord($0.first - 1, oneOf: ["its", "their", "his", "her"]) }
                let afterTrigger = candidates.filter { $0.first > h.mention.last }
                let list = (afterTrigger.isEmpty ? candidates : afterTrigger).map(\.actor).filter { $0 != ev.actor1 && !ctx.actors.traits($0).isCivilians && seen.insert($0).inserted }
                if list.count > 1 { sanctioned = Array(list.prefix(3)) }
            }
            for n in 0..<max(1, sanctioned.count) {
            let target = sanctioned.isEmpty ? ev.actor2 : sanctioned[n]
            for (loc, prec) in locs.isEmpty ? [(inheritedPlace ?? seat(ev.actor1, ctx), inheritedPlace == nil ? 3 : 1)] : locs {
                guard let loc else { continue }
                var e = ev
                e.actor2 = target
                e.location = loc
                e.coarseArea = ctx.placeTable.traits[loc].country
                e.countryLevel = ctx.placeTable.traits[loc].kind == .country
                e.geoPrecision = prec
                if ev.type == .political || ev.subType == .agreement, locs.isEmpty { e.geoPrecision = 3 }
                out.append(e)
            }
            }
        }
    }

    // MARK: trigger choice and modality

    /// The first of the candidate triggers (indices into the lexicon) that the sentence bears out.
    func choose(_ cands: ArraySlice<Int32>, ctx: DocumentContext, mention m: Mention, sentence s: Sentence, actors: [Mention], places: [Mention]) -> Trigger? {
        let r = s.tokens
        let afterRange = (m.last + 1)..<max(m.last + 1, min(r.upperBound, m.last + 8))
        // Actor indices: their traits are read without copying the actors.
        let firstActorAfter = actors.first { $0.first > m.last }.map(\.actor)
        let subject = actors.last { $0.last < m.first }.map(\.actor)
        let placeAfter = places.contains { $0.first > m.last && $0.first <= m.last + 6 }
        // The first candidate the sentence bears out wins, so the scan stops there.
        for ti in cands {
            let t = kb.triggers[Int(ti)]
            switch t.subType {
            case .airDroneStrike:
                if t.phrase.hasSuffix("bombed"), !ctx.cues.sentence(s.index, has: .aircraft) { continue }
                if afterRange.prefix(5).contains(where: { ctx.isWord($0, oneOf: ["downed", "intercepted", "shot"]) }) { continue }
            case .operationsSuspended, .operationsResumed:
                if ctx.isWord(m.first - 1, oneOf: ["remain", "remains", "remained", "still"]) { continue }
                // Aid suspended as a penalty is a sanction.
                if t.subType == .operationsSuspended, afterRange.prefix(3).contains(where: { ctx.isWord($0, oneOf: ["aid", "assistance", "cooperation"]) }),
                   let sanction = kb.trigger(subType: .sanction) {
                    return sanction
                }
                guard !ctx.anyWord(r, "talks"), !ctx.anyWord(r, "aid") || ctx.anyWord(r, "mine") else { continue }
                guard ctx.cues.sentence(s.index, has: .economicObject) || places.contains(where: { ctxPlaceKind(ctx, $0) == .site }) || actors.contains(where: { isOperator($0.actor, ctx) }) else { continue }
            case .agreement:
                guard ctx.cues.sentence(s.index, has: .agreementObject) else { continue }
            case .aid:
                guard ctx.cues.sentence(s.index, has: .aidObject) else { continue }
            case .talks:
                let present = t.phrase == "met" ? actors.filter { $0.last < m.first || (ctx.isWord(m.last + 1, "with") && $0.first <= m.last + 4) } : actors
                let parties = Set(present.map(\.actor)).filter { ctx.actors.traits($0).isPolitical || ctx.actors.traits($0).isNonStateArmed }
                let states = parties.filter { !ctx.actors.traits($0).isOther }
                guard parties.count >= 2 || (ctx.anyWord(r, "between") && !parties.isEmpty) || (!states.isEmpty && placeAfter) else { continue }
                if ctx.anyWord(r, "pulled") || ctx.anyWord(r, "attend") || ctx.anyWord(r, "quit") { continue }
                if Self.talkNouns.contains(t.phrase), !((m.first - 7)..<m.first).contains(where: { ctx.isWord($0, oneOf: ["held", "hold", "holding", "opened", "began", "joined", "resumed"]) }) && !ctx.anyWord(r, "met") && !ctx.anyWord(afterRange, "between") { continue }
            case .appeal, .sanction, .accusation, .threat, .rejection:
                if t.subType == .appeal, ctx.anyWord(r, "anonymity") || ctx.anyWord(afterRange, "named") { continue }
                if t.subType == .sanction, ctx.isWord(m.first - 1, oneOf: ["blaming", "because", "despite", "successive"]) || ctx.isWord(m.first - 1, "the") && !ctx.anyWord(r, "imposed") && !ctx.anyWord(r, "added") { continue }
                if t.subType == .accusation {
                    guard let near = actors.last(where: { $0.last < m.first && $0.last >= m.first - 6 }), !ctx.actors.traits(near.actor).isCivilians else { continue }
                }
                if t.subType == .appeal, Lexicon.appealNouns.contains(t.phrase), !actors.contains(where: { $0.last < m.first && $0.last >= m.first - 2 }), !ctx.isWord(m.first - 1, oneOf: ["who", "which", "also", "jointly"]) { continue }
            case .other:
                guard let a = subject, ctx.actors.traits(a).isCivilians || !actors.contains(where: { ctx.actors.traits($0.actor).isArmed && $0.last < m.first }) else { continue }
                if ctx.isWord(m.first - 1, oneOf: ["have", "has"]) || ctx.isWord(m.first - 2, oneOf: ["have", "has"]),
                   ctx.dates[s.index].contains(where: { $0.precision == 3 }) || !ctx.anyWord(r, "since") && !ctx.anyWord(r, "past") && !ctx.anyWord(r, "week") { continue }
            case .armedClash:
                // "repelled the attack": a definite noun points back at an act already told.
                if ctx.isWord(m.first - 1, oneOf: Self.determiners), places.isEmpty, Self.attackNouns.contains(t.phrase) { continue }
                if t.has(.armed), Self.attackWords.contains(t.phrase) {
                    // An attack is a clash only when its target is armed.
                    let target = firstActorAfter
                    if let target, ctx.actors.traits(target).isCivilians { continue }
                    if target == nil, ctx.cues.any(afterRange, .armedTarget) {} else if target == nil { continue }
                }
                if t.has(.clash), ctx.isWord(m.last + 1, oneOf: Self.haveForms) { continue }
                if t.has(.clash), ((m.first - 5)..<m.first).contains(where: { ctx.isWord($0, oneOf: ["after", "following", "during", "amid", "despite"]) }) || ctx.isWord(m.first - 1, "by") { continue }
            case .attack:
                if t.has(.kill) {
                    if ctx.isWord(m.first - 1, oneOf: ["has", "have"]) || ctx.isWord(m.first - 2, oneOf: ["has", "have"]) { continue }
                    // Deaths from earthquakes or cholera, and running tolls ("the number of people killed"), are not attacks.
                    let lead = max(r.lowerBound, m.first - 4)..<m.first
                    if ctx.cues.any(lead, .nonViolentCause) || lead.contains(where: { ctx.isWord($0, oneOf: ["number", "toll", "total"]) }) { continue }
                    // "killed in the battle for the city": deaths of an act told before.
                    if ((m.last + 1)..<min(r.upperBound, m.last + 5)).contains(where: { ctx.isWord($0, "the") && ctx.isWord($0 + 1, oneOf: ["battle", "attack", "fighting", "assault", "offensive", "clashes", "shelling", "bombardment"]) }) { continue }
                    break
                }

                if Self.attackOnWords.contains(t.phrase) {
                    let target = firstActorAfter
                    let armed = target.map { ctx.actors.traits($0).isArmed } == true || (target == nil && ctx.cues.any(afterRange, .armedTarget))
                    if armed, let clash = kb.trigger(subType: .armedClash, phrase: "attacked") { return clash }
                    if let target, ctx.actors.traits(target).isArmed { continue }
                    if target == nil, !ctx.cues.any(afterRange, .civilianTarget) { continue }
                }
            case .abduction:
                if !ctx.cues.any(max(r.lowerBound, m.first - 6)..<min(r.upperBound, m.last + 6), .abductee) {
                    if let loot = kb.trigger(subType: .looting) { return loot }
                    continue
                }
            case .looting:
                if ((m.first - 4)..<m.first).contains(where: { ctx.isWord($0, oneOf: ["bodies", "corpses", "body", "remains"]) }) { continue }
                // "The strikes set fire to fuel tanks": damage done by an act already coded.
                if (r.lowerBound..<m.first).contains(where: { k in ctx.has(k + 1, .lootingCause) && ctx.isWord(k, "the") }) { continue }
            case .arrests:
                if ctx.cues.sentence(s.index, has: .intervention) { continue }
            case .nonStateActorOvertakesTerritory, .nonViolentTransfer:
                // "Goma fell on Monday": only a place can fall this way (not prices, shells or rain).
                if t.phrase == "fell", !places.contains(where: { $0.last == m.first - 1 && ctxPlaceKind(ctx, $0) != .country }) { continue }
                if t.has(.place), !placeAfter, !townAnaphor(ctx, after: m.last, in: r) { continue }
                if t.has(.place), t.has(.gain), ctx.cues.any((m.last + 1)..<max(m.last + 1, min(r.upperBound, m.last + 4)), .facility) { continue }
                if t.has(.byArmed) {
                    guard let a = subject, ctx.actors.traits(a).isArmed else { continue }
                }
            case .changeToGroup:
                guard let a = subject ?? firstActorAfter, ctx.actors.traits(a).isArmed else { continue }
                if Self.movementPhrases.contains(t.phrase) || t.phrase.hasPrefix("withdr") || t.has(.withdrawWord) {
                    guard isForeign(a, ctx) else { continue }
                }
            default: break
            }
            return t
        }
        return nil
    }

    /// "the two leaders", "the presidents": the parties of the last political act.
    func hasPoliticalAnaphor(_ ctx: DocumentContext, before first: Int, in r: Range<Int>) -> Bool {
        var k = first - 1
        while k >= r.lowerBound, k >= first - 6 {
            if ctx.has(k, .politicalAnaphor) { return true }
            k -= 1
        }
        return false
    }

    /// "the town", "the city": a place named earlier.
    func townAnaphor(_ ctx: DocumentContext, after last: Int, in r: Range<Int>) -> Bool {
        // "the town of Um Rawaba" names a town (perhaps one the gazetteer lacks); it does not point back.
        for k in (last + 1)..<min(r.upperBound, last + 4) where ctx.has(k, .placeAnaphor) && !ctx.isWord(k + 1, "of") { return true }
        return false
    }

    /// The act is told as context: "after seizing", "had seized", "since the fall of".
    func inPastClause(_ ctx: DocumentContext, _ m: Mention, in r: Range<Int>) -> Bool {
        // "its shutdown had pushed prices up" — unless someone reports it ("residents said shells had fallen").
        if ctx.isWord(m.last + 1, "had"), !ctx.cues.any(r.lowerBound..<m.first, .reportingVerb) { return true }
        if ctx.isWord(m.first - 1, "had") || ctx.isWord(m.first - 2, "had") {
            let reported = ctx.cues.any(r.lowerBound..<m.first, .reportingVerb)
            if !reported { return true }
        }
        var k = m.first - 1
        while k >= r.lowerBound, k >= m.first - 10 {
            let t = ctx.doc.tokens[k]
            if t.kind == .punct, [44, 59, 58, 40].contains(ctx.doc.text[Int(t.start)]) { return false }
            if ctx.has(k, .pastClauseOpener) { return true }
            k -= 1
        }
        return false
    }

    /// A company whose seat is its site (Alphamin at Bisie): the operator of a mine, port or airport.
    func isOperator(_ actor: Int, _ ctx: DocumentContext) -> Bool {
        ctx.actors.traits(actor).isOther && ctx.seat(of: actor).map { ctx.placeTable.traits[$0].population < 50_000 } == true
    }

    func ctxPlaceKind(_ ctx: DocumentContext, _ m: Mention) -> PlaceKind? {
        ctx.placeOf[m.first].map { ctx.placeTable.traits[$0].kind }
    }

    func isForeign(_ a: Int, _ ctx: DocumentContext) -> Bool {
        let traits = ctx.actors.traits(a)
        return traits.isExternalForce || (traits.isArmedForce && ctx.actors[a].country != nil && ctx.actors[a].country != ctx.country)
    }

    /// Negated, hypothetical, future or conditional acts are not events.
    func blocked(_ ctx: DocumentContext, _ m: Mention, in r: Range<Int>, trigger: Trigger) -> Bool {
        if ctx.isWord(r.lowerBound, oneOf: ["if", "unless", "should"]), trigger.type != .political { return true }
        if ctx.isWord(m.first - 1, "to"), trigger.type != .political, trigger.type != .protests, trigger.subType != .other, !ctx.isWord(m.first - 2, oneOf: ["due"]) { return true }
        var k = m.first - 1
        var n = 0
        while k >= r.lowerBound, n < 7 {
            let t = ctx.doc.tokens[k]
            if t.kind == .punct, [44, 59, 58, 40, 34].contains(ctx.doc.text[Int(t.start)]) { break }
            // A spaced dash ends a dateline ("GOMA, May 6 - Rebels took…").
            if t.kind == .punct, ctx.doc.text[Int(t.start)] == 45, k > 0, ctx.doc.tokens[k - 1].end < t.start { break }
            if t.capitalized, k > r.lowerBound { k -= 1; n += 1; continue }  // "May" the month, not the modal
            if ctx.has(k, .clauseOpener) { break }
            if ctx.has(k, .negation) { return !(trigger.type == .political && trigger.subType == .rejection) }
            // A modal inside a relative clause ("soldiers who had been helping to defend Uvira pulled back")
            // belongs to that clause, not to the act.
            let inRelative = ctx.cues.any(max(r.lowerBound, k - 6)..<k, .relativePronoun)
            if !inRelative, ctx.has(k, .modal), trigger.type != .political || ctx.isWord(k, oneOf: ["could", "would", "might", "may", "will", "if", "plans", "potential", "potentially"]) {
                if trigger.subType == .threat { return false }
                return true
            }
            k -= 1; n += 1
        }
        // A noun trigger followed by a modal or a negation: "an attack on Sake could bring", "attacks have not stopped".
        var j = m.last + 1
        while j < r.upperBound, j <= m.last + 4 {
            if ctx.isWord(j, oneOf: ["could", "would", "might"]) { return true }
            if ctx.isWord(j, oneOf: ["not", "never"]), ctx.isWord(j - 1, oneOf: ["have", "has", "had", "did", "was", "were"]) { return true }
            j += 1
        }
        return false
    }

    // MARK: roles


    func roles(_ ctx: DocumentContext, _ h: Hit, actors: [Mention], sentence s: Sentence) -> (Int?, Int?) {
        let m = h.mention, t = h.trigger
        let r = s.tokens
        var a1: Int?, a2: Int?
        let passive = ctx.isWord(m.first - 1, oneOf: Self.passiveAuxiliaries) || ctx.isWord(m.first - 2, oneOf: Self.pastAuxiliaries)
        let after = actors.contiguousFilter { $0.first > m.last && !isBacker(ctx, $0) }
        let before = actors.contiguousFilter { $0.last < m.first && !isBacker(ctx, $0) }
        if t.has(.clash), let b = ((m.last + 1)..<min(r.upperBound, m.last + 6)).first(where: { ctx.isWord($0, "between") }),
           let x = after.first(where: { $0.first > b }) {
            a1 = x.actor
            a2 = after.first(where: { $0.first > x.last && $0.actor != a1 }).map(\.actor)
        } else if t.has(.to) {
            // "fell to the M23": the agent follows "to"; "Goma fell, residents said" has none.
            a1 = after.first(where: { ctx.isWord($0.first - 1, "to") || (ctx.isWord($0.first - 1, "the") && ctx.isWord($0.first - 2, "to")) }).map(\.actor)
            a2 = before.last.map(\.actor)
        } else if (passive && ctx.isWord(m.last + 1, "by")) || (t.has(.noun) && after.first.map { ctx.isWord($0.first - 1, "by") } == true) {
            a1 = after.first.map(\.actor)
            a2 = before.last.map(\.actor)
        } else if passive, t.type == .violenceAgainstCivilians || t.has(.kill) {
            // "people were killed" with no "by": the text does not say who acted.
            a1 = nil
            a2 = before.last.map(\.actor)
        } else if t.has(.noun) {
            let by = after.first { ctx.isWord($0.first - 1, oneOf: ["by", "to"]) && $0.first <= m.last + 4 }
            a1 = by.map(\.actor) ?? ctx.lastNonState
        } else {
            // An actor named inside the trigger phrase acts ("Ukrainian drones hit").
            if let own = actors.first(where: { $0.first <= m.first && $0.last >= m.first }) { a1 = own.actor }
            // "bombarded M23 positions with drones": the instrument's user is the sentence's subject.
            if a1 == nil, ctx.isWord(m.first - 1, oneOf: Self.instrumentWords), let subject = before.first(where: { !ctx.has($0.first - 1, .preposition) }) {
                a1 = subject.actor
            }
            // "sanctions imposed by the EU": the agent follows.
            if a1 == nil, ctx.isWord(m.last + 1, "by") || (ctx.isWord(m.last + 2, "by") && ctx.isWord(m.last + 1, oneOf: ["imposed", "carried", "committed", "launched", "fired"])),
               let agent = after.first(where: { $0.first <= m.last + 4 }) {
                a1 = agent.actor
            }
            // The subject: the closest actor before the trigger that is not inside a prepositional phrase.
            let anaphorAt = ((r.lowerBound..<m.first).reversed()).first { k in
                ctx.has(k, .anaphor) && !ctx.has(k - 1, .preposition) && !(ctx.isWord(k - 1, "the") && ctx.has(k - 2, .preposition))
                    && !actors.contains(where: { $0.first <= k && $0.last >= k })
            }
            for cand in before.reversed() where a1 == nil {
                // "Fighters from the CODECO militia": the named group behind a generic noun acts.
                if ctx.isWord(cand.first - 1, oneOf: Self.memberLinks) && ctx.has(cand.first - 2, .memberNoun)
                    || ctx.isWord(cand.first - 1, "the") && ctx.isWord(cand.first - 2, oneOf: Self.memberLinks) && ctx.has(cand.first - 3, .memberNoun) {
                    a1 = cand.actor; break
                }
                // "CODECO gunmen": a generic alias right after a named actor is that actor.
                if ctx.actors.traits(cand.actor).isUnidentified, let named = before.last(where: { $0.last == cand.first - 1 }) {
                    a1 = named.actor; break
                }
                if let k = anaphorAt, k > cand.last { break }
                if ctx.has(cand.first - 1, .preposition) && !ctx.isWord(cand.first - 1, "and")
                    || (ctx.isWord(cand.first - 1, "the") && ctx.has(cand.first - 2, .preposition) && !ctx.isWord(cand.first - 2, "and")) { continue }
                if ctx.actors.traits(cand.actor).isCivilians, t.type != .strategic || t.subType != .other, t.type != .protests { continue }
                a1 = cand.actor
            }
            if t.subType == .threat {
                if let ns = before.first(where: { ctx.actors.traits($0.actor).isNonStateArmed }) { a1 = ns.actor }
                else if let anaphor = anaphorActor(ctx, before: m.first, in: r) { a1 = anaphor }
            }
            if t.subType == .talks || t.subType == .agreement {
                let parties = (before + after).filter { ctx.actors.traits($0.actor).isPolitical || ctx.actors.traits($0.actor).isArmed }
                if let first = parties.first {
                    a1 = first.actor
                    a2 = parties.dropFirst().first(where: { $0.actor != a1 }).map(\.actor)
                }
            }
            if t.subType == .sanction || t.subType == .appeal || t.subType == .accusation || t.subType == .rejection, let first = before.first(where: { ctx.actors.traits($0.actor).isOther || ctx.actors.traits($0.actor).isGovernment }),
               a1.map({ !(ctx.actors.traits($0).isOther || ctx.actors.traits($0).isGovernment) }) ?? true {
                a1 = first.actor
            }
            if a1 == nil, let k = anaphorAt {
                if let near = before.last(where: { $0.last < k && ctx.actors.traits($0.actor).isNonStateArmed }) {
                    a1 = near.actor
                } else {
                    a1 = ctx.has(k, .rebelAnaphor) ? (ctx.lastRebel ?? ctx.lastNonState) : ctx.lastNonState
                }
            }
            if a1 == nil, let anaphor = anaphorActor(ctx, before: m.first, in: r) { a1 = anaphor }
            if a1 == nil, t.type == .political, let last = before.last { a1 = last.actor }
            // "M23 rebels and the Congolese army clashed": coordinated subjects of a clash are its two sides.
            if t.has(.clash), let chosen = a1, let mention = before.last(where: { $0.actor == chosen }),
               let partner = before.last(where: { $0.last < mention.first && $0.last >= mention.first - 4 && $0.actor != chosen
                   && ctx.actors.traits($0.actor).isArmed }),
               ((partner.last + 1)..<mention.first).contains(where: { ctx.isWord($0, "and") }),
               !((partner.last + 1)..<mention.first).contains(where: { ctx.isMark($0, ",") }) {
                a1 = partner.actor
                a2 = chosen
            }
            if a2 == nil { a2 = after.first.map(\.actor) }
            if a2 == a1 { a2 = after.dropFirst().first.map(\.actor) }
        }
        // "Fighting raged … as M23 rebels pressed their offensive against Congolese troops".
        if a1 == nil, t.has(.clash), Self.fightingNouns.contains(t.phrase) {
            let armed = actors.filter { $0.first > m.last && ctx.actors.traits($0.actor).isArmed && !isBacker(ctx, $0) }.map(\.actor)
            if let first = armed.first { a1 = first; a2 = armed.first(where: { $0 != first }) }
        }
        // Organisations that condemn or report violence are not its perpetrators.
        if let x = a1, t.type.isViolent, ctx.actors.traits(x).isOther {
            a1 = nil
        }
        if a1 == nil, t.type == .battles || t.type == .explosions || t.subType == .nonViolentTransfer {
            a1 = ctx.lastNonState
        }
        // The other side of a battle or a capture is an armed party, never the residents who fled it.
        if t.type == .battles || t.subType == .nonViolentTransfer, let b = a2, !ctx.actors.traits(b).isArmed {
            a2 = after.first(where: { ctx.actors.traits($0.actor).isArmed && $0.actor != a1 }).map(\.actor)
        }
        return (a1, a2 == a1 ? nil : a2)
    }

    func isBacker(_ ctx: DocumentContext, _ m: Mention) -> Bool {
        (ctx.isWord(m.last + 1, "-") && (ctx.has(m.last + 2, .backing) || ctx.has(m.last + 2, .hyphenSuffix)))
            || ctx.isWord(m.first - 1, "by") && ctx.has(m.first - 2, .backing)
    }

    func anaphorActor(_ ctx: DocumentContext, before first: Int, in r: Range<Int>) -> Int? {
        var k = first - 1
        while k >= r.lowerBound, k >= first - 6 {
            if ctx.has(k, .rebelAnaphor) { return ctx.lastRebel ?? ctx.lastNonState }
            if ctx.has(k, .anaphor) { return ctx.lastNonState }
            k -= 1
        }
        return nil
    }

    /// "without resistance", "unopposed", "without a fight": the sentence says no one fought.
    func unopposed(_ ctx: DocumentContext, _ s: Sentence) -> Bool {
        ctx.cues.sentence(s.index, has: .unopposedWord) && s.tokens.contains { k in
            ctx.isWord(k, "unopposed") || ctx.isWord(k, "peacefully") || (ctx.isWord(k, "without") && ctx.isWord(k + 1, oneOf: ["resistance", "fight", "fighting", "a", "firing", "any", "clashes"])
                && (k + 1...k + 3).contains { ctx.isWord($0, oneOf: ["resistance", "fight", "fighting", "shot", "clashes"]) })
        }
    }

    func entersByForce(_ ctx: DocumentContext, _ s: Sentence) -> Bool {
        let doc = ctx.doc
        // The sentence's paragraph and the next one, looked up locally so long reports stay linear.
        var lo = s.index
        while lo > 0, doc.sentences[lo - 1].paragraph == s.paragraph { lo -= 1 }
        var hi = s.index
        while hi + 1 < doc.sentences.count, doc.sentences[hi + 1].paragraph <= s.paragraph + 1 || hi + 1 <= s.index + 2 { hi += 1 }
        let window = doc.sentences[lo...hi]
        if unopposed(ctx, s) { return false }
        for w in window where w.tokens.contains(where: { ctx.has($0, .fightingCue) && !ctx.isWord($0, "heavy") }) { return true }
        return false
    }

    func claimedBySpeaker(_ ctx: DocumentContext, _ s: Sentence, _ a1: Int?) -> Bool {
        guard let a1 else { return false }
        for m in ctx.mentions[s.index] where m.kind == .actor && m.actor == a1 {
            let next = ctx.w(m.last + 1), next2 = ctx.w(m.last + 2)
            if Self.speechVerbs.contains(next) || Self.speechVerbs.contains(next2) { return true }
        }
        return false
    }

    // MARK: place and date

    func locations(_ ctx: DocumentContext, _ h: Hit, places: [Mention], sentence s: Sentence, actor1: Int?, lastPlace: Int?) -> [(Int?, Int)] {
        let found = locationsAway(fromDateline: ctx, h, places: places, sentence: s, actor1: actor1, lastPlace: lastPlace)
        // With no other place, the dateline city is the best guess ("MOGADISHU - … in the capital").
        if found.isEmpty, h.trigger.type != .political, places.contains(where: { $0.first == ctx.datelineToken }), let d = ctx.dateline {
            return [(d, 1)]
        }
        // A deal or talks placed only at a party's country happened where the reporter files from.
        if [.agreement, .talks].contains(h.trigger.subType), found.count == 1, let i = found[0].0, ctx.placeTable.traits[i].kind == .country,
           s.index < 2, let d = ctx.dateline {
            return [(d, 1)]
        }
        return found
    }

    func locationsAway(fromDateline ctx: DocumentContext, _ h: Hit, places: [Mention], sentence s: Sentence, actor1: Int?, lastPlace: Int?) -> [(Int?, Int)] {
        // A deal or truce with no place named is placed at its party's seat, not at the last town mentioned.
        if h.trigger.subType == .agreement, places.isEmpty { return [] }
        let m = h.mention, t = h.trigger
        let sentenceMentions = ctx.mentions[s.index]
        func prec(_ pm: Mention, _ idx: Int) -> Int {
            switch ctx.placeTable.traits[idx].kind {
            case .country, .admin1: return 3
            case .admin2, .feature: return 2
            default: return ctx.isWord(pm.first - 1, oneOf: Self.nearWords) || ctx.isWord(pm.first - 2, "close") ? 2 : 1
            }
        }
        func specific(_ pm: Mention) -> Bool {
            guard let i = ctx.placeOf[pm.first] else { return false }
            return ctx.placeTable.traits[i].kind.isLocality
        }
        func isUsable(_ pm: Mention) -> Bool {
            // The dateline says where the reporter is, not where the act happened.
            if pm.first == ctx.datelineToken, t.type != .political { return false }
            // A country named as the acting party is not where the act happened.
            return !sentenceMentions.contains { am in
                am.kind == .actor && am.first <= pm.first && am.last >= pm.last
                    && !ctx.isWord(pm.first - 1, oneOf: Self.inOrAt)
                    && (ctx.placeOf[pm.first].map { ctx.placeTable.traits[$0].kind == .country } == true || (pm.last < m.first && !ctx.has(pm.first - 1, .locative)))
            }
        }
        // Usually every place is usable, and then the list is shared rather than copied.
        let usable = places.allSatisfy(isUsable) ? places : places.filter(isUsable)
        if t.type == .political {
            if t.subType == .threat {
                if let pm = usable.first(where: { $0.first > m.last }), let i = ctx.placeOf[pm.first] { return [(i, 1)] }
                if let pm = usable.last(where: { $0.last < m.first && $0.last >= m.first - 6 }), let i = ctx.placeOf[pm.first] { return [(i, 1)] }
            }
            if t.subType == .aid, let pm = usable.first(where: { $0.first > m.last && specific($0) }), let i = ctx.placeOf[pm.first] { return [(i, 1)] }
            let venue = usable.first { pm in
                // Before the trigger, a venue sets the scene ("In Doha, the presidents met"); one deep inside
                // another clause ("the deal signed in Washington and called on…") does not.
                let actorStart = sentenceMentions.first(where: { am in am.kind == .actor && Int(am.primary) == actor1 })?.first ?? s.tokens.upperBound
                guard specific(pm), (pm.last < m.first && (pm.last < actorStart || (pm.last >= m.first - 4 && !((pm.last + 1)..<m.first).contains(where: { ctx.isWord($0, oneOf: ["and", "but"]) })))) || (pm.first > m.last && pm.first <= m.last + 5) else { return false }
                var k = pm.first - 1
                while k >= s.tokens.lowerBound, k >= pm.first - 4 {
                    if ctx.isWord(k, oneOf: Self.inOrAt) { return true }
                    if ctx.doc.tokens[k].kind == .punct { return false }
                    k -= 1
                }
                return false
            }
            if let pm = venue, let i = ctx.placeOf[pm.first] { return [(i, 1)] }
            let subjectAt = sentenceMentions.first(where: { am in am.kind == .actor && Int(am.primary) == actor1 })?.first ?? m.first
            // In the lead, a statement with no venue was made where the dateline says.
            if s.index < 2, let d = ctx.dateline, usable.contains(where: { $0.first == ctx.datelineToken }) { return [(d, 1)] }
            if subjectAt < m.first, let pm = usable.first(where: { cand in cand.first > subjectAt && cand.last < min(m.first, subjectAt + 8) && specific(cand) && !sentenceMentions.contains(where: { am in am.kind == .actor && am.first <= cand.first && am.last >= cand.last }) }), let i = ctx.placeOf[pm.first] { return [(i, 1)] }
            if let pm = usable.first(where: { ctx.isWord($0.first - 1, oneOf: Self.inOrAt) && ctx.placeOf[$0.first].map { ctx.placeTable.traits[$0].kind == .country } == true }),
               let i = ctx.placeOf[pm.first] { return [(i, 3)] }
            return []
        }
        let after = usable.contiguousFilter { $0.first > m.last }
        let before = usable.contiguousFilter { $0.last < m.first }
        if t.type == .economic {
            if let pm = usable.first(where: { ctx.placeOf[$0.first].map { ctx.placeTable.traits[$0].kind == .site } ?? false }), let i = ctx.placeOf[pm.first] { return [(i, 1)] }
            if let a1 = actor1, let i = ctx.seat(of: a1) { return [(i, 1)] }
        }
        if t.has(.to), let pm = before.first(where: specific), let i = ctx.placeOf[pm.first] { return [(i, prec(pm, i))] }
        if ctx.isWord(m.first - 1, oneOf: ["its", "their"]) {
            if let pm = before.first(where: specific), let i = ctx.placeOf[pm.first] { return [(i, prec(pm, i))] }
            if s.index > 0, let pm = ctx.mentions[s.index - 1].first(where: { $0.kind == .place && specific($0) }), let i = ctx.placeOf[pm.first] { return [(i, 1)] }
        }
        if t.subType == .other {
            if let pm = after.first(where: { ctx.isWord($0.first - 1, "from") }), let i = ctx.placeOf[pm.first] { return [(i, prec(pm, i))] }
            let destination = after.first.map { ctx.isWord($0.first - 1, oneOf: ["toward", "towards", "to", "into", "for"]) } ?? false
            if let pm = after.first, let i = ctx.placeOf[pm.first], !specific(pm) || (destination && ctx.placeTable.traits[i].kind == .country) {
                return [(i, prec(pm, i))]
            }
            if destination, let lp = lastPlace ?? before.last(where: specific).flatMap({ ctx.placeOf[$0.first] }) { return [(lp, 1)] }
        }
        // Lists of places after the trigger ("in Kayes, Niono and Molodo") are one event each.
        if let first = after.first(where: specific), let i = ctx.placeOf[first.first] {
            var list: [(Int?, Int)] = [(i, prec(first, i))]
            for next in after where !ctx.isWord(first.first - 1, "between") && next.first > first.last && specific(next) && ctx.placeOf[next.first] != ctx.placeOf[first.first] {
                let glue = next.first - 1
                guard ctx.isWord(glue, oneOf: [",", "and", "including"]) || (ctx.isWord(glue, "at") && ctx.isWord(next.first - 2, oneOf: [",", "and"])) else { continue }
                if let j = ctx.placeOf[next.first] { list.append((j, prec(next, j))) }
            }
            return list
        }
        if townAnaphor(ctx, after: m.last, in: s.tokens) || ((m.last + 1)..<min(s.tokens.upperBound, m.last + 14)).contains(where: { ctx.isWord($0, "town") && ctx.isWord($0 - 1, "the") && !ctx.isWord($0 + 1, oneOf: ["hall", "centre", "center", "square", "of"]) }) {
            if let pm = before.last(where: { specific($0) && !ctx.isWord($0.first - 1, "from") }), let i = ctx.placeOf[pm.first] { return [(i, 1)] }
            // "the town" is the one the story is about: the place of the last act coded, else the last named.
            if let ep = ctx.lastEventPlace { return [(ep, 1)] }
            if let lp = lastPlace { return [(lp, 1)] }
        }
        if let pm = before.last(where: specific), let i = ctx.placeOf[pm.first] { return [(i, prec(pm, i))] }
        if let pm = (after + before).first(where: { ctx.placeOf[$0.first].map { ctx.placeTable.traits[$0].kind == .admin2 } ?? false }), let i = ctx.placeOf[pm.first] { return [(i, 2)] }
        if let pm = after.first(where: { ctx.placeOf[$0.first].map { ctx.placeTable.traits[$0].kind == .admin1 } ?? false }), let i = ctx.placeOf[pm.first], placeWordsAfter(ctx, pm) { return [(i, 3)] }
        // "Three civilians were reportedly killed.": deaths of the act just told.
        if t.has(.kill), let ep = ctx.lastEventPlace, places.isEmpty { return [(ep, 1)] }
        if let lp = lastPlace { return [(lp, ctx.placeTable.traits[lp].kind == .populatedPlace || ctx.placeTable.traits[lp].kind == .site ? 1 : 2)] }
        if let pm = (after + before).first, let i = ctx.placeOf[pm.first] { return [(i, 3)] }
        return []
    }

    func placeWordsAfter(_ ctx: DocumentContext, _ pm: Mention) -> Bool {
        // The word may follow the name or be part of it ("North Kordofan State").
        ctx.isWord(pm.last + 1, oneOf: ["region", "province", "state", "oblast", "department"]) || ctx.isWord(pm.last, oneOf: ["region", "province", "state", "oblast", "department"])
    }

    func seat(_ a1: Int?, _ ctx: DocumentContext) -> Int? {
        if let a1, let i = ctx.seat(of: a1) { return i }
        if let a1, let c = ctx.actors[a1].country { return kb.country(c) }
        return ctx.dateline
    }

    /// The date expression closest to the trigger; one across a clause boundary counts as further away.
    func nearestDate(_ list: [DateMention], to m: Mention, in s: Sentence, _ ctx: DocumentContext) -> DateMention? {
        list.min { distance($0, m, s, ctx) < distance($1, m, s, ctx) }
    }

    private func distance(_ d: DateMention, _ m: Mention, _ s: Sentence, _ ctx: DocumentContext) -> Int {
        let forward = d.first > m.last
        let (a, b) = forward ? (m.last + 1, d.first) : (d.last + 1, m.first)
        var dist = b - a + 1
        // "On Tuesday 18 February, a convoy … reached Minova": a date opening the sentence dates its main verb.
        let datelineDash = (a..<max(a, b)).contains { k in ctx.isMark(k, "-") && k > 0 && ctx.doc.tokens[k - 1].end < ctx.doc.tokens[k].start }
        let opening = !forward && !datelineDash && d.first - s.tokens.lowerBound <= 3
        for k in a..<max(a, b) {
            if opening { break }
            // "walked into Bukavu, the capital of South Kivu, on Sunday": commas after the verb often
            // only enclose an apposition.
            if forward, ctx.isMark(k, ",") { dist += 4; continue }
            // The dateline's date ("KHARTOUM, Feb 3 - …") is when the report was filed, not when things happened.
            if ctx.isMark(k, "-"), k > 0, ctx.doc.tokens[k - 1].end < ctx.doc.tokens[k].start { dist += 40 }
            if ctx.isMark(k, ",") || ctx.isWord(k, ";") || ctx.isMark(k, "(") || ctx.isMark(k, ")") || ctx.has(k, .dateClauseOpener) { dist += 12 }
            else if ctx.isWord(k, "and") { dist += 6 }
        }
        return dist
    }
}
