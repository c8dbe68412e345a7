// A faithful port of eval/score.py (codebook v1 scorer).
//
// Every rule below mirrors the Python function of the same name; Python semantics that
// matter for the scores (truthiness, `==` across int/float/bool, str(), str.lower(),
// float(), date.fromisoformat(), round()) are reproduced by the helpers in `Py`.
// Where score.py would stop with an uncaught exception, `score` throws `EvaluationError`.

import Foundation

// MARK: - Public API

/// An input problem that makes the scorer fail, naming the file line or document involved.
public struct EvaluationError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, naming the file and line number or the document id.
    public let message: String

    /// Creates an error carrying `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// The error message.
    public var description: String { message }
}

/// P/R/F1 with counts.
public struct PRF: Codable, Sendable, Equatable {
    /// Precision, rounded to 3 decimals like Python's round().
    public var precision: Double
    /// Recall, rounded to 3 decimals like Python's round().
    public var recall: Double
    /// F1, rounded to 3 decimals like Python's round().
    public var f1: Double
    /// Matched (true positive) items.
    public var tp: Int
    /// System items counted.
    public var system: Int
    /// Gold items counted.
    public var gold: Int

    /// Creates a P/R/F1 record from already rounded values and counts.
    public init(precision: Double, recall: Double, f1: Double, tp: Int, system: Int, gold: Int) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
        self.tp = tp
        self.system = system
        self.gold = gold
    }
}

/// The scorer's summary, the same fields as score.py --json.
public struct EvaluationResult: Codable, Sendable, Equatable {
    /// Number of gold documents (JSON key `documents`).
    public var documents: Int
    /// Gold documents with no system document (JSON key `missing_documents`).
    public var missingDocuments: Int
    /// Event matching on sub_type, location and date.
    public var strict: PRF
    /// Event matching on type and location.
    public var type: PRF
    /// Figure matching on kind and value.
    public var figures: PRF
    /// Place matching on name, kind and coordinates.
    public var places: PRF
    /// Share of strict pairs with the same actor1 (JSON key `actor1_accuracy`); nil without pairs.
    public var actor1Accuracy: Double?
    /// Share of strict pairs with equal fatalities where gold has them (`fatalities_accuracy`).
    public var fatalitiesAccuracy: Double?
    /// Share of dated type pairs whose date matches (JSON key `date_accuracy`).
    public var dateAccuracy: Double?
    /// Share of type pairs within 25 km (JSON key `geo_within_25km`).
    public var geoWithin25km: Double?

    private enum CodingKeys: String, CodingKey {
        case documents
        case missingDocuments = "missing_documents"
        case strict, type, figures, places
        case actor1Accuracy = "actor1_accuracy"
        case fatalitiesAccuracy = "fatalities_accuracy"
        case dateAccuracy = "date_accuracy"
        case geoWithin25km = "geo_within_25km"
    }

    /// Creates a summary from already rounded values.
    public init(
        documents: Int, missingDocuments: Int, strict: PRF, type: PRF, figures: PRF, places: PRF,
        actor1Accuracy: Double?, fatalitiesAccuracy: Double?, dateAccuracy: Double?, geoWithin25km: Double?
    ) {
        self.documents = documents
        self.missingDocuments = missingDocuments
        self.strict = strict
        self.type = type
        self.figures = figures
        self.places = places
        self.actor1Accuracy = actor1Accuracy
        self.fatalitiesAccuracy = fatalitiesAccuracy
        self.dateAccuracy = dateAccuracy
        self.geoWithin25km = geoWithin25km
    }

    /// Encodes every field, writing absent accuracies as JSON null as score.py does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(documents, forKey: .documents)
        try container.encode(missingDocuments, forKey: .missingDocuments)
        try container.encode(strict, forKey: .strict)
        try container.encode(type, forKey: .type)
        try container.encode(figures, forKey: .figures)
        try container.encode(places, forKey: .places)
        try container.encode(actor1Accuracy, forKey: .actor1Accuracy)
        try container.encode(fatalitiesAccuracy, forKey: .fatalitiesAccuracy)
        try container.encode(dateAccuracy, forKey: .dateAccuracy)
        try container.encode(geoWithin25km, forKey: .geoWithin25km)
    }

    /// The same text lines score.py prints without --json, joined by "\n" with no trailing newline.
    public func tableText() -> String {
        var lines: [String] = []
        for (name, v) in [("strict", strict), ("type", type), ("figures", figures), ("places", places)] {
            let padded = name + String(repeating: " ", count: max(0, 8 - name.count))
            lines.append(
                "\(padded) P=\(Py.fixed3(v.precision)) R=\(Py.fixed3(v.recall)) F1=\(Py.fixed3(v.f1)) "
                    + "(tp=\(v.tp) sys=\(v.system) gold=\(v.gold))")
        }
        lines.append(
            "actor1_accuracy=\(Py.optionalRepr(actor1Accuracy)) "
                + "fatalities_accuracy=\(Py.optionalRepr(fatalitiesAccuracy)) "
                + "date_accuracy=\(Py.optionalRepr(dateAccuracy)) geo_within_25km=\(Py.optionalRepr(geoWithin25km)) "
                + "documents=\(documents) missing=\(missingDocuments)")
        return lines.joined(separator: "\n")
    }
}

/// Scores extractor output against gold annotations with the rules of eval/score.py.
public struct EvaluationScorer: Sendable {
    /// norm(alias) -> set of norm(canonical name), as ALIASES in score.py.
    private let aliases: [Py.Text: Set<Py.Text>]

    /// Creates a scorer; `actorsTSV` is the text of codebook/actors.tsv (or "" for none).
    public init(actorsTSV: String) {
        var table: [Py.Text: Set<Py.Text>] = [:]
        let lines = Py.lines(actorsTSV)
        let head = Py.split(lines.first ?? [], on: "\t").map(Py.string)
        for line in lines.dropFirst() {
            var row: [String: String] = [:]
            for (name, field) in zip(head, Py.split(line, on: "\t")) {
                row[name] = Py.string(field)
            }
            let canon = Py.norm(row["name"])
            var names: Set<Py.Text> = [canon]
            for alias in Py.split(Array((row["aliases"] ?? "").unicodeScalars), on: "|")
            where !Py.strip(alias).isEmpty {
                names.insert(Py.norm(Py.string(alias)))
            }
            if let acled = row["acled_name"], !acled.isEmpty {
                names.insert(Py.norm(acled))
            }
            for name in names {
                table[name, default: []].insert(canon)
            }
        }
        aliases = table
    }

    /// Scores two JSONL texts (one document object per line) and returns the summary.
    public func score(goldJSONL: String, systemJSONL: String) throws -> EvaluationResult {
        let gold = try Py.load(goldJSONL, label: "gold")
        let system = try Py.load(systemJSONL, label: "system")
        var strict = Counts(), type = Counts(), figures = Counts(), places = Counts()
        var actorHits = 0, actorN = 0, fatHits = 0, fatN = 0, dateHits = 0, dateN = 0
        var geoErr: [Double] = []
        let missing = gold.order.filter { system.docs[$0] == nil }.count
        for key in gold.order {
            guard let g = gold.docs[key] else { continue }
            let s = system.docs[key] ?? [:]
            do {
                let sev = try Py.list(s["events"])
                for level in [Level.strict, .type] {
                    let result = try scoreEvents(sev, try Py.list(g["events"]), level)
                    if level == .strict {
                        strict.add(result.tp, result.nSys, result.nGold)
                        for (se, ge) in result.pairs {
                            actorN += 1
                            if try sameActor(Py.get(se, "actor1"), Py.get(ge, "actor1")) { actorHits += 1 }
                            let goldFatalities = try Py.get(ge, "fatalities")
                            if goldFatalities != nil {
                                fatN += 1
                                if Py.equal(try Py.get(se, "fatalities"), goldFatalities) { fatHits += 1 }
                            }
                        }
                    } else {
                        type.add(result.tp, result.nSys, result.nGold)
                        for (se, ge) in result.pairs {
                            if Py.truthy(try Py.get(ge, "date")) {
                                dateN += 1
                                if try Self.dateOK(se, ge) { dateHits += 1 }
                            }
                            geoErr.append(try Self.km(se, ge))
                        }
                    }
                }
                let sf = try Py.list(s["figures"]), gf = try Py.list(g["figures"])
                figures.add(try Self.greedy(sf, gf, Self.figOK).count, sf.count, gf.count)
                let sp = try Py.list(s["places"]), gp = try Py.list(g["places"])
                places.add(try Self.greedy(sp, gp, Self.placeOK).count, sp.count, gp.count)
            } catch let failure as PyFailure {
                throw EvaluationError("document \(Py.string(key)): \(failure.message)")
            }
        }
        return EvaluationResult(
            documents: gold.order.count, missingDocuments: missing,
            strict: strict.prf(), type: type.prf(), figures: figures.prf(), places: places.prf(),
            actor1Accuracy: actorN > 0 ? Py.round3(Double(actorHits) / Double(actorN)) : nil,
            fatalitiesAccuracy: fatN > 0 ? Py.round3(Double(fatHits) / Double(fatN)) : nil,
            dateAccuracy: dateN > 0 ? Py.round3(Double(dateHits) / Double(dateN)) : nil,
            geoWithin25km: geoErr.isEmpty
                ? nil : Py.round3(Double(geoErr.filter { $0 <= 25 }.count) / Double(geoErr.count)))
    }

    // MARK: Rules (names follow score.py)

    private enum Level { case strict, type }

    private struct Counts {
        var tp = 0, system = 0, gold = 0

        mutating func add(_ tp: Int, _ system: Int, _ gold: Int) {
            self.tp += tp
            self.system += system
            self.gold += gold
        }

        /// prf() plus the rounding done when building the result.
        func prf() -> PRF {
            let p = system != 0 ? Double(tp) / Double(system) : (gold == 0 ? 1.0 : 0.0)
            let r = gold != 0 ? Double(tp) / Double(gold) : 1.0
            let f = p + r != 0 ? 2 * p * r / (p + r) : 0.0
            return PRF(
                precision: Py.round3(p), recall: Py.round3(r), f1: Py.round3(f), tp: tp, system: system, gold: gold)
        }
    }

    private func actorKey(_ a: Any?) -> Set<Py.Text> {
        let n = Py.norm(a)
        return aliases[n] ?? [n]
    }

    private func sameActor(_ a: Any?, _ b: Any?) -> Bool {
        let ta = Py.truthy(a), tb = Py.truthy(b)
        if !ta && !tb { return true }
        if !ta || !tb { return false }
        return !actorKey(a).isDisjoint(with: actorKey(b))
    }

    private static func km(_ a: Any, _ b: Any) throws -> Double {
        guard let lat1 = Py.numberAsDouble(try Py.get(a, "lat")),
            let lon1 = Py.numberAsDouble(try Py.get(a, "lon")),
            let lat2 = Py.numberAsDouble(try Py.get(b, "lat")),
            let lon2 = Py.numberAsDouble(try Py.get(b, "lon"))
        else { return .infinity }
        let rad = Double.pi / 180.0  // math.radians multiplies by this constant
        let (p1, l1, p2, l2) = (lat1 * rad, lon1 * rad, lat2 * rad, lon2 * rad)
        let d = pow(sin((p2 - p1) / 2), 2.0) + cos(p1) * cos(p2) * pow(sin((l2 - l1) / 2), 2.0)
        return 6371 * 2 * asin(sqrt(min(1, d)))
    }

    private static func locOK(_ sys: Any, _ gold: Any) throws -> Bool {
        if try !Py.truthy(Py.get(gold, "location")) && Py.get(gold, "lat") == nil { return true }
        let sysLocation = Py.norm(try Py.get(sys, "location"))
        if try !sysLocation.isEmpty && sysLocation == Py.norm(Py.get(gold, "location")) { return true }
        let rawPrecision = try Py.get(gold, "geo_precision")
        let precision: Any = Py.truthy(rawPrecision) ? rawPrecision ?? 1 : 1
        let d = try km(sys, gold)
        func sameAdmin1() throws -> Bool {
            let sysAdmin = Py.norm(try Py.get(sys, "admin1"))
            return try !sysAdmin.isEmpty && sysAdmin == Py.norm(Py.get(gold, "admin1"))
        }
        if Py.equalsInt(precision, 1) { return d <= 25 }
        if Py.equalsInt(precision, 2) { return try d <= 75 || sameAdmin1() }
        return try d <= 200 || sameAdmin1()
    }

    private static func dateOK(_ sys: Any, _ gold: Any) throws -> Bool {
        guard let g0 = Py.pdate(try Py.get(gold, "date")) else { return true }
        guard let s = Py.pdate(try Py.get(sys, "date")) else { return false }
        let g1 = Py.pdate(try Py.get(gold, "date_end")) ?? g0
        // g0 - timedelta(days=1) <= s <= g1 + timedelta(days=1), evaluated left to right.
        guard g0 > 1 else { throw PyFailure("OverflowError: date value out of range") }
        guard g0 - 1 <= s else { return false }
        guard g1 < Py.maxOrdinal else { throw PyFailure("OverflowError: date value out of range") }
        return s <= g1 + 1
    }

    private static func evMatch(_ sys: Any, _ gold: Any, _ level: Level) throws -> Bool {
        switch level {
        case .strict:
            if Py.norm(try Py.get(sys, "sub_type")) != Py.norm(try Py.get(gold, "sub_type")) { return false }
            return try locOK(sys, gold) && dateOK(sys, gold)
        case .type:
            if Py.norm(try Py.get(sys, "type")) != Py.norm(try Py.get(gold, "type")) { return false }
            return try locOK(sys, gold)
        }
    }

    /// One-to-one matching; returns (system index, gold index) pairs.
    private static func greedy(
        _ sysItems: [Any], _ goldItems: [Any], _ ok: (Any, Any) throws -> Bool
    ) throws -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        var used = Set<Int>()
        for (j, g) in goldItems.enumerated() {
            for (i, s) in sysItems.enumerated() where !used.contains(i) {
                if try ok(s, g) {
                    pairs.append((i, j))
                    used.insert(i)
                    break
                }
            }
        }
        return pairs
    }

    private struct EventScore {
        var tp: Int, nSys: Int, nGold: Int
        var pairs: [(Any, Any)]
    }

    private func scoreEvents(_ sysEvents: [Any], _ goldEvents: [Any], _ level: Level) throws -> EventScore {
        var required: [Any] = [], optional: [Any] = []
        for g in goldEvents where !Py.truthy(try Py.get(g, "background")) { required.append(g) }
        for g in goldEvents where Py.truthy(try Py.get(g, "background")) { optional.append(g) }
        let pairs = try Self.greedy(sysEvents, required) { try Self.evMatch($0, $1, level) }
        let matchedSys = Set(pairs.map { $0.0 })
        let rest = sysEvents.enumerated().filter { !matchedSys.contains($0.offset) }.map { $0.element }
        let optPairs = try Self.greedy(rest, optional) { try Self.evMatch($0, $1, level) }
        return EventScore(
            tp: pairs.count, nSys: sysEvents.count - optPairs.count, nGold: required.count,
            pairs: pairs.map { (sysEvents[$0.0], required[$0.1]) })
    }

    private static func figOK(_ s: Any, _ g: Any) throws -> Bool {
        if Py.norm(try Py.get(s, "kind")) != Py.norm(try Py.get(g, "kind")) { return false }
        guard let sv = Py.float(try Py.get(s, "value")), let gv = Py.float(try Py.get(g, "value")) else {
            return false
        }
        return abs(sv - gv) <= max(1.0, 0.01 * abs(gv))
    }

    private static let placeTolerance: [String: Int] = [
        "populated place": 25, "site": 25, "feature": 100, "admin2": 75, "admin1": 200,
    ]

    private static func placeOK(_ s: Any, _ g: Any) throws -> Bool {
        let rawKind = try Py.get(g, "kind")
        let kind: Any = Py.truthy(rawKind) ? rawKind ?? "populated place" : "populated place"
        let sameName = Py.norm(try Py.get(s, "name")) == Py.norm(try Py.get(g, "name"))
        func sameCountry() throws -> Bool {
            try Py.upperOrEmpty(Py.get(s, "country")) == Py.upperOrEmpty(Py.get(g, "country"))
        }
        if Py.equal(kind, "country") {
            return try sameCountry() && (sameName || Py.equal(try Py.get(s, "kind"), "country"))
        }
        let tol: Int
        if let text = kind as? String {
            tol = placeTolerance.first { Py.sameText($0.key, text) }?.value ?? 25
        } else if kind is [Any] || kind is [String: Any] {
            throw PyFailure("TypeError: unhashable type: '\(Py.typeName(kind))'")
        } else {
            tol = 25
        }
        let d = try km(s, g)
        if sameName {
            if d <= Double(tol) { return true }
            if d == .infinity, try sameCountry() { return true }
        }
        let sysKind = try Py.get(s, "kind")
        return d <= Double(min(tol, 25)) && Py.equal(Py.truthy(sysKind) ? sysKind : kind, kind)
    }
}

// MARK: - Python semantics

/// A failure where score.py would raise; wrapped into EvaluationError with the document id.
private struct PyFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Helpers reproducing the Python behaviour score.py relies on.
private enum Py {
    /// A Python str as its code points (Swift String equality is canonical, Python's is not).
    typealias Text = [Unicode.Scalar]

    /// A JSON number as Python sees it.
    enum Number {
        case bool(Bool)
        case int(String)  // exact decimal digits
        case float(Double)
    }

    struct Documents {
        var order: [Text] = []
        var docs: [Text: [String: Any]] = [:]
    }

    static let maxOrdinal = 3_652_059  // date(9999, 12, 31).toordinal()

    // MARK: Loading

    /// load(): later lines with the same id replace earlier ones but keep the first position.
    static func load(_ text: String, label: String) throws -> Documents {
        var out = Documents()
        for (index, rawLine) in lines(text).enumerated() {
            let n = index + 1
            let line = strip(rawLine)
            if line.isEmpty { continue }
            if line.first == "\u{FEFF}" {
                throw EvaluationError("\(label) line \(n): invalid JSON (unexpected UTF-8 BOM)")
            }
            let parsed: Any
            do {
                parsed = try JSONSerialization.jsonObject(with: Data(string(line).utf8), options: [.fragmentsAllowed])
            } catch {
                throw EvaluationError("\(label) line \(n): invalid JSON (\(error.localizedDescription))")
            }
            guard let obj = parsed as? [String: Any] else {
                throw EvaluationError("\(label) line \(n): not a JSON object")
            }
            var did = String(n)
            let document = noneToNil(obj["document"])
            if truthy(document) {
                guard let doc = document as? [String: Any] else {
                    throw EvaluationError("\(label) line \(n): \"document\" is not a JSON object")
                }
                if let file = noneToNil(doc["file"]), truthy(file) {
                    did = str(file)
                } else if let id = noneToNil(doc["id"]), truthy(id) {
                    did = str(id)
                }
            }
            let key = fileStem(did)
            if out.docs[key] == nil { out.order.append(key) }
            out.docs[key] = obj
        }
        return out
    }

    /// os.path.splitext(os.path.basename(path))[0].
    static func fileStem(_ path: String) -> Text {
        var p = Array(path.unicodeScalars)
        if let slash = p.lastIndex(of: "/") { p = Array(p[(slash + 1)...]) }
        if let dot = p.lastIndex(of: ".") {
            for i in 0..<dot where p[i] != "." { return Array(p[..<dot]) }
        }
        return p
    }

    /// Lines as Python's text-mode file iteration yields them (universal newlines), without terminators.
    static func lines(_ text: String) -> [Text] {
        var out: [Text] = []
        var current: Text = []
        var afterCR = false
        for c in text.unicodeScalars {
            if afterCR {
                afterCR = false
                if c == "\n" { continue }
            }
            if c == "\n" || c == "\r" {
                out.append(current)
                current = []
                afterCR = c == "\r"
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    // MARK: Values

    static func noneToNil(_ v: Any?) -> Any? {
        guard let v, !(v is NSNull) else { return nil }
        return v
    }

    /// obj.get(key); only dicts have .get.
    static func get(_ obj: Any, _ key: String) throws -> Any? {
        guard let dict = obj as? [String: Any] else {
            throw PyFailure("AttributeError: '\(typeName(obj))' object has no attribute 'get'")
        }
        return noneToNil(dict[key])
    }

    /// `value or []` iterated the way Python would.
    static func list(_ value: Any?) throws -> [Any] {
        guard let v = noneToNil(value), truthy(v) else { return [] }
        if let s = v as? String { return s.unicodeScalars.map { String($0) } }
        if let a = v as? [Any] { return a }
        if let d = v as? [String: Any] { return Array(d.keys) }
        throw PyFailure("TypeError: '\(typeName(v))' object is not iterable")
    }

    static func number(_ v: Any) -> Number? {
        if v is String { return nil }
        if let dec = v as? NSDecimalNumber {
            let text = dec.stringValue
            let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
            if !digits.isEmpty && digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                return .int(digits.allSatisfy { $0 == "0" } ? "0" : text)
            }
            return .float(dec.doubleValue)
        }
        guard let n = v as? NSNumber else { return nil }
        switch String(cString: n.objCType) {
        case "c", "B": return .bool(n.boolValue)
        case "d", "f": return .float(n.doubleValue)
        case "Q", "L", "I", "S", "C": return .int(String(n.uint64Value))
        default: return .int(String(n.int64Value))
        }
    }

    static func typeName(_ v: Any?) -> String {
        guard let v = noneToNil(v) else { return "NoneType" }
        if v is String { return "str" }
        if let n = number(v) {
            switch n {
            case .bool: return "bool"
            case .int: return "int"
            case .float: return "float"
            }
        }
        if v is [Any] { return "list" }
        if v is [String: Any] { return "dict" }
        return "object"
    }

    /// bool(v).
    static func truthy(_ v: Any?) -> Bool {
        guard let v = noneToNil(v) else { return false }
        if let s = v as? String { return !s.isEmpty }
        if let n = number(v) {
            switch n {
            case .bool(let b): return b
            case .int(let digits): return digits != "0"
            case .float(let f): return f != 0
            }
        }
        if let a = v as? [Any] { return !a.isEmpty }
        if let d = v as? [String: Any] { return !d.isEmpty }
        return true
    }

    /// float(v) for a number (bool, int, float); nil for anything else.
    static func numberAsDouble(_ v: Any?) -> Double? {
        guard let v = noneToNil(v), let n = number(v) else { return nil }
        switch n {
        case .bool(let b): return b ? 1 : 0
        case .int(let digits): return Double(digits)
        case .float(let f): return f
        }
    }

    /// a == b for JSON values.
    static func equal(_ a: Any?, _ b: Any?) -> Bool {
        let a = noneToNil(a), b = noneToNil(b)
        guard let a, let b else { return a == nil && b == nil }
        if let x = number(a), let y = number(b) { return numbersEqual(x, y) }
        if let x = a as? String, let y = b as? String { return sameText(x, y) }
        if let x = a as? [Any], let y = b as? [Any] {
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        }
        if let x = a as? [String: Any], let y = b as? [String: Any] {
            return x.count == y.count && x.allSatisfy { key, value in y[key].map { equal(value, $0) } ?? false }
        }
        return false
    }

    /// v == n for a Python int n.
    static func equalsInt(_ v: Any, _ n: Int) -> Bool {
        guard let x = number(v) else { return false }
        return numbersEqual(x, .int(String(n)))
    }

    static func numbersEqual(_ x: Number, _ y: Number) -> Bool {
        func widen(_ n: Number) -> Number {
            if case .bool(let b) = n { return .int(b ? "1" : "0") }
            return n
        }
        switch (widen(x), widen(y)) {
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a == b
        case (.int(let i), .float(let f)), (.float(let f), .int(let i)):
            guard f.isFinite, f == f.rounded(.towardZero) else { return false }
            if abs(f) < 9.0e18 { return String(Int64(f)) == i }
            return Double(i) == f
        default: return false
        }
    }

    static func sameText(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.elementsEqual(b.unicodeScalars)
    }

    /// str(v).
    static func str(_ v: Any) -> String {
        guard let v = noneToNil(v) else { return "None" }
        if let s = v as? String { return s }
        return repr(v)
    }

    /// repr(v) for JSON values (dict keys come in Foundation's order, not the file's).
    static func repr(_ v: Any?) -> String {
        guard let v = noneToNil(v) else { return "None" }
        if let s = v as? String { return stringRepr(s) }
        if let n = number(v) {
            switch n {
            case .bool(let b): return b ? "True" : "False"
            case .int(let digits): return digits
            case .float(let f): return floatRepr(f)
            }
        }
        if let a = v as? [Any] { return "[" + a.map { repr($0) }.joined(separator: ", ") + "]" }
        if let d = v as? [String: Any] {
            return "{" + d.map { stringRepr($0.key) + ": " + repr($0.value) }.joined(separator: ", ") + "}"
        }
        return String(describing: v)
    }

    static func stringRepr(_ s: String) -> String {
        let scalars = s.unicodeScalars
        let quote: Unicode.Scalar = scalars.contains("'") && !scalars.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for c in scalars {
            switch c {
            case quote, "\\": out += "\\" + String(c)
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    out += "\\x" + hex(c.value, width: 2)
                } else if c.value < 0x7F || isPrintable(c) {
                    out.unicodeScalars.append(c)
                } else if c.value <= 0xFF {
                    out += "\\x" + hex(c.value, width: 2)
                } else if c.value <= 0xFFFF {
                    out += "\\u" + hex(c.value, width: 4)
                } else {
                    out += "\\U" + hex(c.value, width: 8)
                }
            }
        }
        out.unicodeScalars.append(quote)
        return out
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return false
        case .spaceSeparator:
            return c == " "
        default:
            return true
        }
    }

    /// repr(float): shortest round-trip digits, exponent form when decpt <= -4 or decpt > 16.
    static func floatRepr(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == 0 { return x.sign == .minus ? "-0.0" : "0.0" }
        var text = Substring(x.description)
        var sign = ""
        if text.first == "-" {
            sign = "-"
            text = text.dropFirst()
        }
        var mantissa = text
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integer = parts.first.map(String.init) ?? ""
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = Array(integer + fraction)
        var decpt = integer.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            decpt -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        if digits.isEmpty { return sign + "0.0" }
        if decpt > -4 && decpt <= 16 {
            if decpt <= 0 { return sign + "0." + String(repeating: "0", count: -decpt) + String(digits) }
            if decpt >= digits.count {
                return sign + String(digits) + String(repeating: "0", count: decpt - digits.count) + ".0"
            }
            return sign + String(digits[..<decpt]) + "." + String(digits[decpt...])
        }
        let e = decpt - 1
        var body = String(digits[0])
        if digits.count > 1 { body += "." + String(digits[1...]) }
        return sign + body + "e" + (e < 0 ? "-" : "+") + (abs(e) < 10 ? "0" : "") + String(abs(e))
    }

    static func optionalRepr(_ x: Double?) -> String {
        x.map(floatRepr) ?? "None"
    }

    /// round(x, 3): correctly rounded to 3 decimals (ties to even on the exact binary value).
    static func round3(_ x: Double) -> Double {
        Double(String(format: "%.3f", x)) ?? x
    }

    /// format(x, ".3f").
    static func fixed3(_ x: Double) -> String {
        String(format: "%.3f", x)
    }

    // MARK: Strings

    static func string(_ text: Text) -> String {
        String(String.UnicodeScalarView(text))
    }

    /// str.isspace() for one character.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// str.strip().
    static func strip(_ text: Text) -> Text {
        guard let first = text.firstIndex(where: { !isSpace($0) }),
            let last = text.lastIndex(where: { !isSpace($0) })
        else { return [] }
        return Array(text[first...last])
    }

    /// str.split(sep) with a one-character separator.
    static func split(_ text: Text, on separator: Unicode.Scalar) -> [Text] {
        text.split(separator: separator, omittingEmptySubsequences: false).map(Array.init)
    }

    /// str.lower(), including the Final_Sigma rule.
    static func lower(_ text: Text) -> Text {
        var out: Text = []
        out.reserveCapacity(text.count)
        for (i, c) in text.enumerated() {
            if c.value == 0x3A3 {
                out.append(isFinalSigma(text, at: i) ? "\u{3C2}" : "\u{3C3}")
            } else {
                out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return out
    }

    static func isFinalSigma(_ text: Text, at i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && text[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0 && text[j].properties.isCased else { return false }
        j = i + 1
        while j < text.count && text[j].properties.isCaseIgnorable { j += 1 }
        return j == text.count || !text[j].properties.isCased
    }

    /// (v or "").upper(), compared as code points.
    static func upperOrEmpty(_ v: Any?) throws -> Text {
        guard let v = noneToNil(v), truthy(v) else { return [] }
        guard let s = v as? String else {
            throw PyFailure("AttributeError: '\(typeName(v))' object has no attribute 'upper'")
        }
        return s.unicodeScalars.flatMap { Array($0.properties.uppercaseMapping.unicodeScalars) }
    }

    /// norm() from score.py.
    static func norm(_ v: Any?) -> Text {
        guard let v = noneToNil(v) else { return [] }
        let decomposed = str(v).decomposedStringWithCompatibilityMapping.unicodeScalars
        let lowered = lower(decomposed.filter { $0.properties.canonicalCombiningClass.rawValue == 0 })
        var replaced: Text = []
        replaced.reserveCapacity(lowered.count)
        for c in lowered {
            switch c {
            case "-": replaced.append(" ")
            case "'", "\u{2019}", ".", ",": continue
            default: replaced.append(c)
            }
        }
        var out: Text = []
        for word in replaced.split(whereSeparator: isSpace) {
            if !out.isEmpty { out.append(" ") }
            out.append(contentsOf: word)
        }
        let prefix: Text = ["t", "h", "e", " "]
        if out.starts(with: prefix) { out.removeFirst(prefix.count) }
        return out
    }

    // MARK: float()

    /// float(v) as used in fig_ok: nil where Python raises TypeError or ValueError.
    static func float(_ v: Any?) -> Double? {
        guard let v = noneToNil(v) else { return nil }
        if let s = v as? String { return parseFloat(s) }
        return numberAsDouble(v)
    }

    /// float(str): Unicode digits and spaces, underscores between digits, inf/nan; no hex.
    static func parseFloat(_ s: String) -> Double? {
        var bytes: [UInt8] = []
        for c in s.unicodeScalars {
            if c.value < 127 {
                bytes.append(UInt8(c.value))
            } else if isSpace(c) {
                bytes.append(0x20)
            } else if c.properties.numericType == .decimal, let value = c.properties.numericValue {
                bytes.append(0x30 + UInt8(Int(value)))
            } else {
                return nil
            }
        }
        func isASCIISpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
        func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
        guard let first = bytes.firstIndex(where: { !isASCIISpace($0) }),
            let last = bytes.lastIndex(where: { !isASCIISpace($0) })
        else { return nil }
        var clean: [UInt8] = []
        var prev: UInt8 = 0
        for b in bytes[first...last] {
            if b == UInt8(ascii: "_") {
                guard isDigit(prev) else { return nil }
            } else {
                if prev == UInt8(ascii: "_") && !isDigit(b) { return nil }
                clean.append(b)
            }
            prev = b
        }
        if prev == UInt8(ascii: "_") { return nil }
        var i = 0
        var negative = false
        if i < clean.count && (clean[i] == UInt8(ascii: "+") || clean[i] == UInt8(ascii: "-")) {
            negative = clean[i] == UInt8(ascii: "-")
            i += 1
        }
        let word = String(decoding: clean[i...], as: UTF8.self).lowercased()
        if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
        if word == "nan" { return .nan }
        var digitCount = 0
        while i < clean.count && isDigit(clean[i]) {
            i += 1
            digitCount += 1
        }
        if i < clean.count && clean[i] == UInt8(ascii: ".") {
            i += 1
            while i < clean.count && isDigit(clean[i]) {
                i += 1
                digitCount += 1
            }
        }
        guard digitCount > 0 else { return nil }
        if i < clean.count && (clean[i] == UInt8(ascii: "e") || clean[i] == UInt8(ascii: "E")) {
            i += 1
            if i < clean.count && (clean[i] == UInt8(ascii: "+") || clean[i] == UInt8(ascii: "-")) { i += 1 }
            var exponentDigits = 0
            while i < clean.count && isDigit(clean[i]) {
                i += 1
                exponentDigits += 1
            }
            guard exponentDigits > 0 else { return nil }
        }
        guard i == clean.count else { return nil }
        return Double(String(decoding: clean, as: UTF8.self))
    }

    // MARK: Dates (proleptic Gregorian ordinals, 0001-01-01 == 1)

    /// pdate(): date.fromisoformat(str(s)[:10]) as an ordinal, nil when falsy or invalid.
    static func pdate(_ v: Any?) -> Int? {
        guard let v = noneToNil(v), truthy(v) else { return nil }
        let head = String(String.UnicodeScalarView(str(v).unicodeScalars.prefix(10)))
        return fromISOFormat(Array(head.utf8))
    }

    /// CPython 3.11's C date.fromisoformat: YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D] on UTF-8 bytes.
    static func fromISOFormat(_ b: [UInt8]) -> Int? {
        let length = b.count
        guard length == 7 || length == 8 || length == 10 else { return nil }
        func at(_ i: Int) -> UInt8 { i < length ? b[i] : 0 }
        var p = 0
        func digits(_ count: Int) -> Int? {
            var value = 0
            for _ in 0..<count {
                let c = at(p)
                p += 1
                guard (0x30...0x39).contains(c) else { return nil }
                value = value * 10 + Int(c - 0x30)
            }
            return value
        }
        guard let year = digits(4) else { return nil }
        let usesSeparator = at(p) == UInt8(ascii: "-")
        if usesSeparator { p += 1 }
        if at(p) == UInt8(ascii: "W") {
            p += 1
            guard let week = digits(2) else { return nil }
            var day = 1
            if p < length {
                if usesSeparator {
                    let c = at(p)
                    p += 1
                    guard c == UInt8(ascii: "-") else { return nil }
                }
                guard let d = digits(1) else { return nil }
                day = d
            }
            return isoWeekOrdinal(year: year, week: week, day: day)
        }
        guard let month = digits(2) else { return nil }
        if usesSeparator {
            let c = at(p)
            p += 1
            guard c == UInt8(ascii: "-") else { return nil }
        }
        guard let day = digits(2) else { return nil }
        return ordinal(year, month, day)
    }

    static func isLeap(_ y: Int) -> Bool {
        y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
    }

    static func ordinal(_ y: Int, _ m: Int, _ d: Int) -> Int? {
        let monthDays = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...9999).contains(y), (1...12).contains(m), (1...monthDays[m - 1]).contains(d) else { return nil }
        let y1 = y - 1
        return y1 * 365 + y1 / 4 - y1 / 100 + y1 / 400 + monthDays[..<(m - 1)].reduce(0, +) + d
    }

    static func isoWeekOrdinal(year: Int, week: Int, day: Int) -> Int? {
        guard let firstDay = ordinal(year, 1, 1) else { return nil }
        let firstWeekday = (firstDay + 6) % 7  // 0 == Monday
        if week <= 0 || week >= 53 {
            guard week == 53, firstWeekday == 3 || (firstWeekday == 2 && isLeap(year)) else { return nil }
        }
        guard (1...7).contains(day) else { return nil }
        var week1Monday = firstDay - firstWeekday
        if firstWeekday > 3 { week1Monday += 7 }
        let result = week1Monday + (week - 1) * 7 + day - 1
        return (1...maxOrdinal).contains(result) ? result : nil
    }
}
