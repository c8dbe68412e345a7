/// Finds reported counts of people and decides what they count (killed, displaced, troops, ...).
struct FigureExtractor {
    /// Words that say what happened to the people counted, strongest first.
    static let harmCues: [(kind: String, cue: WordCue, words: Set<String>)] = [
        ("killed", .killed, ["killed", "killing", "kill", "dead", "died", "deaths", "death", "bodies", "lives", "massacred", "slain", "perished", "fatalities", "executed", "murdered", "neutralised", "neutralized", "victims"]),
        ("injured", .injured, ["wounded", "injured", "wounding", "injuring", "injuries", "hurt"]),
        ("abducted", .abducted, ["abducted", "kidnapped", "abductees", "hostages", "abducting", "kidnapping"]),
        ("arrested", .arrested, ["arrested", "detained", "detainees", "arresting", "detaining"]),
        ("refugees", .refugees, ["refugees", "crossed", "crossing", "asylum"]),
        ("displaced", .displaced, ["displaced", "fled", "flee", "fleeing", "uprooted", "displacing", "homeless", "sheltering"]),
    ]
    /// Nouns that say who is counted when nothing happened to them.
    static let nounCues: [(kind: String, cue: WordCue, words: Set<String>)] = [
        ("other", .otherCounted, ["cholera", "cases", "protesters", "inmates", "prisoners", "demonstrators", "escaped", "freed", "protest", "streets"]),
        ("fighters", .fighters, ["fighters", "militants", "combatants", "gang", "insurgents", "jihadists", "militiamen", "assailants", "attackers", "rebels"]),
        ("troops", .troops, ["troops", "soldiers", "peacekeepers", "personnel", "servicemen", "police", "officers", "guards", "bodyguards"]),
    ]
    static let disease: Set<String> = ["cholera", "disease", "outbreak", "epidemic", "measles", "ebola", "mpox"]
    static let nonPeople: Set<String> = ["%", "percent", "per", "km", "kilometres", "kilometers", "miles", "metres", "meters", "tonnes", "tons", "dollars",
                                          "usd", "$", "years", "year", "days", "day", "hours", "hour", "weeks", "week", "months", "month", "minutes", "kg",
                                          "euros", "francs", "times", "provinces", "territories", "countries", "villages", "towns", "km2", "mw", "sq",
                                          "trucks", "vehicles", "schools", "homes", "houses", "shelters", "tonne", "ton", "points", "o'clock", "am", "pm",
                                          "districts", "buildings", "a.m", "p.m", "decades", "centuries"]

    /// Words that end the subject after a count ("300 people were…").
    static let subjectStops: [StaticString] = ["were", "was", "have", "had", "who", "killed", "died", "in", "at", "on", "from", "and", "are", "fled", "been"]

    /// A figure found in a sentence, before it gets its place and date.
    struct Found { let count: CountPhrase; let kind: String; let subject: String?; var subset = false }

    /// Figures of one sentence; tokens inside `dates` are already read as dates.
    static func figures(_ doc: ReadDocument, cues: TokenCues, sentence: Sentence, previous: Sentence?, dates: [DateMention]) -> [Found] {
        // A count starts at a number or a number word; most sentences have neither.
        guard cues.sentence(sentence.index, hasNumberOr: .anyNumberWord) else { return [] }
        var out: [Found] = []
        let r = sentence.tokens
        var i = r.lowerBound
        /// `w(k) == word` without the string: the empty word outside the sentence matches no literal.
        func w(_ k: Int, _ word: StaticString) -> Bool { r.contains(k) && doc.foldedIs(k, word) }
        func w(_ k: Int, oneOf words: [StaticString]) -> Bool { r.contains(k) && words.contains { doc.foldedIs(k, $0) } }
        func has(_ k: Int, _ cue: WordCue) -> Bool { r.contains(k) && cues.has(k, cue) }
        /// Whether number token `k` contains the mark (its bytes are ASCII digits and marks).
        func numberHas(_ k: Int, _ mark: Unicode.Scalar) -> Bool {
            doc.folded[Int(doc.tokens[k].foldedStart)..<Int(doc.tokens[k].foldedEnd)].contains(UInt8(ascii: mark))
        }
        func isStop(_ k: Int) -> Bool { doc.tokens[k].kind == .punct && [46, 59, 58].contains(doc.text[Int(doc.tokens[k].start)]) }
        var diseaseChecked = false, nearbyDisease = false
        while i < r.upperBound {
            let tok = doc.tokens[i]
            if tok.kind == .punct { i += 1; continue }
            if tok.kind == .word, !cues.has(i, .anyNumberWord) { i += 1; continue }
            if dates.contains(where: { i >= $0.first && i <= $0.last }) { i += 1; continue }
            guard let c = NumberReader.read(doc, at: i, in: r) else { i += 1; continue }
            defer { i = max(i + 1, c.last + 1) }
            let next = c.last + 1
            if w(next, ":") || w(i - 1, oneOf: [":", "$", "no", "rn"]) || has(c.last + 1, .nonPeople) { continue }
            if w(next, oneOf: ["a", "p"]), w(c.last + 2, ".") { continue }
            if w(i, "one"), w(next, "of") { continue }
            if doc.tokens[i].kind == .number, c.value >= 1900, c.value <= 2100, c.last == i, c.first == i, !numberHas(i, ",") { continue }
            if w(next, "-"), has(c.last + 2, .nonPeople) { continue }
            if doc.tokens[i].kind == .number, numberHas(i, "."), c.last == i { continue }
            // Words after the number to the end of the clause, and before it back to the clause start.
            // (As token indices, so the word lists are tested by cue bit.)
            // Each window is a run of tokens, so it is a range, not a list.
            var j = c.last + 1
            while j < r.upperBound, j <= c.last + 20, !isStop(j) { j += 1 }
            let after = (c.last + 1)..<j
            j = c.first - 1
            while j >= r.lowerBound, j >= c.first - 8, !isStop(j), !w(j, ",") || j == c.first - 1 { j -= 1 }
            let before = ((j + 1)..<c.first).reversed()
            var kind: String?
            var subset = false
            // A harm word right after the number decides ("and 367 wounded"), then a harm verb right before it ("killing two").
            let adjective = w(c.last + 2, oneOf: ["people", "persons", "civilians", "families", "residents", "children", "women"])
            for harm in harmCues where has(c.last + 1, harm.cue) && !adjective { kind = kind ?? harm.kind }
            for b in before.prefix(2) where kind == nil { for harm in harmCues where has(b, harm.cue) { kind = kind ?? harm.kind } }
            // "among them nine children", "and two teachers": the kind of the count just before.
            if kind == nil, let prev = out.last {
                let gap = c.first - prev.count.last
                if before.prefix(3).contains(where: { w($0, oneOf: ["including", "among"]) }) && gap <= 14 { kind = prev.kind; subset = true }
                if before.prefix(2).contains(where: { w($0, "and") }) && gap <= 4 { kind = prev.kind }
                if w(next, oneOf: ["them", "whom"]) || (w(next, "of") && w(c.last + 2, oneOf: ["them", "whom"])) { kind = prev.kind; subset = true }
            }
            if kind == nil, before.contains(where: { w($0, "toll") }) || (before.contains(where: { w($0, "number") }) && before.contains { has($0, .killed) }) { kind = "killed" }
            if kind == nil {
                var bestAt = Int.max
                for harm in harmCues { if let at = after.firstIndex(where: { has($0, harm.cue) }), at < bestAt { bestAt = at; kind = harm.kind } }
                // Soldiers who crossed or fled are still troops: movement does not make refugees of them.
                if kind == "refugees" || kind == "displaced",
                   let noun = nounCues.first(where: { noun in noun.kind != "other" && after.prefix(3).contains(where: { has($0, noun.cue) }) }) {
                    kind = noun.kind
                }
            }
            if kind == nil {
                for noun in nounCues where after.prefix(5).contains(where: { has($0, noun.cue) }) { kind = noun.kind; break }
            }
            if kind == nil {
                for noun in nounCues where before.prefix(4).contains(where: { has($0, noun.cue) }) { kind = noun.kind; break }
            }
            guard var kind else { continue }
            if kind == "killed" {
                if !diseaseChecked {
                    diseaseChecked = true
                    nearbyDisease = cues.sentence(sentence.index, has: .disease) || (previous.map { cues.sentence($0.index, has: .disease) } ?? false)
                }
                if nearbyDisease { kind = "other" }
            }
            // The subject's words joined by single spaces, built as one string (no list of words).
            var subject = ""
            for k in (c.last + 1)..<min(r.upperBound, c.last + 5) {
                let t = doc.tokens[k]
                if t.kind != .word { break }
                // An ASCII word whose folding dropped no byte (no period, no accent) folds to its
                // lower case, so it is compared on the folded bytes; any other goes through
                // `lowercased()` ("K", the Kelvin sign, lowercases to "k").
                if t.isASCII, t.end - t.start == t.foldedEnd - t.foldedStart {
                    if Self.subjectStops.contains(where: { doc.foldedIs(k, $0) }) { break }
                    if !subject.isEmpty { subject.append(" ") }
                    subject.append(doc.tokenText(k))
                    continue
                }
                let s = doc.tokenText(k)
                if Self.subjectStops.contains(where: { $0.description == s.lowercased() }) { break }
                if !subject.isEmpty { subject.append(" ") }
                subject.append(s)
            }
            out.append(Found(count: c, kind: kind, subject: subject.isEmpty ? nil : subject, subset: subset))
        }
        return out
    }
}
