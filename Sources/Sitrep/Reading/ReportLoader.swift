import Foundation

/// Finds report files under the paths given and reads each into text, with a clear error per bad file.
public enum ReportLoader {
    /// Largest file read, in bytes; bigger ones are refused with a message.
    public static let maxBytes = 256 * 1024 * 1024
    /// File extensions read when walking a folder.
    public static let extensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "md", ""]

    /// Expands folders recursively (sorted, hidden files skipped); files are kept as given.
    /// A missing path becomes an error entry so the caller can report it and go on.
    public static func expand(_ paths: [String]) -> [Result<String, ReadError>] {
        var out: [Result<String, ReadError>] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { out.append(.success(path)); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                out.append(.failure(ReadError(.missing, file: path, "no such file or folder"))); continue
            }
            guard isDir.boolValue else { out.append(.success(path)); continue }
            guard let e = fm.enumerator(atPath: path) else {
                out.append(.failure(ReadError(.unreadable, file: path, "folder cannot be listed"))); continue
            }
            var files: [String] = []
            while let rel = e.nextObject() as? String {
                let name = (rel as NSString).lastPathComponent
                if name.hasPrefix(".") { if (e.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { e.skipDescendants() }; continue }
                let full = (path as NSString).appendingPathComponent(rel)
                var sub: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue, extensions.contains((name as NSString).pathExtension.lowercased()) {
                    files.append(full)
                }
            }
            out += files.sorted().map { .success($0) }
        }
        return out
    }

    /// Reads one file (or standard input for "-") as text.
    public static func read(_ path: String) throws(ReadError) -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw ReadError(FileManager.default.fileExists(atPath: path) ? .unreadable : .missing, file: path,
                                FileManager.default.fileExists(atPath: path) ? "permission denied or unreadable" : "no such file")
            }
            defer { try? handle.close() }
            let size = (try? handle.seekToEnd()).map(Int.init) ?? 0
            if size > maxBytes { throw ReadError(.tooLarge, file: path, "file is \(size / 1_048_576) MB; the limit is \(maxBytes / 1_048_576) MB") }
            try? handle.seek(toOffset: 0)
            data = (try? handle.readToEnd()) ?? Data()
        }
        return try decode(data, file: path)
    }

    /// Decodes bytes as a report's text: UTF-8, else Windows-1252 for legacy text; binary is refused.
    public static func decode(_ data: Data, file: String) throws(ReadError) -> String {
        if data.isEmpty { throw ReadError(.empty, file: file, "file is empty") }
        let bytes = [UInt8](data)
        let sample = bytes.prefix(8192)
        let controls = sample.filter { $0 < 9 || ($0 > 13 && $0 < 32) }.count
        if sample.contains(0) || controls * 20 > sample.count {
            throw ReadError(.binary, file: file, "looks like a binary file, not a text report")
        }
        let text: String
        if let s = String(validating: bytes, as: UTF8.self) {
            text = s
        } else {
            // Legacy single-byte text: map each byte to its Latin-1 code point.
            text = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        }
        if text.allSatisfy({ $0.isWhitespace }) { throw ReadError(.empty, file: file, "file holds only whitespace") }
        return text
    }

}
