import Foundation
import Testing
@testable import Sitrep

@Suite("Bad input: clear errors, never a crash")
final class LoaderTests {
    let dir: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-loader-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    // Each test runs on its own instance, so its folder goes when the test ends.
    deinit { try? FileManager.default.removeItem(at: dir) }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let url = dir.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    func code(_ path: String) -> ReadError.Code? {
        do { _ = try ReportLoader.read(path); return nil } catch { return error.code }
    }

    @Test func missingEmptyAndBinaryFiles() {
        #expect(code(dir.appendingPathComponent("nope.txt").path) == .missing)
        #expect(code(write("empty.txt", [])) == .empty)
        #expect(code(write("blank.txt", Array("  \n\n ".utf8))) == .empty)
        #expect(code(write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])) == .binary)
    }

    @Test func invalidUTF8IsReadAsLatin1() throws {
        let path = write("latin1.txt", Array("Les rebelles sont entr".utf8) + [0xE9, 0x73] + Array(" a Goma.".utf8))
        let text = try ReportLoader.read(path)
        #expect(text.contains("entrés"))
    }

    @Test func errorMessageNamesTheFile() {
        let path = write("empty2.txt", [])
        do { _ = try ReportLoader.read(path); Issue.record("expected an error") } catch {
            #expect(error.description.hasPrefix(path))
            #expect(error.description.contains("empty"))
        }
    }

    @Test func foldersAreWalkedInOrderAndBadPathsReported() {
        _ = write("mixed/b.txt", Array("M23 took Sake.".utf8))
        _ = write("mixed/a.html", Array("<html><body><p>Clashes in Goma.</p></body></html>".utf8))
        _ = write("mixed/.hidden.txt", Array("x".utf8))
        _ = write("mixed/sub/c.txt", Array("Shelling hit Uvira.".utf8))
        _ = write("mixed/photo.jpg", [0xFF, 0xD8, 0xFF])
        let found = ReportLoader.expand([dir.appendingPathComponent("mixed").path, dir.appendingPathComponent("absent").path])
        let names = found.compactMap { try? $0.get() }.map { ($0 as NSString).lastPathComponent }
        #expect(names == ["a.html", "b.txt", "c.txt"])
        #expect(found.filter { if case .failure = $0 { true } else { false } }.count == 1)
    }

    @Test func largeInputIsSafe() {
        // 2 MB of repeated report text: no crash, events found, and every byte offset in range.
        let para = "M23 rebels captured Minova on Tuesday after fighting with the army. Shells hit Sake, killing two civilians.\n"
        let text = String(repeating: para, count: 2_000_000 / para.utf8.count)
        let doc = ReadDocument(file: "big.txt", text: text)
        let r = TestSupport.extractor.extract(doc)
        #expect(doc.sentences.count > 30_000)
        #expect(!r.events.isEmpty)
        #expect(r.events.allSatisfy { $0.evidence.allSatisfy { $0.end <= text.utf8.count } })
    }

    @Test func garbageDoesNotCrash() {
        // A fixed linear congruential sequence: the same "garbage" on every run.
        var state: UInt64 = 0x5EED
        func next() -> UInt8 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(32 + (state >> 33) % 224)
        }
        for _ in 0..<20 {
            let bytes = (0..<2000).map { _ in next() }
            let text = String(decoding: bytes, as: UTF8.self)
            let r = TestSupport.extractor.extract(ReadDocument(file: "g.txt", text: text))
            // Whatever it makes of noise, every evidence span lies inside the text.
            let spans = r.events.flatMap(\.evidence) + r.figures.flatMap(\.evidence)
            #expect(spans.allSatisfy { 0 <= $0.start && $0.start <= $0.end && $0.end <= text.utf8.count })
        }
    }
}
