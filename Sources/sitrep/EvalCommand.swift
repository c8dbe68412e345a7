import ArgumentParser
import Foundation
import Sitrep

/// `sitrep eval`: extracts a folder of reports and scores it against gold annotations.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction of --reports against GOLD.jsonl with the rules of eval/score.py."
    )

    @Argument(help: "Gold annotations, one document per line.")
    var gold: String

    @Option(help: "Folder of the reports the gold file annotates.")
    var reports: String

    @Option(help: "The codebook's actors.tsv for actor aliases (default: the copy shipped with Sitrep).")
    var actors: String?

    @Flag(help: "Print the scores as JSON.")
    var json = false

    func run() throws {
        guard let goldText = try? String(contentsOfFile: gold, encoding: .utf8) else {
            StandardStreams.err("sitrep: \(gold): cannot read the gold file"); throw ExitCode(2)
        }
        let extractor = Extractor()
        var system = ""
        for input in ReportLoader.expand([reports]) {
            do {
                let path = try input.get()
                system += try RecordWriter.jsonLine(extractor.extract(ReadDocument(file: path, text: try ReportLoader.read(path))))
            } catch let e as ReadError {
                StandardStreams.err("sitrep: \(e.description)")
            }
        }
        let actorsPath = actors ?? KnowledgeBase.resourceDirectory().appendingPathComponent("actors.tsv").path
        let actorsText = (try? String(contentsOfFile: actorsPath, encoding: .utf8)) ?? ""
        let result = try EvaluationScorer(actorsTSV: actorsText).score(goldJSONL: goldText, systemJSONL: system)
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys, .prettyPrinted]
            StandardStreams.out(String(decoding: try e.encode(result), as: UTF8.self) + "\n")
        } else {
            StandardStreams.out(result.tableText() + "\n")
        }
    }
}
