/// A calendar day in the proleptic Gregorian calendar, computed without Foundation's calendars.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Year, month 1–12, day 1–31.
    public let year: Int, month: Int, day: Int

    /// Creates a day; returns nil when the fields do not name a real day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Parses `YYYY-MM-DD` (extra characters after the day are ignored).
    public init?(iso text: some StringProtocol) {
        let b = Array(text.utf8)
        guard b.count >= 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { guard b[i] >= 48, b[i] <= 57 else { return nil }; v = v * 10 + Int(b[i] - 48) }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Creates the day with the given serial number (days since 1970-01-01).
    public init(serial: Int) {
        // Howard Hinnant's civil_from_days.
        let z = serial + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0); month = m; day = d
    }

    /// Days since 1970-01-01.
    public var serial: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: 1 Monday … 7 Sunday.
    public var weekday: Int { ((serial % 7 + 7 + 3) % 7) + 1 }

    /// The day `n` days later (negative for earlier).
    public func adding(days n: Int) -> Day { Day(serial: serial + n) }

    /// The last day of this day's month.
    public var endOfMonth: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }

    /// `YYYY-MM-DD`.
    public var description: String {
        if (0...9999).contains(year) {
            // Every output record prints its dates: ten bytes written in place, a string stored in
            // line (no allocation), without interpolation.
            let dash = UInt8(ascii: "-"), zero = UInt8(ascii: "0")
            return String(unsafeUninitializedCapacity: 10) { out in
                out[0] = zero + UInt8(year / 1000); out[1] = zero + UInt8(year / 100 % 10); out[2] = zero + UInt8(year / 10 % 10)
                out[3] = zero + UInt8(year % 10); out[4] = dash; out[5] = zero + UInt8(month / 10); out[6] = zero + UInt8(month % 10)
                out[7] = dash; out[8] = zero + UInt8(day / 10); out[9] = zero + UInt8(day % 10)
                return 10
            }
        }
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    /// Number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
