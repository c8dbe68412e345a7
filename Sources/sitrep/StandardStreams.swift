import Foundation

/// Buffered writes to standard output and error (the C `stdout` global is not concurrency-safe).
enum StandardStreams {
    /// Writes text to standard output.
    static func out(_ s: String) { FileHandle.standardOutput.write(Data(s.utf8)) }
    /// Writes a line to standard error.
    static func err(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }
}
