import ArgumentParser

/// The `sitrep` command line.
@main
struct SitrepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "Turns conflict reports into coded events, figures and places.",
        subcommands: [
            ExtractCommand.self, EvalCommand.self, BenchCommand.self,
            IngestCommand.self, EventsCommand.self, ShowCommand.self, FiguresCommand.self, DocumentsCommand.self,
            PlacesCommand.self, ActorsCommand.self, ChangesCommand.self, StoreBenchCommand.self,
        ]
    )
}
