import ArgumentParser
import Foundation
import Sitrep
import SitrepStore

/// `sitrep ingest`: extracts reports and records them in the database, fusing events across reports.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract reports and store them, fusing each happening into one event across reports.",
        discussion: """
        Reports already stored (same text) are skipped; near-copies (syndicated, lightly edited) are stored and
        linked to their story, so they count as one source. Each batch is one transaction.
        Exit codes: 0 all inputs stored; 1 some inputs could not be read (the others were stored);
        2 no input could be read; 3 the database could not be used (nothing stored before was lost).
        """
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "Report files or folders (searched recursively); - reads standard input.")
    var paths: [String] = []

    @Option(help: "Publication date (YYYY-MM-DD) that sets or overrides the reports' own.")
    var published: String?

    @Option(help: "Reports per transaction.")
    var batchSize: Int = 200

    @Flag(help: "Print a line after each committed batch (for scripts that watch progress).")
    var verbose = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one report file or folder, or - for standard input") }
        if let published, Day(iso: published) == nil { throw ValidationError("--published must be YYYY-MM-DD, got '\(published)'") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
    }

    func run() throws {
        let db = try store.open(creating: true)
        let ingestor = Ingestor(store: db, batchSize: batchSize, published: published.flatMap { Day(iso: $0) })
        let bar = ProgressBar(enabled: Terminal.stderrIsTTY && !verbose)
        var committed = 0
        let summary: IngestSummary
        do {
            summary = try ingestor.ingest(paths: paths) { p in
                committed = p.stored
                if verbose { StandardStreams.err("committed \(p.stored) reports (\(p.done)/\(p.total) inputs)") }
                bar.update(done: p.done, total: p.total, elapsed: p.elapsed)
            }
        } catch {
            bar.finish()
            StandardStreams.err("sitrep: \(committed) new reports were stored before the error and are safe")
            throw StoreFailure.exit(error)
        }
        bar.finish()
        for failure in summary.failures { StandardStreams.err("sitrep: \(failure)") }
        let counts = (try? db.counts()) ?? [:]
        StandardStreams.out("""
            stored \(summary.stored) new reports (\(summary.alreadyStored) already stored, \(summary.nearDuplicates) near-copies \
            of stored stories), \(summary.mentions) event mentions; \(summary.failures.count) unreadable
            \(store.path): \(counts["documents"] ?? 0) documents in \(counts["stories"] ?? 0) stories, \
            \(counts["events"] ?? 0) events, \(counts["figures"] ?? 0) figures, \(counts["places"] ?? 0) places

            """)
        if !summary.failures.isEmpty { throw ExitCode(summary.read == 0 ? 2 : 1) }
    }
}

/// A one-line progress bar on standard error: done/total, reports per second and time left.
final class ProgressBar {
    private let enabled: Bool
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(done: Int, total: Int, elapsed: Double) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = min(width, width * done / total)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let line = String(format: "\r[%@%@] %d/%d reports  %.0f/s  ETA %.0fs ",
                          String(repeating: "=", count: filled), String(repeating: " ", count: width - filled), done, total, rate, eta)
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
        drawn = false
    }
}
