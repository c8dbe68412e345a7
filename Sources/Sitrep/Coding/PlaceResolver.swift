import Foundation

/// Chooses one gazetteer entry for each place mention, by the report's country, feature words
/// around the name ("territory", "mine", "town of"), population and kind.
enum PlaceResolver {
    /// Capitalised words that are never places in running text (months, weekdays, function words).
    static let stopwords: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "to", "the", "a", "an",
        "in", "on", "at", "of", "and", "or", "but", "as", "by", "for", "from", "with", "we", "he", "she", "it", "they", "our", "his", "her",
        "this", "that", "these", "those", "no", "not", "all", "some", "many", "most", "more", "one", "two", "new", "old", "north", "south",
        "east", "west", "central", "eastern", "western", "northern", "southern", "president", "union", "army", "police", "god", "islam",
        "christian", "muslim", "reuters", "media", "radio", "tv", "news", "live", "update", "metal", "exchange", "security", "council", "good", "morning"]
    /// Capitalised words that open an organisation's name ("Radio Amani", "Hotel Ihusi").
    static let organisationWords: Set<String> = ["radio", "hotel", "university", "bank", "stadium", "club", "network", "foundation", "airlines", "institute", "hospital"]
    /// Words before a name that make it a place reference.
    static let locatives: Set<String> = ["in", "at", "near", "from", "to", "into", "towards", "toward", "around", "outside", "of", "on", "through",
        "via", "across", "inside", "village", "town", "city", "locality", "reached", "entered", "captured", "seized", "took", "fled", "left", "between", "and", "beyond", "north", "south", "east", "west"]
    /// "Bisie mine": words after a name that make it a site.
    static let siteWords: [StaticString] = ["mine", "airport", "camp"]
    // Word lists read for every place mention, built once: a list literal in the loop was allocated on each read.
    /// "Goma, in North Kivu": words that open an apposition after a place and its comma.
    static let appositionStarts: [StaticString] = ["in", "near", "a", "the"]
    /// "the territory of Masisi".
    static let unitNouns: [StaticString] = ["territory", "province", "district"]
    /// "the town of Sake".
    static let settlementNouns: [StaticString] = ["town", "city", "village", "locality"]
    /// "the town Sake".
    static let townNouns: [StaticString] = ["town", "village", "city"]
    /// Feature words after a name, by the kind of entry they favour.
    static let adminTwoWords: Set<String> = ["territory", "district", "territoire", "township"]
    static let adminOneWords: Set<String> = ["province", "region", "state", "oblast", "department", "governorate"]
    static let siteFeatureWords: Set<String> = ["mine", "airport", "camp", "site", "mines", "concession"]
    static let townFeatureWords: Set<String> = ["town", "city", "village"]
    /// Countries whose places a Congo story often names.
    static let greatLakes: [String] = ["COD", "RWA", "UGA", "BDI"]
    /// Words after a name that make it a place reference.
    static let placeWords: Set<String> = ["territory", "province", "district", "town", "city", "village", "region", "state", "mine", "airport", "camp", "site", "area", "township", "department", "oblast", "locality", "border", "axis", "road"]

    /// A small or distant place that needs a locative word before it to count ("in Ntoyo"), because
    /// such names are often people's names or ordinary words.
    static func isWeak(_ p: PlaceTraits, docCountry: Int32?) -> Bool {
        switch p.kind {
        case .country, .feature: return false
        case .admin1: return p.fromWorld && p.country != docCountry
        case .admin2: return p.population == 0 && p.country != docCountry
        case .site: return true
        case .populatedPlace:
            if p.population >= 1_000_000 { return false }
            if p.fromWorld { return p.country != docCountry || p.population < 100_000 }
            return p.population == 0
        }
    }

    /// Fills `ctx.placeOf` and `ctx.country`.
    static func resolve(_ ctx: inout DocumentContext) {
        // Candidates and traits are read many times per mention: through raw views, each read
        // costs no retain and release of the arrays.
        let places = ctx.placeTable
        ctx.candidatePool.withUnsafeBufferPointer { pool in
            places.traits.withUnsafeBufferPointer { traits in
                resolve(&ctx, places: places, pool: pool, traits: traits)
            }
        }
    }

    private static func resolve(_ ctx: inout DocumentContext, places: PlaceTable, pool: UnsafeBufferPointer<Int32>, traits: UnsafeBufferPointer<PlaceTraits>) {
        func candidates(of m: Mention) -> Slice<UnsafeBufferPointer<Int32>> { pool[Int(m.pool.lowerBound)..<Int(m.pool.upperBound)] }
        // The report's country: votes of unambiguous place mentions and of actors, by country
        // number; the few actor countries without a gazetteer entry vote by code. A report names
        // a handful of countries, so the votes are a short list searched in place.
        var votes: [(country: Int32, votes: Double)] = []
        func vote(_ c: Int32, _ weight: Double) {
            if let k = votes.firstIndex(where: { $0.country == c }) { votes[k].votes += weight } else { votes.append((c, weight)) }
        }
        var otherVotes: [String: Double] = [:]
        var countries: [Int32] = []
        countries.reserveCapacity(8)
        votes.reserveCapacity(8)
        let leadEnd = ctx.doc.sentences.first?.tokens.upperBound ?? 0
        var placeMentions = 0
        for ms in ctx.mentions {
            for m in ms {
                switch m.kind {
                case .place:
                    placeMentions += 1
                    // The dateline and lead say most about where a report is; an ambiguous name
                    // splits its vote between its candidates' countries.
                    countries.removeAll(keepingCapacity: true)
                    for cand in candidates(of: m) where !countries.contains(traits[Int(cand)].country) { countries.append(traits[Int(cand)].country) }
                    let weight = (m.first == 0 ? 3.0 : m.first < leadEnd ? 2.0 : 1.0) / Double(countries.count)
                    for c in countries { vote(c, weight) }
                case .actor:
                    // Named actors only: "the army" says nothing about the country yet.
                    guard ctx.doc.tokens[m.first].capitalized else { break }
                    let number = ctx.actors.traits(m.actor).countryNumber
                    if number >= 0 { vote(number, 0.5) } else if number == -2, let c = ctx.actors[m.actor].country {
                        if let n = places.number(c) { vote(n, 0.5) } else { otherVotes[c, default: 0] += 0.5 }
                    }
                default: break
                }
            }
        }
        // The most votes; on a tie, the first code in alphabetical order.
        var best: (code: String, votes: Double)?
        for (n, v) in votes {
            let code = places.codes[Int(n)]
            if best == nil || v > best!.votes || v == best!.votes && code < best!.code { best = (code, v) }
        }
        for (code, v) in otherVotes where best == nil || v > best!.votes || v == best!.votes && code < best!.code { best = (code, v) }
        ctx.country = best?.code

        // First pass: which mentions are plausible places, and in what context.
        // `next` is the token of the feature word after the name ("Bisie mine", "Masisi territory").
        struct Candidate { let mention: Mention; let locative: Bool; let glued: Bool; let next: Int }
        var plausible: [Candidate] = []
        plausible.reserveCapacity(placeMentions)  // one allocation, not one per doubling
        var acceptedWeak = IntMap(capacity: 16)  // phrase node → 1
        for ms in ctx.mentions {
            for m in ms where m.kind == .place {
                if m.first == m.last, ctx.has(m.first, .placeStopword) || ctx.has(m.first, .demonym) { continue }
                // A name inside an organisation's name is not a place ("African Union", "Radio Amani");
                // a country inside a government's name ("Angola's government") still is.
                if ms.contains(where: { a in a.kind == .actor && a.first <= m.first && a.last >= m.last && (a.last - a.first) > (m.last - m.first)
                    && !ctx.actors.traits(a.actor).isGovernment }) { continue }
                if m.first > 0, ctx.doc.tokens[m.first - 1].capitalized, ctx.has(m.first - 1, .organisationWord) { continue }
                let locative = ctx.isWord(m.last + 2, oneOf: siteWords) || ctx.has(m.first - 1, .locative) || (ctx.has(m.first - 2, .locative) && ctx.isWord(m.first - 1, "the"))
                    || ctx.has(m.last + 1, .placeWord) || (ctx.isWord(m.last + 1, ",") && ctx.isWord(m.last + 2, oneOf: appositionStarts)) || ms.contains(where: { $0.kind == .trigger && $0.last == m.first - 1 })
                var next = m.last + 1
                if !ctx.isWord(m.last + 1, oneOf: siteWords), ctx.isWord(m.last + 2, oneOf: siteWords) { next = m.last + 2 }
                // "Abu Shouk", "Beni Mukwege": a short name glued to an unknown capitalised word is part of another name.
                let nextToken = m.last + 1 < ctx.doc.tokens.count ? ctx.doc.tokens[m.last + 1] : nil
                let glued = nextToken.map { $0.kind == .word && $0.capitalized && !ctx.has(m.last + 1, .placeWord) } ?? false
                    && !ms.contains(where: { $0.first == m.last + 1 })
                if locative, !glued { acceptedWeak[Int(m.phrase)] = 1 }
                plausible.append(Candidate(mention: m, locative: locative, glued: glued, next: next))
            }
        }
        // The report's centre: unambiguous towns, so that a village name shared by several villages
        // resolves to the one near the story.
        let docCountry = places.number(ctx.country)
        var sumLat = 0.0, sumLon = 0.0, n = 0.0
        for c in plausible where c.mention.candidateCount == 1 {
            let p = traits[Int(c.mention.primary)]
            if p.kind.isLocality, p.country == docCountry { sumLat += p.lat; sumLon += p.lon; n += 1 }
        }
        let centre: (Double, Double)? = n > 0 ? (sumLat / n, sumLon / n) : nil

        // Second pass: choose an entry for each mention.
        var siteByName = IntMap()
        let congoStory = ctx.country == "COD"
        // Per candidate of the mention at hand, its distance from the centre (when several towns share the name).
        var distances: [Double] = []
        distances.reserveCapacity(16)
        for c in plausible {
            let m = c.mention
            let allowWeak = !c.glued && (c.locative || acceptedWeak[Int(m.phrase)] != nil)
            var best: (Int, Double)?
            // Several towns or villages share the name: the one nearest the story wins among them.
            let towns = candidates(of: m).count(where: { traits[Int($0)].kind.isLocality })
            var nearest = 0.0
            let nearStory = centre != nil && towns > 1
            if let centre, nearStory {
                nearest = .infinity
                distances.removeAll(keepingCapacity: true)
                for cand in candidates(of: m) {
                    let p = traits[Int(cand)]
                    let d = p.kind.isLocality ? GeoMath.distanceKm(centre.0, centre.1, p.lat, p.lon) : 0
                    if p.kind.isLocality { nearest = min(nearest, d) }
                    distances.append(d)
                }
            }
            // The words around the name favour one kind of entry; read them once, not per candidate.
            var featureKind: PlaceKind?, featureBonus = 0.0
            if ctx.has(c.next, .adminTwoWord) { featureKind = .admin2; featureBonus = 50 }
            else if ctx.has(c.next, .adminOneWord) { featureKind = .admin1; featureBonus = 50 }
            else if ctx.has(c.next, .siteWord) { featureKind = .site; featureBonus = 50 }
            else if ctx.has(c.next, .townWord) { featureKind = .populatedPlace; featureBonus = 20 }
            let ofUnit = ctx.isWord(m.first - 1, "of") && ctx.isWord(m.first - 2, oneOf: unitNouns)
            let townWord = (ctx.isWord(m.first - 1, "of") && ctx.isWord(m.first - 2, oneOf: settlementNouns))
                || ctx.isWord(m.first - 1, oneOf: townNouns)
            for (k, cand) in candidates(of: m).enumerated() {
                let p = traits[Int(cand)]
                if !allowWeak, isWeak(p, docCountry: docCountry) { continue }
                var s: Double
                switch p.kind {
                case .country: s = 60
                case .admin1: s = p.fromDRCAdmin ? 45 : 40
                case .feature: s = 40
                case .populatedPlace: s = 30 + min(20, Double(decimalDigits(p.population)) * 2.5 * (p.population > 0 ? 1 : 0))
                case .admin2: s = 28
                case .site: s = 22
                }
                if p.country == docCountry { s += 25 }
                if congoStory, p.greatLakes { s += 5 }
                if p.fromWorld, p.population >= 1_000_000 { s += 10 }
                if nearStory, p.kind.isLocality, p.population < 100_000 {
                    s -= min(20, (distances[k] - nearest) / 25)
                }
                if p.kind == featureKind { s += featureBonus }
                if ofUnit, p.kind == .admin2 || p.kind == .admin1 { s += 50 }
                if townWord, p.kind == .populatedPlace { s += 20 }
                if best == nil || s > best!.1 { best = (Int(cand), s) }
            }
            if let b = best {
                ctx.placeOf[m.first] = b.0
                if traits[b.0].kind == .site { siteByName[Int(m.phrase)] = b.0 }
            }
        }
        // A mine named once as a mine is that mine wherever the report names it again.
        for c in plausible where !siteByName.isEmpty {
            guard let site = siteByName[Int(c.mention.phrase)] else { continue }
            if candidates(of: c.mention).contains(Int32(site)) { ctx.placeOf[c.mention.first] = site }
        }
    }

    /// The number of decimal digits of a positive number (as `String(n).count`, without the string).
    static func decimalDigits(_ n: Int) -> Int {
        var digits = 1, rest = n
        while rest >= 10 { rest /= 10; digits += 1 }
        return digits
    }
}
