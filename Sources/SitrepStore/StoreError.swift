import Foundation
import GRDB

/// An error of the store with a message a person can act on (the file and what went wrong).
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure this is, so callers can choose an exit code.
    public enum Code: Sendable, Equatable {
        case notADatabase, locked, diskFull, unreadable, notFound, invalidQuery, other
    }
    /// The kind of failure.
    public let code: Code
    /// The message, naming the file or argument at fault.
    public let message: String

    /// An error with a code and message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// Translates a SQLite error met while working on `path` into a message that says what to do.
    static func wrap(_ error: any Error, path: String) -> StoreError {
        if let e = error as? StoreError { return e }
        guard let db = error as? DatabaseError else { return StoreError(.other, "\(path): \(error)") }
        switch db.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return StoreError(.notADatabase, "\(path): not a Sitrep database (the file is not SQLite or is damaged); nothing was changed")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.locked, "\(path): the database is locked by another process; try again when it has finished")
        case .SQLITE_FULL:
            return StoreError(.diskFull, "\(path): the disk (or the database's size limit) is full; the last batch was rolled back and everything stored before it is intact")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
            return StoreError(.unreadable, "\(path): cannot open the database for writing (\(db.message ?? "permission denied"))")
        default:
            return StoreError(.other, "\(path): database error \(db.resultCode.rawValue): \(db.message ?? "\(db)")")
        }
    }
}
