import Foundation

/// Buffered writes to standard output and error (the C `stdout` global is not concurrency-safe).
enum StandardStreams {
    /// Writes text to standard output.
    static func out(_ s: String) { FileHandle.standardOutput.write(Data(s.utf8)) }
    /// Writes UTF-8 bytes to standard output.
    static func out(utf8 bytes: UnsafeBufferPointer<UInt8>) { FileHandle.standardOutput.write(Data(buffer: bytes)) }
    /// Writes a line to standard error.
    static func err(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }
}
