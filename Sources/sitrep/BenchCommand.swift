import ArgumentParser
import Foundation
import Sitrep

/// `sitrep bench`: full extraction over a corpus of at least N megabytes built by repeating reports.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure extraction speed (MB/s, sentences/s) and peak memory; build with -c release."
    )

    @Argument(help: "Report files or folders to repeat into the corpus.")
    var paths: [String]

    @Option(help: "Corpus size in megabytes.")
    var megabytes: Int = 50

    func run() throws {
        var texts: [(String, String)] = []
        for input in ReportLoader.expand(paths) {
            if let path = try? input.get(), let text = try? ReportLoader.read(path) { texts.append((path, text)) }
        }
        guard !texts.isEmpty else { StandardStreams.err("sitrep: no readable reports to benchmark"); throw ExitCode(2) }
        let clock = ContinuousClock()
        let loadStart = clock.now
        let extractor = Extractor()  // loads and compiles the knowledge before the clock starts
        let load = clock.now - loadStart
        _ = extractor.extract(ReadDocument(file: texts[0].0, text: texts[0].1))
        let target = megabytes * 1_000_000
        var bytes = 0, sentences = 0, events = 0, docs = 0
        var reading = Duration.zero, coding = Duration.zero, writing = Duration.zero
        // One text for every JSON line, as `extract --format jsonl` writes them.
        var json = JSONText(capacity: 1 << 16)
        while bytes < target {
            for (path, text) in texts {
                let t0 = clock.now
                let doc = ReadDocument(file: path, text: text)
                let t1 = clock.now
                let r = extractor.extract(doc)
                let t2 = clock.now
                json.removeAll()
                RecordWriter.appendJSONLine(r, to: &json)
                let t3 = clock.now
                reading += t1 - t0; coding += t2 - t1; writing += t3 - t2
                bytes += text.utf8.count; sentences += doc.sentences.count; events += r.events.count; docs += 1
            }
        }
        func secs(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        let seconds = secs(reading + coding + writing)
        let mb = Double(bytes) / 1e6
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let peakMB = Double(usage.ru_maxrss) / 1024
        StandardStreams.out(String(format: "corpus %.1f MB, %d documents, %d sentences, %d events\n", mb, docs, sentences, events))
        StandardStreams.out(String(format: "time %.2f s  speed %.1f MB/s  %.0f sentences/s  %.0f documents/s\n", seconds, mb / seconds, Double(sentences) / seconds, Double(docs) / seconds))
        StandardStreams.out(String(format: "per MB: reading %.0f ms, matching and coding %.0f ms, JSON %.0f ms; loading the knowledge took %.2f s\n",
                                   secs(reading) * 1000 / mb, secs(coding) * 1000 / mb, secs(writing) * 1000 / mb, secs(load)))
        StandardStreams.out(String(format: "peak memory %.0f MB (resident, including the loaded gazetteer)\n", peakMB))
    }
}
