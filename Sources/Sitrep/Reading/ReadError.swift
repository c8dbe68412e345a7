/// Why an input could not be read; the message names the file and the problem.
public struct ReadError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, in a word a script can test.
    public enum Code: String, Sendable { case missing, unreadable, empty, binary, tooLarge, notText }
    /// The kind of failure.
    public let code: Code
    /// The input path as given.
    public let file: String
    /// A sentence for a person.
    public let message: String

    /// Creates an error for `file`.
    public init(_ code: Code, file: String, _ message: String) {
        self.code = code; self.file = file; self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
