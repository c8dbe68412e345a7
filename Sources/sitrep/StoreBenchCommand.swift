import ArgumentParser
import Foundation
import Sitrep
import SitrepStore

/// `sitrep bench-store`: ingest speed and radius-query latency of the store; build with -c release.
struct StoreBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-store",
        abstract: "Measure ingest (reports/s) and --near/--since query latency over many events; build with -c release.",
        discussion: "Databases are made in a temporary folder and removed afterwards."
    )

    @Argument(help: "Report files or folders to repeat, with small edits, for the ingest run.")
    var paths: [String]

    @Option(help: "Reports to ingest.") var reports: Int = 5000
    @Option(help: "Synthetic events to store for the query run.") var events: Int = 1_000_000
    @Option(help: "Queries to time.") var queries: Int = 1000
    @Option(help: "Keep the benchmark databases in this folder instead of a temporary one.") var keep: String?

    func run() throws {
        var texts: [String] = []
        for input in ReportLoader.expand(paths) {
            if let path = try? input.get(), let text = try? ReportLoader.read(path) { texts.append(text) }
        }
        guard !texts.isEmpty else { StandardStreams.err("sitrep: no readable reports to benchmark"); throw ExitCode(2) }
        let folder = keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["ingest.db", "query.db"] {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name + suffix)) }
        }
        defer { if keep == nil { try? FileManager.default.removeItem(at: folder) } }
        do {
            if reports > 0 {
            let ingest = try StoreBenchmark.ingest(texts: texts, count: reports, path: folder.appendingPathComponent("ingest.db").path)
            StandardStreams.out(String(format: "ingest: %d reports (from %d, lightly edited) in %.2f s: %.0f reports/s (extraction %.2f s, storing and fusing %.2f s); %d events, %d stories\n",
                                       ingest.reports, texts.count, ingest.seconds, ingest.reportsPerSecond, ingest.extractSeconds,
                                       ingest.writeSeconds, ingest.events, ingest.stories))
            }
            if events > 0 {
            let q = try StoreBenchmark.query(count: events, queries: queries, path: folder.appendingPathComponent("query.db").path)
            StandardStreams.out(String(format: "query: %d events stored in %.1f s; %d queries (--near PLACE --radius 50 --since DATE): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.1f events per answer\n",
                                       q.events, q.loadSeconds, q.queries, q.p50, q.p95, q.p99, q.meanResults))
            }
        } catch {
            throw StoreFailure.exit(error)
        }
    }
}
