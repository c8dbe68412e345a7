import Foundation
import Sitrep

/// UTC timestamps as ISO 8601 text, which sorts in time order.
enum Timestamp {
    /// `2025-03-20T14:05:09Z`, formatted by hand (fast, and no locale surprises).
    static func iso(_ date: Date) -> String {
        let t = Int(date.timeIntervalSince1970.rounded(.down))
        let days = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
        let secs = t - days * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(Day(serial: days))T\(two(secs / 3600)):\(two(secs / 60 % 60)):\(two(secs % 60))Z"
    }

    /// Seconds since 1970 of an ISO `YYYY-MM-DDTHH:MM:SSZ` stamp, or nil when it is not one.
    static func unixTime(_ iso: String) -> Int? {
        guard let day = Day(iso: iso.prefix(10)) else { return nil }
        let clock = iso.dropFirst(11).split(separator: ":").compactMap { Int($0.prefix(2)) }
        guard clock.count == 3 else { return nil }
        return day.serial * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
    }
}
