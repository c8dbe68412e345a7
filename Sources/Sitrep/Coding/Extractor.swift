/// The extraction pipeline for one read document: match, resolve places, code events and figures,
/// fuse repeats, and build the codebook record.
public struct Extractor: Sendable {
    /// The knowledge matched against.
    public let knowledge: KnowledgeBase
    private let matcher: Matcher
    private let coder: EventCoder
    private let cueTable: CueTable
    private let actorTraits: [ActorTraits]
    private let placeTable: PlaceTable

    /// An extractor over `knowledge` (the shipped data by default).
    public init(knowledge: KnowledgeBase = .shared) {
        self.knowledge = knowledge
        matcher = Matcher(knowledge: knowledge)
        coder = EventCoder(kb: knowledge)
        cueTable = CueTable(demonyms: knowledge.demonyms)
        let placeTable = PlaceTable(places: knowledge.places, greatLakes: PlaceResolver.greatLakes)
        actorTraits = knowledge.actors.map { a in ActorTraits(a, countryNumber: a.country.map { placeTable.number($0) ?? -2 } ?? -1) }
        self.placeTable = placeTable
    }

    /// Extracts events, figures and places. Complexity: O(n) in the document's length.
    public func extract(_ doc: ReadDocument) -> ExtractionRecord {
        let kb = knowledge
        var ctx = DocumentContext(doc: doc, kb: kb, cueTable: cueTable, actorTraits: actorTraits, placeTable: placeTable)
        let resolver = DateResolver(published: doc.header.published)
        (ctx.mentions, ctx.candidatePool) = matcher.mentions(in: doc)
        registerIntroducedOrganisations(&ctx)
        ctx.dates = doc.sentences.map { resolver.dates(in: doc, sentence: $0, cues: ctx.cues) }
        PlaceResolver.resolve(&ctx)
        for s0 in doc.sentences.prefix(3) {
            guard let m = ctx.mentions[s0.index].first(where: { $0.kind == .place && $0.first == s0.tokens.lowerBound }) else { continue }
            if doc.tokens[s0.tokens.lowerBound].allCaps || ctx.isWord(m.last + 1, oneOf: [",", "/"]) && (s0.tokens.prefix(14).contains(where: { ctx.isWord($0, "-") }) || !ctx.dates[s0.index].isEmpty) {
                ctx.dateline = ctx.placeOf[m.first]; ctx.datelineToken = m.first; break
            }
        }

        resolveGenericForces(&ctx)
        findBackers(&ctx)
        var events: [CodedEvent] = []
        events.reserveCapacity(16)  // most reports code fewer: one allocation instead of a growth at each doubling
        var figures: [Figure] = []
        figures.reserveCapacity(8)
        var lastPlace: Int?
        var lastDate: DateMention?
        var paragraph = -1
        for s in doc.sentences {
            if s.paragraph != paragraph { paragraph = s.paragraph; lastDate = nil }
            // The sentence's lists, read once (each read of the context's arrays costs a retain and a release).
            let ms = ctx.mentions[s.index], ds = ctx.dates[s.index]
            let sentencePlace = ms.last { $0.kind == .place && ctx.placeOf[$0.first].map { ctx.placeTable.traits[$0].kind.isLocality } == true }
                .flatMap { ctx.placeOf[$0.first] }
            let firstFigure = figures.count
            for f in FigureExtractor.figures(doc, cues: ctx.cues, sentence: s, previous: s.index > 0 ? doc.sentences[s.index - 1] : nil, dates: ds) {
                let date = ds.first?.start ?? lastDate?.start ?? doc.header.published
                figures.append(Figure(kind: f.kind, value: f.count.value, qualifier: f.count.qualifier, subject: f.subject,
                                      location: ms.first(where: { $0.kind == .place && ctx.placeOf[$0.first] != nil }).flatMap { ctx.placeOf[$0.first] }, date: date, attributedTo: attribution(ctx, s),
                                      sentence: s.index, start: doc.fileOffset(Int(doc.tokens[f.count.first].start)), end: doc.fileOffset(s.end),
                                      subset: f.subset))
            }
            let firstEvent = events.count
            coder.events(&ctx, sentence: s, figures: figures[firstFigure...], lastPlace: lastPlace, lastDate: lastDate, into: &events)
            if let p = events[firstEvent...].last(where: { $0.type == .political }) { ctx.lastPolitical = p }
            // The subject of a sentence is the likeliest referent of the next "the rebels".
            if let m = ms.first(where: { $0.kind == .actor && ctx.actors.traits($0.actor).isNonStateArmed }) {
                ctx.lastNonState = m.actor
            }
            if let m = ms.first(where: { $0.kind == .actor && ctx.actors.traits($0.actor).isRebelGroup }) {
                ctx.lastRebel = m.actor
            }
            if let p = sentencePlace { lastPlace = p }
            if let d = ds.last { lastDate = d }
        }
        return record(ctx, events: EventFusion.fuse(consume events), figures: dedupe(figures))
    }

    /// "Justice for Ituri Network (JIN)": an organisation the registry lacks, introduced with its
    /// acronym, becomes an actor of this report under the acronym, and every later "JIN" names it.
    private func registerIntroducedOrganisations(_ ctx: inout DocumentContext) {
        let doc = ctx.doc
        var acronyms: [String: Int] = [:]
        for s in doc.sentences where ctx.cues.sentence(s.index, has: .openParenthesis) {
            let r = s.tokens
            for k in r where ctx.isMark(k, "(") && k + 2 < r.upperBound && ctx.isMark(k + 2, ")") {
                let acr = doc.tokens[k + 1]
                guard acr.kind == .word, acr.allCaps, (2...6).contains(Int(acr.end - acr.start)), k > r.lowerBound else { continue }
                if ctx.mentions[s.index].contains(where: { $0.kind == .actor && $0.first <= k + 1 && $0.last >= k + 1 }) { continue }
                // The long name: capitalised words, with small connectors between them.
                var first = k
                var capitals = 0
                var j = k - 1
                while j >= r.lowerBound {
                    let t = doc.tokens[j]
                    if t.kind == .word, t.capitalized { capitals += 1; first = j; j -= 1; continue }
                    if ctx.isWord(j, oneOf: ["of", "for", "the", "and", "de", "du", "des", "pour", "la", "le", "on", "in"]), j > r.lowerBound, doc.tokens[j - 1].capitalized { j -= 1; continue }
                    break
                }
                if ctx.isWord(first, "the"), first + 1 < k { first += 1; capitals -= 1 }
                guard capitals >= 2 else { continue }
                let name = doc.tokenText(k + 1)
                if knowledge.actor(named: name) != nil { continue }
                let idx = ctx.actors.localIndex(named: name) ?? ctx.actors.add(Actor(name: name, kind: "Other", country: nil, acledName: nil, seat: nil))
                acronyms[name] = idx
                ctx.mentions[s.index].removeAll { $0.kind == .actor && $0.first >= first && $0.last <= k - 1 }
                ctx.mentions[s.index].append(Mention(kind: .actor, first: first, last: k - 1, only: Int32(idx), pool: &ctx.candidatePool))
            }
        }
        guard !acronyms.isEmpty else { return }
        for s in doc.sentences {
            var added = false
            for k in s.tokens where doc.tokens[k].allCaps {
                guard let idx = acronyms[doc.tokenText(k)], !ctx.isWord(k - 1, "(") else { continue }
                if ctx.mentions[s.index].contains(where: { $0.kind == .actor && $0.first <= k && $0.last >= k }) { continue }
                ctx.mentions[s.index].append(Mention(kind: .actor, first: k, last: k, only: Int32(idx), pool: &ctx.candidatePool))
                added = true
            }
            if added || ctx.cues.sentence(s.index, has: .openParenthesis) {
                ctx.mentions[s.index].sort { ($0.first, $0.kind.rawValue) < ($1.first, $1.kind.rawValue) }
            }
        }
    }

    /// "the army", "government troops", "police": the forces of the report's country, or no one
    /// when the registry does not know that country's forces.
    private func resolveGenericForces(_ ctx: inout DocumentContext) {
        let country = ctx.country ?? "COD"
        let army = knowledge.stateForce(of: country), police = knowledge.police(of: country)
        /// nil: the mention stays; .some(nil): it goes; .some(x): actor x replaces it.
        func replacement(_ m: Mention) -> Int?? {
            guard m.kind == .actor else { return .none }
            // "WASHINGTON (Wire) -": a dateline names a city, not an actor.
            if m.first == ctx.datelineToken { return .some(nil) }
            // Generic names have at most two words and end in a force noun; other mentions need no joined text.
            guard m.last - m.first <= 1, ctx.has(m.last, .forceNoun) else { return .none }
            let text = m.first == m.last ? ctx.w(m.first) : ctx.w(m.first) + " " + ctx.w(m.last)
            let target: Int?
            if Lexicon.genericForces.contains(text) { target = army }
            else if text == "police" || text == "the police" { target = police }
            else { return .none }
            return .some(target)
        }
        // One pass per sentence; a new list only from the first mention that changes. A sentence
        // with no force noun and no dateline has nothing to change, which its cue mask tells.
        for si in ctx.mentions.indices {
            guard ctx.cues.sentence(si, has: .forceNoun) || ctx.doc.sentences[si].tokens.contains(ctx.datelineToken) else { continue }
            let mentions = ctx.mentions[si]
            var list: ArraySlice<Mention>?
            for (k, m) in zip(mentions.indices, mentions) {
                guard let target = replacement(m) else { list?.append(m); continue }
                if list == nil { list = mentions[..<k] }
                if let target { list!.append(Mention(kind: .actor, first: m.first, last: m.last, only: Int32(target), pool: &ctx.candidatePool)) }
            }
            if let list { ctx.mentions[si] = list }
        }
    }

    /// "X-backed Y" and "Y ... support from X troops" give Y a backer for its violent acts.
    private func findBackers(_ ctx: inout DocumentContext) {
        let kb = knowledge
        var lastGroup: Int?
        for (si, ms) in ctx.mentions.enumerated() {
            defer { if let g = ms.last(where: { $0.kind == .actor && ctx.actors.traits($0.actor).isNonStateArmed }) { lastGroup = g.actor } }
            let s = ctx.doc.sentences[si]
            guard ctx.cues.sentence(si, has: .supportCue) else { continue }
            for m in ms where m.kind == .actor || m.kind == .place {
                guard ctx.isWord(m.last + 1, "-"), ctx.has(m.last + 2, .backing) else { continue }
                let country = m.kind == .actor ? ctx.actors[m.actor].country : kb.places[Int(m.primary)].country
                guard let country, let force = kb.stateForce(of: country) else { continue }
                if let backed = ms.first(where: { $0.kind == .actor && $0.first > m.last + 2 && $0.first <= m.last + 4 }) {
                    ctx.backers[backed.actor] = ctx.backers[backed.actor] ?? force
                }
            }
            guard s.tokens.contains(where: { ctx.isWord($0, oneOf: ["support", "supported", "backing", "backed", "alongside"]) }) else { continue }
            let actors = ms.filter { $0.kind == .actor }.map(\.actor)
            let forces = actors.filter { ctx.actors.traits($0).isArmedForce && ctx.actors[$0].country != nil && ctx.actors[$0].country != ctx.country }
            var groups = actors.filter { ctx.actors.traits($0).isNonStateArmed }
            if groups.isEmpty, let last = lastGroup { groups = [last] }
            if let f = forces.first { for g in groups { ctx.backers[g] = f } }
        }
    }

    /// Who a figure is attributed to: "according to X", or the actor just before "said" and its kin
    /// (`Lexicon.attributionVerbs`). Sentences without those words are told by their cue mask.
    private func attribution(_ ctx: DocumentContext, _ s: Sentence) -> String? {
        let r = s.tokens
        if ctx.cues.sentence(s.index, has: .according) {
            for i in r where ctx.has(i, .according) && ctx.isWord(i + 1, "to") {
                if let m = ctx.mentions[s.index].first(where: { $0.kind == .actor && $0.first >= i + 2 && $0.first <= i + 4 }) {
                    return ctx.actors.name(m.actor)
                }
                // No actor named: the words themselves, read only now.
                var words: [String] = []
                var k = i + 2
                while k < r.upperBound, ctx.doc.tokens[k].kind == .word, words.count < 6 {
                    words.append(ctx.doc.tokenText(k)); k += 1
                }
                let text = words.drop { ["the", "a", "an"].contains($0.lowercased()) }.joined(separator: " ")
                return text.isEmpty ? nil : text
            }
        }
        guard ctx.cues.sentence(s.index, has: .attributionVerb) else { return nil }
        for i in r where ctx.has(i, .attributionVerb) {
            if let m = ctx.mentions[s.index].last(where: { $0.kind == .actor && $0.last < i && $0.last >= i - 2 }) {
                return ctx.actors.name(m.actor)
            }
        }
        return nil
    }

    /// Drops a figure that repeats an earlier one: same kind and value, and a subject that names the same people.
    private func dedupe(_ figures: [Figure]) -> [Figure] {
        if figures.count < 2 { return figures }
        // Each list sized once for every figure, rather than grown from empty a step at a time.
        var kept: [Figure] = []
        kept.reserveCapacity(figures.count)
        /// The people each kept figure names, worked out the first time a repeat is suspected.
        var keptPeople: [Set<String>?] = []
        keptPeople.reserveCapacity(figures.count)
        func people(_ s: String?) -> Set<String> {
            Set((s ?? "people").lowercased().split(separator: " ").map { w in
                ["people", "individuals", "persons", "civilians", "residents", "displaced", "inhabitants"].contains(String(w)) ? "people" : String(w)
            })
        }
        // A figure repeats one with the same kind and value (by bit pattern: equal exactly when
        // their decimal texts are). Kept figures are chained through `next` by a hash of the two,
        // and the walk skips the few of another kind or value that share it.
        func bucket(_ f: Figure) -> Int {
            Int(truncatingIfNeeded: (FNV1a.hash(f.kind.utf8) ^ f.value.bitPattern &* 0x9E37_79B9_7F4A_7C15) >> 1)
        }
        var firstIn = IntMap(capacity: figures.count)
        var next: [Int] = []
        next.reserveCapacity(figures.count)
        for f in figures {
            let key = bucket(f)
            if let first = firstIn[key] {
                var mine: Set<String>?
                var k = first, repeated = false, last = first
                while k >= 0 {
                    if kept[k].kind == f.kind, kept[k].value.bitPattern == f.value.bitPattern {
                        if mine == nil { mine = people(f.subject) }
                        if keptPeople[k] == nil { keptPeople[k] = people(kept[k].subject) }
                        if !keptPeople[k]!.isDisjoint(with: mine!) { repeated = true; break }
                    }
                    last = k
                    k = next[k]
                }
                if repeated { continue }
                next[last] = kept.count
            } else {
                firstIn[key] = kept.count
            }
            next.append(-1)
            kept.append(f)
            keptPeople.append(nil)
        }
        return kept
    }

    private func record(_ ctx: DocumentContext, events: [CodedEvent], figures: [Figure]) -> ExtractionRecord {
        let kb = knowledge, doc = ctx.doc
        let docID = StableID.make(bytes: doc.text)
        let evs: [ExtractionRecord.Event] = events.map { e in
            let p = e.location.map { kb.places[$0] }
            let name = { (i: Int?) in i.map { ctx.actors.name($0) } }
            let actor1 = name(e.actor1), actor2 = name(e.actor2)
            let date = e.date?.description
            let dateEnd = e.dateEnd == nil || e.dateEnd == e.date ? date : e.dateEnd?.description
            var id = StableID.Builder(docID)
            id.add(e.subType.rawValue); id.add(p?.name ?? ""); id.add(date ?? ""); id.add(actor1 ?? ""); id.add(actor2 ?? "")
            return ExtractionRecord.Event(
                id: id.text, type: e.type.rawValue, subType: e.subType.rawValue, actor1: actor1, assocActor1: e.assocActor1.map { ctx.actors.name($0) },
                actor2: actor2, assocActor2: e.assocActor2.map { ctx.actors.name($0) }, location: p?.name, country: p?.country,
                admin1: p?.admin1, admin2: p?.admin2, lat: p?.lat, lon: p?.lon, geoPrecision: p == nil ? nil : e.geoPrecision,
                date: date, dateEnd: dateEnd, timePrecision: e.date == nil ? nil : e.timePrecision,
                fatalities: e.fatalities, control: e.control?.rawValue, status: e.status.rawValue, background: e.background, plover: e.plover,
                confidence: e.confidence, evidence: e.evidence)
        }
        let figs = figures.map { f in
            ExtractionRecord.Figure(kind: f.kind, value: f.value, qualifier: f.qualifier, subject: f.subject,
                                    location: f.location.map { kb.places[$0].name }, date: f.date?.description,
                                    attributedTo: f.attributedTo, evidence: [Evidence(sentence: f.sentence, start: f.start, end: f.end)])
        }
        // Room for the places of most reports, so the map rarely grows.
        var order: [Int] = []
        order.reserveCapacity(16)
        var counts = IntMap(capacity: 16)
        for ms in ctx.mentions {
            for m in ms where m.kind == .place {
                guard let p = ctx.placeOf[m.first] else { continue }
                let seen = counts[p] ?? 0
                if seen == 0 { order.append(p) }
                counts[p] = seen + 1
            }
        }
        let places = order.map { i in
            let p = kb.places[i]
            return ExtractionRecord.Place(name: p.name, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, kind: p.kind.rawValue, mentions: counts[i] ?? 0)
        }
        let h = doc.header
        return ExtractionRecord(
            document: .init(id: docID, file: doc.file, title: h.title, published: h.published?.description, outlet: h.outlet, url: h.url, sentences: doc.sentences.count),
            events: evs, figures: figs, places: places)
    }
}
