import ArgumentParser
import Foundation
import Sitrep

/// `sitrep extract`: reads reports and writes the codebook JSON.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract events, figures and places from reports (files, folders, or - for stdin).",
        discussion: """
        Exit codes: 0 every input was read; 1 some inputs could not be read (the others were written);
        2 no input could be read, or the command line is wrong.
        """
    )

    @Argument(help: "Report files or folders (searched recursively); - reads standard input.")
    var paths: [String] = []

    @Option(help: "Output format: json, jsonl or table.")
    var format: OutputFormat = .json

    @Option(help: "Publication date (YYYY-MM-DD) that sets or overrides the reports' own.")
    var published: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one report file or folder, or - for standard input") }
        if let published, Day(iso: published) == nil { throw ValidationError("--published must be YYYY-MM-DD, got '\(published)'") }
    }

    func run() throws {
        let override = published.flatMap { Day(iso: $0) }
        let extractor = Extractor()
        var records: [ExtractionRecord] = []
        var failures = 0
        let inputs = ReportLoader.expand(paths)
        let debug = ProcessInfo.processInfo.environment["SITREP_DEBUG"] != nil
        // JSON lines are built in one buffer and written 64 KB at a time, not one write per report.
        var lines = JSONText(capacity: 1 << 17)
        func flush() {
            lines.withUTF8 { StandardStreams.out(utf8: $0) }
            lines.removeAll()
        }
        for input in inputs {
            do {
                let path = try input.get()
                let text = try ReportLoader.read(path)
                var doc = ReadDocument(file: path, text: text)
                if let override { doc = doc.withPublished(override) }
                let record = extractor.extract(doc)
                if debug {
                    for s in doc.sentences { StandardStreams.err("[\(s.index)] \(doc.string(s.start, s.end))") }
                }
                if format == .jsonl {
                    RecordWriter.appendJSONLine(record, to: &lines)
                    if lines.count >= 1 << 16 { flush() }
                } else {
                    records.append(record)
                }
            } catch {
                // Only reading throws here (`ReadError`): the file is reported and the others go on.
                failures += 1
                StandardStreams.err("sitrep: \(error.description)")
            }
        }
        switch format {
        case .json: StandardStreams.out(try RecordWriter.json(records))
        case .table: StandardStreams.out(RecordWriter.table(records))
        case .jsonl: flush()
        }
        if failures > 0 { throw ExitCode(failures == inputs.count ? 2 : 1) }
    }
}
