/// Finds reported counts of people and decides what they count (killed, displaced, troops, ...).
struct FigureExtractor {
    static let kindCues: [(kind: String, words: Set<String>)] = [
        ("killed", ["killed", "killing", "kill", "dead", "died", "deaths", "death", "bodies", "lives", "massacred", "slain", "perished", "fatalities", "toll", "executed", "murdered"]),
        ("injured", ["wounded", "injured", "wounding", "injuring", "injuries", "hurt", "casualties"]),
        ("abducted", ["abducted", "kidnapped", "abductees", "hostages", "abducting", "kidnapping"]),
        ("arrested", ["arrested", "detained", "detainees", "arresting", "detaining", "rounded"]),
        ("refugees", ["refugees", "crossed", "crossing", "asylum"]),
        ("displaced", ["displaced", "fled", "flee", "fleeing", "uprooted", "displacement", "homeless", "sheltering", "forced"]),
        ("other", ["cholera", "cases", "protesters", "inmates", "prisoners", "demonstrators", "escaped", "freed"]),
        ("fighters", ["fighters", "militants", "combatants", "gang", "insurgents", "jihadists", "militiamen", "assailants", "attackers"]),
        ("troops", ["troops", "soldiers", "peacekeepers", "personnel", "servicemen", "police", "officers", "guards", "bodyguards"]),
    ]
    static let nonPeople: Set<String> = ["%", "percent", "per", "km", "kilometres", "kilometers", "miles", "metres", "meters", "tonnes", "tons", "dollars",
                                          "usd", "$", "years", "year", "days", "day", "hours", "hour", "weeks", "week", "months", "month", "minutes", "kg",
                                          "euros", "francs", "times", "provinces", "territories", "countries", "villages", "towns", "km2", "mw", "sq",
                                          "trucks", "vehicles", "schools", "homes", "houses", "shelters", "tonne", "ton", "points", "o'clock", "am", "pm"]

    /// Figures of one sentence; `dateTokens` are tokens already read as dates.
    static func figures(_ doc: ReadDocument, sentence: Sentence, dateTokens: Set<Int>) -> [(count: CountPhrase, kind: String, subject: String?)] {
        var out: [(CountPhrase, String, String?)] = []
        let r = sentence.tokens
        var i = r.lowerBound
        func w(_ k: Int) -> String { r.contains(k) ? doc.foldedText(k) : "" }
        while i < r.upperBound {
            if dateTokens.contains(i) { i += 1; continue }
            guard let c = NumberReader.read(doc, at: i, in: r) else { i += 1; continue }
            defer { i = max(i + 1, c.last + 1) }
            let next = w(c.last + 1)
            if next == ":" || w(i - 1) == ":" || nonPeople.contains(next) || w(i - 1) == "$" || w(i - 1) == "no" || w(i - 1) == "rn" { continue }
            if doc.tokens[i].kind == .number, c.value >= 1900, c.value <= 2100, c.last == i { continue }
            if w(c.last + 1) == "-", nonPeople.contains(w(c.last + 2)) { continue }
            if doc.tokens[i].kind == .number, doc.foldedText(i).contains("."), c.last == i { continue }
            // Cues after the number to the end of the clause, and just before it.
            var after: [String] = []
            var j = c.last + 1
            while j < r.upperBound, j <= c.last + 9 {
                let t = doc.tokens[j]
                if t.kind == .punct, [46, 59, 58, 44, 40].contains(doc.text[Int(t.start)]) { break }
                if t.kind == .number { break }
                after.append(w(j)); j += 1
            }
            var before: [String] = []
            j = c.first - 1
            while j >= r.lowerBound, j >= c.first - 4 {
                let t = doc.tokens[j]
                if t.kind == .punct, [46, 59, 58, 44].contains(doc.text[Int(t.start)]) { break }
                before.append(w(j)); j -= 1
            }
            var kind: String?
            // A harm verb right before the number decides ("killing two civilians").
            for wd in before.prefix(2) {
                for (k, cues) in kindCues where cues.contains(wd) && ["killed", "injured", "abducted", "arrested"].contains(k) { kind = kind ?? k }
            }
            if kind == nil, before.contains("toll") { kind = "killed" }
            if kind == nil {
                for (k, cues) in kindCues where after.contains(where: { cues.contains($0) }) { kind = k; break }
            }
            guard let kind else { continue }
            var subjectWords: [String] = []
            for k in (c.last + 1)..<min(r.upperBound, c.last + 5) {
                let t = doc.tokens[k]
                if t.kind != .word { break }
                let s = doc.tokenText(k)
                if ["were", "was", "have", "had", "who", "killed", "died", "in", "at", "on", "from", "and", "are", "fled", "been"].contains(s.lowercased()) { break }
                subjectWords.append(s)
            }
            out.append((c, kind, subjectWords.isEmpty ? nil : subjectWords.joined(separator: " ")))
        }
        return out
    }
}
