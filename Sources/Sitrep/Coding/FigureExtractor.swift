/// Finds reported counts of people and decides what they count (killed, displaced, troops, ...).
struct FigureExtractor {
    /// Words that say what happened to the people counted, strongest first.
    static let harmCues: [(kind: String, words: Set<String>)] = [
        ("killed", ["killed", "killing", "kill", "dead", "died", "deaths", "death", "bodies", "lives", "massacred", "slain", "perished", "fatalities", "executed", "murdered", "neutralised", "neutralized", "victims"]),
        ("injured", ["wounded", "injured", "wounding", "injuring", "injuries", "hurt"]),
        ("abducted", ["abducted", "kidnapped", "abductees", "hostages", "abducting", "kidnapping"]),
        ("arrested", ["arrested", "detained", "detainees", "arresting", "detaining"]),
        ("refugees", ["refugees", "crossed", "crossing", "asylum"]),
        ("displaced", ["displaced", "fled", "flee", "fleeing", "uprooted", "displacing", "homeless", "sheltering"]),
    ]
    /// Nouns that say who is counted when nothing happened to them.
    static let nounCues: [(kind: String, words: Set<String>)] = [
        ("other", ["cholera", "cases", "protesters", "inmates", "prisoners", "demonstrators", "escaped", "freed", "protest", "streets"]),
        ("fighters", ["fighters", "militants", "combatants", "gang", "insurgents", "jihadists", "militiamen", "assailants", "attackers", "rebels"]),
        ("troops", ["troops", "soldiers", "peacekeepers", "personnel", "servicemen", "police", "officers", "guards", "bodyguards"]),
    ]
    static let disease: Set<String> = ["cholera", "disease", "outbreak", "epidemic", "measles", "ebola", "mpox"]
    static let nonPeople: Set<String> = ["%", "percent", "per", "km", "kilometres", "kilometers", "miles", "metres", "meters", "tonnes", "tons", "dollars",
                                          "usd", "$", "years", "year", "days", "day", "hours", "hour", "weeks", "week", "months", "month", "minutes", "kg",
                                          "euros", "francs", "times", "provinces", "territories", "countries", "villages", "towns", "km2", "mw", "sq",
                                          "trucks", "vehicles", "schools", "homes", "houses", "shelters", "tonne", "ton", "points", "o'clock", "am", "pm",
                                          "districts", "buildings", "a.m", "p.m", "decades", "centuries"]

    /// A figure found in a sentence, before it gets its place and date.
    struct Found { let count: CountPhrase; let kind: String; let subject: String?; var subset = false }

    /// Figures of one sentence; `dateTokens` are tokens already read as dates.
    static func figures(_ doc: ReadDocument, sentence: Sentence, previous: Sentence?, dateTokens: Set<Int>) -> [Found] {
        var out: [Found] = []
        let r = sentence.tokens
        var i = r.lowerBound
        func w(_ k: Int) -> String { r.contains(k) ? doc.foldedText(k) : "" }
        func isStop(_ k: Int) -> Bool { doc.tokens[k].kind == .punct && [46, 59, 58].contains(doc.text[Int(doc.tokens[k].start)]) }
        var diseaseChecked = false, nearbyDisease = false
        while i < r.upperBound {
            let tok = doc.tokens[i]
            if tok.kind == .punct { i += 1; continue }
            if tok.kind == .word {
                let first = doc.folded[Int(tok.foldedStart)], len = tok.foldedEnd - tok.foldedStart
                if len > 9 || !NumberReader.startBytes[Int(first)] || !NumberReader.startWords.contains(w(i)) { i += 1; continue }
            }
            if dateTokens.contains(i) { i += 1; continue }
            guard let c = NumberReader.read(doc, at: i, in: r) else { i += 1; continue }
            defer { i = max(i + 1, c.last + 1) }
            let next = w(c.last + 1)
            if next == ":" || w(i - 1) == ":" || nonPeople.contains(next) || w(i - 1) == "$" || w(i - 1) == "no" || w(i - 1) == "rn" { continue }
            if ["a", "p"].contains(next), w(c.last + 2) == "." { continue }
            if w(i) == "one", next == "of" { continue }
            if doc.tokens[i].kind == .number, c.value >= 1900, c.value <= 2100, c.last == i, c.first == i, !doc.foldedText(i).contains(",") { continue }
            if next == "-", nonPeople.contains(w(c.last + 2)) { continue }
            if doc.tokens[i].kind == .number, doc.foldedText(i).contains("."), c.last == i { continue }
            // Words after the number to the end of the clause, and before it back to the clause start.
            var after: [String] = []
            var j = c.last + 1
            while j < r.upperBound, j <= c.last + 20, !isStop(j) { after.append(w(j)); j += 1 }
            var before: [String] = []
            j = c.first - 1
            while j >= r.lowerBound, j >= c.first - 8, !isStop(j), w(j) != "," || before.isEmpty { before.append(w(j)); j -= 1 }
            var kind: String?
            var subset = false
            // A harm word right after the number decides ("and 367 wounded"), then a harm verb right before it ("killing two").
            let adjective = ["people", "persons", "civilians", "families", "residents", "children", "women"].contains(w(c.last + 2))
            for (k, cues) in harmCues where cues.contains(next) && !adjective { kind = kind ?? k }
            for wd in before.prefix(2) where kind == nil { for (k, cues) in harmCues where cues.contains(wd) { kind = kind ?? k } }
            // "among them nine children", "and two teachers": the kind of the count just before.
            if kind == nil, let prev = out.last {
                let gap = c.first - prev.count.last
                if before.prefix(3).contains(where: { ["including", "among"].contains($0) }) && gap <= 14 { kind = prev.kind; subset = true }
                if before.prefix(2).contains("and") && gap <= 4 { kind = prev.kind }
                if ["them", "whom"].contains(next) || (next == "of" && ["them", "whom"].contains(w(c.last + 2))) { kind = prev.kind; subset = true }
            }
            if kind == nil, before.contains("toll") || (before.contains("number") && before.contains { harmCues[0].words.contains($0) }) { kind = "killed" }
            if kind == nil {
                var bestAt = Int.max
                for (k, cues) in harmCues { if let at = after.firstIndex(where: { cues.contains($0) }), at < bestAt { bestAt = at; kind = k } }
                // Soldiers who crossed or fled are still troops: movement does not make refugees of them.
                if kind == "refugees" || kind == "displaced",
                   let noun = nounCues.first(where: { $0.kind != "other" && after.prefix(3).contains(where: $0.words.contains) }) {
                    kind = noun.kind
                }
            }
            if kind == nil {
                for (k, cues) in nounCues where after.prefix(5).contains(where: { cues.contains($0) }) { kind = k; break }
            }
            if kind == nil {
                for (k, cues) in nounCues where before.prefix(4).contains(where: { cues.contains($0) }) { kind = k; break }
            }
            guard var kind else { continue }
            if kind == "killed" {
                if !diseaseChecked {
                    diseaseChecked = true
                    nearbyDisease = r.contains { disease.contains(doc.foldedText($0)) } || (previous?.tokens.contains { disease.contains(doc.foldedText($0)) } ?? false)
                }
                if nearbyDisease { kind = "other" }
            }
            var subjectWords: [String] = []
            for k in (c.last + 1)..<min(r.upperBound, c.last + 5) {
                let t = doc.tokens[k]
                if t.kind != .word { break }
                let s = doc.tokenText(k)
                if ["were", "was", "have", "had", "who", "killed", "died", "in", "at", "on", "from", "and", "are", "fled", "been"].contains(s.lowercased()) { break }
                subjectWords.append(s)
            }
            out.append(Found(count: c, kind: kind, subject: subjectWords.isEmpty ? nil : subjectWords.joined(separator: " "), subset: subset))
        }
        return out
    }
}
