/// A date expression found in a sentence, resolved against the publication day.
public struct DateMention: Sendable, Equatable {
    /// Token span (inclusive) in the document.
    public let first: Int, last: Int
    /// First and last day covered; nil when it cannot be resolved (no publication date).
    public let start: Day?, end: Day?
    /// Codebook time_precision: 1 day, 2 up to a week, 3 a month or longer.
    public let precision: Int
}

/// Finds and resolves date expressions: weekdays, yesterday, last week, month names, explicit dates.
public struct DateResolver: Sendable {
    /// The publication day, if known.
    public let published: Day?

    /// A resolver for a report published on `published`.
    public init(published: Day?) { self.published = published }

    static let weekdays = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]
    static let months = ["january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
                         "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
                         "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12]

    /// Every word that can start or anchor a date expression; other words are skipped at once.
    static let triggers: Set<String> = Set(weekdays.keys).union(months.keys).union(["yesterday", "today", "overnight", "tonight", "week", "weekend", "month", "year"])

    /// First bytes of the lowercase date words (yesterday, today, week, month, overnight…).
    static let lowerStarts: [Bool] = (0..<256).map { [UInt8(ascii: "y"), UInt8(ascii: "t"), UInt8(ascii: "w"), UInt8(ascii: "m"), UInt8(ascii: "o")].contains(UInt8($0)) }

    /// Date mentions of one sentence, in text order; date words are found by their cue bit.
    /// Complexity: O(tokens).
    func dates(in doc: ReadDocument, sentence: Sentence, cues: TokenCues) -> [DateMention] {
        // A date starts at a number or a date word; most sentences have neither.
        guard cues.sentence(sentence.index, hasNumberOr: .dateWord) else { return [] }
        var out: [DateMention] = []
        let r = sentence.tokens
        func w(_ i: Int) -> String { r.contains(i) ? doc.foldedText(i) : "" }
        func number(_ i: Int) -> Int? {
            guard r.contains(i), doc.tokens[i].kind == .number else { return nil }
            return Int(doc.foldedText(i))
        }
        func ordinal(_ i: Int) -> Int? {
            if let n = number(i), (1...31).contains(n) { return n }
            // 4th, 21st: digits followed by letters are one word token.
            let s = w(i)
            if s.count >= 3, ["st", "nd", "rd", "th"].contains(String(s.suffix(2))), let n = Int(s.dropLast(2)), (1...31).contains(n) { return n }
            return nil
        }
        /// "in 2023": a year alone.
        func bareYear(_ i: Int) {
            // The word before first: it rules out most numbers without reading them.
            guard r.contains(i - 1), doc.foldedIs(i - 1, "in") || doc.foldedIs(i - 1, "since") || doc.foldedIs(i - 1, "of")
                || doc.foldedIs(i - 1, "during") || doc.foldedIs(i - 1, "until") else { return }
            if let y = number(i), (1950...2100).contains(y) {
                out.append(DateMention(first: i, last: i, start: Day(year: y, month: 1, day: 1), end: Day(year: y, month: 12, day: 31), precision: 3))
            }
        }
        var i = r.lowerBound
        while i < r.upperBound {
            let tok = doc.tokens[i]
            if tok.kind == .number {
                // Digits are no date word, weekday or month: only a bare year can start here.
                bareYear(i)
                i += 1; continue
            } else {
                // Date words by their cue bit; in lower case, only those that start with y, t, w, m, o.
                if !cues.has(i, .dateWord) || tok.kind == .punct { i += 1; continue }
                if !(tok.capitalized || DateResolver.lowerStarts[Int(doc.folded[Int(tok.foldedStart)])]) { i += 1; continue }
            }
            let word = w(i)
            if let wd = DateResolver.weekdays[word] {
                let last = w(i - 1) == "last"
                let next = w(i - 1) == "next" || w(i - 1) == "coming"
                if !next {
                    if let p = published {
                        var back = (p.weekday - wd + 7) % 7
                        if last && back == 0 { back = 7 }
                        let d = p.adding(days: -back)
                        out.append(DateMention(first: last ? i - 1 : i, last: i, start: d, end: d, precision: 1))
                    } else {
                        out.append(DateMention(first: i, last: i, start: nil, end: nil, precision: 1))
                    }
                }
                i += 1; continue
            }
            switch word {
            case "yesterday", "today", "overnight", "tonight":
                let d = published.map { word == "yesterday" ? $0.adding(days: -1) : $0 }
                out.append(DateMention(first: i, last: i, start: d, end: d, precision: 1))
                i += 1; continue
            case "week", "weekend":
                let prev = w(i - 1)
                guard let p = published else {
                    if ["last", "past", "previous", "this", "the"].contains(prev) { out.append(DateMention(first: i - 1, last: i, start: nil, end: nil, precision: 2)) }
                    i += 1; continue
                }
                let monday = p.adding(days: -(p.weekday - 1))
                if word == "weekend" {
                    let sat = p.weekday >= 6 ? monday.adding(days: 5) : monday.adding(days: -2)
                    out.append(DateMention(first: i - 1, last: i, start: sat, end: sat.adding(days: 1), precision: 2))
                } else if prev == "last" || prev == "previous" || (prev == "the" && w(i + 1) == "before") {
                    out.append(DateMention(first: i - 1, last: i, start: monday.adding(days: -7), end: monday.adding(days: -1), precision: 2))
                } else if prev == "past" {
                    out.append(DateMention(first: i - 1, last: i, start: p.adding(days: -6), end: p, precision: 2))
                } else if prev == "this" {
                    out.append(DateMention(first: i - 1, last: i, start: monday, end: p, precision: 2))
                }
                i += 1; continue
            case "month", "year":
                let prev = w(i - 1)
                if prev == "the", w(i - 2) == "of", ["start", "beginning"].contains(w(i - 3)) {
                    // "since the start of the month": from its first day to publication.
                    let s = published.map { p in word == "month" ? Day(year: p.year, month: p.month, day: 1)! : Day(year: p.year, month: 1, day: 1)! }
                    out.append(DateMention(first: i - 3, last: i, start: s, end: published, precision: 3))
                    i += 1; continue
                }
                guard ["last", "this", "previous", "past"].contains(prev) else { i += 1; continue }
                guard let p = published else { out.append(DateMention(first: i - 1, last: i, start: nil, end: nil, precision: 3)); i += 1; continue }
                if word == "month" {
                    if prev == "this" {
                        out.append(DateMention(first: i - 1, last: i, start: Day(year: p.year, month: p.month, day: 1), end: p, precision: 3))
                    } else {
                        let y = p.month == 1 ? p.year - 1 : p.year, m = p.month == 1 ? 12 : p.month - 1
                        let s = Day(year: y, month: m, day: 1)!
                        out.append(DateMention(first: i - 1, last: i, start: s, end: s.endOfMonth, precision: 3))
                    }
                } else {
                    let y = prev == "this" ? p.year : p.year - 1
                    out.append(DateMention(first: i - 1, last: i, start: Day(year: y, month: 1, day: 1), end: prev == "this" ? p : Day(year: y, month: 12, day: 31), precision: 3))
                }
                i += 1; continue
            default: break
            }
            // "Jan. 27": an abbreviated month keeps its period.
            let dot = word.count <= 4 && w(i + 1) == "." && number(i + 2) != nil ? 1 : 0
            if let m = DateResolver.months[word], doc.tokens[i].capitalized, word.count > 3 || (doc.tokens[i].capitalized && (number(i - 1) != nil || number(i + 1 + dot) != nil || (word == "may" && ["in", "since", "early", "late", "mid", "-", "of", "until", "by", "during"].contains(w(i - 1))))) {
                if word == "may", !doc.tokens[i].capitalized || (number(i + 1) == nil && number(i - 1) == nil && !["in", "since", "early", "late", "mid", "-", "of", "until", "by"].contains(w(i - 1))) {
                    i += 1; continue
                }
                var first = i, last = i
                var day: Int?
                var year: Int?
                if let d = ordinal(i - 1) { day = d; first = i - 1 }
                else if w(i - 1) == "of", let d = ordinal(i - 2) { day = d; first = i - 2 }
                if day == nil, let d = ordinal(i + 1 + dot), number(i + 1 + dot).map({ $0 <= 31 }) ?? true { day = d; last = i + 1 + dot }
                var k = last + 1
                if w(k) == "," { k += 1 }
                if let y = number(k), (1900...2100).contains(y) { year = y; last = k }
                else if w(last + 2) == "year", w(last + 1) == "this" || w(last + 1) == "last", let p = published {
                    year = w(last + 1) == "this" ? p.year : p.year - 1; last += 2
                }
                let resolved = resolve(month: m, day: day, year: year)
                out.append(DateMention(first: first, last: last, start: resolved?.0, end: resolved?.1, precision: day == nil ? 3 : 1))
                i = last + 1; continue
            }
            bareYear(i)
            i += 1
        }
        return out
    }

    private func resolve(month: Int, day: Int?, year: Int?) -> (Day, Day)? {
        var y = year
        if y == nil {
            guard let p = published else { return nil }
            y = p.year
            let probe = Day(year: p.year, month: month, day: day ?? 1) ?? Day(year: p.year, month: month, day: 1)!
            if probe.serial > p.serial + 2 { y = p.year - 1 }
        }
        guard let yy = y else { return nil }
        if let d = day {
            guard let s = Day(year: yy, month: month, day: d) else { return nil }
            return (s, s)
        }
        let s = Day(year: yy, month: month, day: 1)!
        var e = s.endOfMonth
        if let p = published, e > p, s <= p { e = p }
        return (s, e)
    }
}
