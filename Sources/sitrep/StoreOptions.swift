import ArgumentParser
import Foundation
import SitrepStore

/// The `--db` option shared by the store's commands.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "Database file (default: $SITREP_DB, else ./sitrep.db).")
    var db: String?

    /// The database path in effect.
    var path: String { db ?? EventStore.defaultPath() }

    /// Opens the store, or prints why not and exits 3. Commands that only read refuse to create a new, empty file.
    func open(creating: Bool = false) throws -> EventStore {
        if !creating && !FileManager.default.fileExists(atPath: path) {
            throw StoreFailure.exit(StoreError(.notFound, "\(path): no database here; create it with `sitrep ingest --db \(path) REPORTS`"))
        }
        do { return try EventStore(path: path) } catch { throw StoreFailure.exit(error) }
    }
}

/// Prints a store error and chooses the exit code (3: the database could not be used; nothing stored was lost).
enum StoreFailure {
    /// Runs a store call, turning its error into the message and exit code.
    static func run<T>(_ body: () throws(StoreError) -> T) throws -> T {
        do { return try body() } catch { throw exit(error) }
    }

    static func exit(_ error: StoreError) -> ExitCode {
        StandardStreams.err("sitrep: \(error.message)")
        return ExitCode(error.code == .invalidQuery ? 64 : 3)
    }
}

/// Whether a stream is a terminal (tables and progress bars for people, data for pipes).
enum Terminal {
    static var stdoutIsTTY: Bool { isatty(1) == 1 }
    static var stderrIsTTY: Bool { isatty(2) == 1 }
}
