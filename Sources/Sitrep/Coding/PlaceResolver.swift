/// Chooses one gazetteer entry for each place mention, by the report's country, feature words
/// around the name ("territory", "mine", "town of"), population and kind.
enum PlaceResolver {
    static let hyphenActorSuffixes: Set<String> = ["backed", "based", "led", "linked", "allied", "supported", "born", "aligned", "brokered", "sponsored", "funded", "era", "hosted", "mediated", "bound"]

    /// Capitalised words that are never places in running text (months, weekdays, function words).
    static let stopwords: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "to", "the", "a", "an",
        "in", "on", "at", "of", "and", "or", "but", "as", "by", "for", "from", "with", "we", "he", "she", "it", "they", "our", "his", "her",
        "this", "that", "these", "those", "no", "not", "all", "some", "many", "most", "more", "one", "two", "new", "old", "north", "south",
        "east", "west", "central", "eastern", "western", "northern", "southern", "president", "union", "army", "police", "god", "islam",
        "christian", "muslim", "reuters", "media", "radio", "tv", "news", "live", "update", "metal", "exchange", "security", "council", "good", "morning"]
    /// Words before a name that make it a place reference.
    static let locatives: Set<String> = ["in", "at", "near", "from", "to", "into", "towards", "toward", "around", "outside", "of", "on", "through",
        "via", "across", "inside", "village", "town", "city", "locality", "reached", "entered", "captured", "seized", "took", "fled", "left", "between", "and", "beyond", "north", "south", "east", "west"]
    /// Words after a name that make it a place reference.
    static let placeWords: Set<String> = ["territory", "province", "district", "town", "city", "village", "region", "state", "mine", "airport", "camp", "site", "area", "township", "department", "oblast", "locality", "border", "axis", "road"]

    /// A small or distant place that needs a locative word before it to count ("in Ntoyo"), because
    /// such names are often people's names or ordinary words.
    static func isWeak(_ p: Place, docCountry: String?) -> Bool {
        switch p.kind {
        case .country, .admin1, .feature: return false
        case .admin2: return p.population == 0 && p.country != docCountry
        case .site: return true
        case .populatedPlace:
            if p.population >= 1_000_000 { return false }
            if p.source == "world" { return p.country != docCountry || p.population < 100_000 }
            return p.population == 0
        }
    }

    /// Fills `ctx.placeOf` and `ctx.country`.
    static func resolve(_ ctx: inout DocumentContext) {
        let kb = ctx.kb
        // The report's country: votes of unambiguous place mentions and of actors.
        var votes: [String: Double] = [:]
        let leadEnd = ctx.doc.sentences.first?.tokens.upperBound ?? 0
        for ms in ctx.mentions {
            for m in ms {
                switch m.kind {
                case .place:
                    // The dateline and lead say most about where a report is; an ambiguous name
                    // splits its vote between its candidates' countries.
                    let cs = Set(m.candidates.map { kb.places[Int($0)].country })
                    let weight = (m.first == 0 ? 3.0 : m.first < leadEnd ? 2.0 : 1.0) / Double(cs.count)
                    for c in cs { votes[c, default: 0] += weight }
                case .actor:
                    // Named actors only: "the army" says nothing about the country yet.
                    if ctx.doc.tokens[m.first].capitalized, let c = kb.actors[Int(m.candidates[0])].country { votes[c, default: 0] += 0.5 }
                default: break
                }
            }
        }
        ctx.country = votes.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        for ms in ctx.mentions {
            for m in ms where m.kind == .place {
                if ctx.w(m.last + 1) == "-", hyphenActorSuffixes.contains(ctx.w(m.last + 2)) { continue }
                if m.first == m.last, stopwords.contains(ctx.w(m.first)) || kb.demonyms.contains(ctx.w(m.first)) { continue }
                // A name inside a longer actor or organisation name is not a place ("African Union").
                if ms.contains(where: { $0.kind == .actor && $0.first <= m.first && $0.last >= m.last && ($0.last - $0.first) > (m.last - m.first) }) { continue }
                let ahead = ctx.w(m.last + 2)
                let locative = ["mine", "airport", "camp"].contains(ahead) || locatives.contains(ctx.w(m.first - 1)) || (locatives.contains(ctx.w(m.first - 2)) && ctx.w(m.first - 1) == "the")
                    || placeWords.contains(ctx.w(m.last + 1)) || (ctx.w(m.last + 1) == "," && ["in", "near", "a", "the"].contains(ctx.w(m.last + 2))) || ms.contains(where: { $0.kind == .trigger && $0.last == m.first - 1 })
                var next = ctx.w(m.last + 1)
                if !["mine", "airport", "camp"].contains(next), ["mine", "airport", "camp"].contains(ctx.w(m.last + 2)) { next = ctx.w(m.last + 2) }
                let prev = ctx.w(m.first - 1), prev2 = ctx.w(m.first - 2)
                var best: (Int, Double)?
                // "Abu Shouk", "Beni Mukwege": a short name glued to an unknown capitalised word is part of another name.
                let nextToken = m.last + 1 < ctx.doc.tokens.count ? ctx.doc.tokens[m.last + 1] : nil
                let glued = nextToken.map { $0.kind == .word && $0.capitalized && !placeWords.contains(ctx.w(m.last + 1)) } ?? false
                    && !ms.contains(where: { $0.first == m.last + 1 })
                for cand in m.candidates {
                    let p = kb.places[Int(cand)]
                    if (!locative || glued), isWeak(p, docCountry: ctx.country) { continue }
                    var s: Double
                    switch p.kind {
                    case .country: s = 60
                    case .admin1: s = p.source == "drc-admin" ? 45 : 40
                    case .feature: s = 40
                    case .populatedPlace: s = 30 + min(20, Double(String(p.population).count) * 2.5 * (p.population > 0 ? 1 : 0))
                    case .admin2: s = 28
                    case .site: s = 22
                    }
                    if p.country == ctx.country { s += 25 }
                    if ["COD", "RWA", "UGA", "BDI"].contains(p.country), ctx.country == "COD" { s += 5 }
                    if p.source == "world", p.population >= 1_000_000 { s += 10 }
                    switch next {
                    case "territory", "district", "territoire", "township": if p.kind == .admin2 { s += 50 }
                    case "province", "region", "state", "oblast", "department", "governorate": if p.kind == .admin1 { s += 50 }
                    case "mine", "airport", "camp", "site", "mines", "concession": if p.kind == .site { s += 50 }
                    case "town", "city", "village": if p.kind == .populatedPlace { s += 20 }
                    default: break
                    }
                    if (prev == "of" && ["territory", "province", "district"].contains(prev2)) { if p.kind == .admin2 || p.kind == .admin1 { s += 50 } }
                    if (prev == "of" && ["town", "city", "village", "locality"].contains(prev2)) || ["town", "village", "city"].contains(prev), p.kind == .populatedPlace { s += 20 }
                    if best == nil || s > best!.1 { best = (Int(cand), s) }
                }
                if let b = best { ctx.placeOf[m.first] = b.0 }
            }
        }
    }
}
