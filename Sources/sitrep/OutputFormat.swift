import ArgumentParser

/// How `sitrep extract` writes its results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, table
}
