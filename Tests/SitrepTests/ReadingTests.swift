import Testing
@testable import Sitrep

@Suite("Reading: header, HTML, normalisation, sentences, tokens")
struct ReadingTests {
    @Test func headerFieldsAndTrailingSource() {
        let text = "URL: https://example.org/a\nTITLE: Rebels near Sake\nPUBLISHED: 2025-02-03\nOUTLET: Lake News\n\nFirst line.\nOriginal Source: www.example.org"
        let doc = ReadDocument(file: "a.txt", text: text)
        #expect(doc.header.url == "https://example.org/a")
        #expect(doc.header.title == "Rebels near Sake")
        #expect(doc.header.published == Day(year: 2025, month: 2, day: 3))
        #expect(doc.header.outlet == "Lake News")
        #expect(doc.string(0, doc.text.count) == "First line.\n")
    }

    @Test func windowsLineEndingsReadAlike() {
        let text = "TITLE: Rebels near Sake\r\nPUBLISHED: 2025-02-03\r\n\r\nFirst line.\r\nSecond line.\r\nOriginal Source: Lake News\r\n"
        let doc = ReadDocument(file: "a.txt", text: text)
        #expect(doc.header.title == "Rebels near Sake")
        #expect(doc.header.published == Day(year: 2025, month: 2, day: 3))
        #expect(doc.header.outlet == "Lake News")
        #expect(doc.sentences.count == 2)
        #expect(doc.sentences.map(\.paragraph) == [0, 1])
        // A sentence's span in the file stops before the "\r\n".
        let bytes = Array(text.utf8)
        let first = doc.sentences[0]
        #expect(String(decoding: bytes[doc.fileOffset(first.start)..<doc.fileOffset(first.end)], as: UTF8.self) == "First line.")
    }

    /// The byte reader answers where every byte it reads is ASCII, and then splits as the Character
    /// reader does; elsewhere it declines, and `split` falls back to the Character reader.
    @Test(arguments: [
        ("TITLE: Rebels take a town\nPUBLISHED: 2025-02-10\n\nM23 rebels entered the town.\n\nOriginal Source: www.example.org", true),
        ("TITLE: Rebels\r\nURL: http://x\r\n\r\nBody line.\r\nOriginal Source: Wire\r\n", true),
        ("No header here: a colon in the first line.\nSecond line.", true),
        ("TITLE: Only a header", true),
        ("TITLE: A title\nBody right after, with no blank line.", true),
        ("   \n\nBody after blank lines.\nORIGINAL SOURCE:   Radio  ", true),
        ("Original Source: the whole text", true),
        ("TITLE: Café – Goma\nOUTLET: Le Monde\n\nLes rebelles sont entrés à Goma.\noriginal source: Le Soir", true),
        ("", true),
        ("\n\n\n", true),
        ("TITLE: Naïve\u{00A0}\n\nBody.", false),
        ("TITLE\u{0301}: accent on the key\n\nBody.", false),
        ("TITLE:\u{0301} accent after the colon\n\nBody.", false),
        ("\u{00A0}Body that starts with a no-break space.\nOriginal Source:\u{0301} x", false),
        ("Body.\nOriginal Source: Agence\u{00A0}", false),
    ])
    func byteSplitMatchesCharacterSplit(_ text: String, bytesAnswer: Bool) {
        let slow = ReportHeader.splitCharacters(text)
        let offset = { (i: String.Index) in text.utf8.distance(from: text.startIndex, to: i) }
        let fast = Array(text.utf8).withUnsafeBufferPointer { ReportHeader.splitBytes($0) }
        #expect((fast != nil) == bytesAnswer)
        if let (header, body) = fast {
            #expect(header == slow.header)
            #expect(body == offset(slow.body.startIndex)..<offset(slow.body.endIndex))
        }
        let split = ReportHeader.split(text)
        #expect(split.header == slow.header)
        #expect(offset(split.body.startIndex) == offset(slow.body.startIndex) && split.body == slow.body)
    }

    @Test func byteSplitReadsPlainHeadersItself() {
        let text = "TITLE: Rebels take a town\nPUBLISHED: 2025-02-10\n\nBody.\nOriginal Source: Wire"
        let fast = Array(text.utf8).withUnsafeBufferPointer { ReportHeader.splitBytes($0) }
        #expect(fast?.0.title == "Rebels take a town")
        #expect(fast?.0.outlet == "Wire")
        // A no-break space at the edge of a value is left to the Character reader.
        #expect(Array("TITLE: x\u{00A0}\n\nBody.".utf8).withUnsafeBufferPointer { ReportHeader.splitBytes($0) } == nil)
    }

    @Test func unknownPublicationDate() {
        let doc = ReadDocument(file: "a.txt", text: "PUBLISHED: unknown\n\nSomething happened.")
        #expect(doc.header.published == nil)
        #expect(doc.sentences.count == 1)
    }

    @Test func bodyWithoutHeader() {
        let doc = ReadDocument(file: "a.txt", text: "Fighting broke out in Goma. Residents fled.")
        #expect(doc.header.title == nil)
        #expect(doc.sentences.count == 2)
    }

    @Test func curlyQuotesDashesAndSpacesAreNormalised() {
        let (bytes, origin) = TextNormalizer.normalize(Array("the group\u{2019}s \u{201C}offensive\u{201D} \u{2014} now\u{00A0}here".utf8))
        #expect(String(decoding: bytes, as: UTF8.self) == "the group's \"offensive\" - now here")
        #expect(origin.count == bytes.count)
        #expect(origin[9] == 9)  // the apostrophe maps back to the first byte of U+2019
        #expect(origin[10] == 12)  // and the "s" after it to its own byte
        #expect(origin[bytes.count - 1] == 42)  // "here", after the 3-byte quote and dash and the 2-byte space
        // An ellipsis becomes three dots, each traced to the ellipsis; the text after it lines up again.
        let (dots, dotOrigin) = TextNormalizer.normalize(Array("a\u{2026}b\r\nc".utf8))
        #expect(String(decoding: dots, as: UTF8.self) == "a...b\nc")
        #expect((0..<dots.count).map { dotOrigin[$0] } == [0, 1, 1, 1, 4, 5, 7])  // the line feed traced to the "\r"
    }

    @Test func htmlLosesScriptsNavigationAndEntities() {
        let html = """
        <html><head><title>Clashes in Uvira</title><script>var x = "M23 captured Goma";</script>
        <meta property="article:published_time" content="2025-12-11T08:00:00Z"></head>
        <body><nav>Home | World</nav><article><p>Fighting &amp; shelling hit Uvira on Wednesday.</p>
        <p>Residents fled &#8212; many to Burundi.</p></article><footer>&copy; News</footer></body></html>
        """
        #expect(HTMLText.looksLikeHTML(html))
        let doc = ReadDocument(file: "p.html", text: html)
        let body = doc.string(0, doc.text.count)
        #expect(doc.header.title == "Clashes in Uvira")
        #expect(doc.header.published == Day(year: 2025, month: 12, day: 11))
        #expect(body.contains("Fighting & shelling hit Uvira on Wednesday."))
        #expect(body.contains("Residents fled - many to Burundi."))
        #expect(!body.contains("captured Goma"))
        #expect(!body.contains("Home | World"))
    }

    @Test(arguments: [
        ("Gen. Makenga spoke. The rebels left.", 2),
        ("The U.S. Treasury acted on Monday. The rebels left.", 2),
        ("Prices rose 1.5 percent. Traders sold.", 2),
        ("J. Kabila met Dr. Mukwege in No. 5 street. Then he left.", 2),
        ("\"We are leaving.\" The commander said so.", 2),
        ("He said: \"The town is calm. We stay.\" Nobody else spoke.", 3),
        ("They met in the U.S. The talks failed.", 2),
    ])
    func sentenceSplitting(text: String, count: Int) {
        #expect(ReadDocument(file: "s.txt", text: text).sentences.count == count)
    }

    @Test func paragraphsAreLines() {
        let doc = ReadDocument(file: "s.txt", text: "One. Two.\n\n- Bullet three\nFour.")
        #expect(doc.sentences.map(\.paragraph) == [0, 0, 1, 2])
    }

    @Test func tokenOffsetsPointIntoTheFile() {
        let text = "TITLE: T\n\nM23 took Sake."
        let doc = ReadDocument(file: "t.txt", text: text)
        let sake = doc.tokens.indices.first { doc.tokenText($0) == "Sake" }!
        let start = doc.fileOffset(Int(doc.tokens[sake].start))
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[start..<(start + 4)], as: UTF8.self) == "Sake")
    }

    /// Tokens go straight into storage sized for prose; text denser than that is scanned again with more room.
    @Test func denseTextKeepsEveryToken() {
        for count in [0, 1, 15, 16, 17, 100, 1_000, 4_099] {
            let text = String(repeating: ",", count: count)
            let out = Tokenizer.tokenize(Array(text.utf8))
            #expect(out.tokens.count == count)
            #expect(out.tokens.enumerated().allSatisfy { k, t in t.start == Int32(k) && t.kind == .punct })
            #expect(out.lines == (count > 0 ? [0..<count] : []))
        }
        let words = Tokenizer.tokenize(Array("a,b c.d 12 é".utf8)).tokens
        #expect(words.map(\.kind) == [.word, .punct, .word, .word, .punct, .word, .number, .word])
    }

    /// The scan folds runs of lower-case letters and digits eight bytes at a time and hashes each
    /// token after it; every token must still carry its folded text and that text's hash.
    @Test func tokensKeepTheirFoldedTextAndHash() {
        let text = "internationally-recognised GOVERNMENT forces, U.S. officials and the People's Defence Forces (1,250 troops) "
            + "in Nord-Kivu’s Rutshuru territoire: Bunagana, Kiwanja and Rwindi-2024 – mbarara7 a ab abc abcd abcdefghijklmnopq"
        let doc = ReadDocument(file: "t.txt", text: text)
        let folded = doc.tokens.indices.map { doc.foldedText($0) }
        #expect(folded.prefix(6) == ["internationally", "-", "recognised", "government", "forces", ","])
        #expect(folded.contains("us") && folded.contains("people") && folded.contains("1,250") && folded.contains("abcdefghijklmnopq"))
        doc.folded.withUnsafeBufferPointer { bytes in
            for t in doc.tokens {
                #expect(t.hash == WordHash.of(UnsafeBufferPointer(rebasing: bytes[Int(t.foldedStart)..<Int(t.foldedEnd)])))
            }
        }
        // Token by token, the words equal a scan of each word alone.
        for (k, t) in doc.tokens.enumerated() where t.kind == .word {
            let alone = Tokenizer.tokenize(Array(doc.tokenText(k).utf8))
            #expect(alone.tokens.count == 1 && alone.tokens[0].hash == t.hash && alone.tokens[0].allCaps == t.allCaps, "\(doc.tokenText(k))")
        }
    }

    /// The eight-byte run test agrees with a byte-by-byte test on every kind of byte.
    @Test func lowercaseRunMatchesBytewise() {
        var state: UInt64 = 7
        let alphabet: [UInt8] = Array("az09AZ ,.'-_`{/:@[".utf8) + [0x7F, 0x80, 0xC3, 0xE2, 0xFF, 0x00, 0x0A]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<8 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let r = Int(state >> 33)
                bytes.append(r % 3 == 0 ? alphabet[r % alphabet.count] : UInt8(97 + r % 26))
            }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let expected = bytes.firstIndex { !(($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57)) } ?? 8
            #expect(Tokenizer.lowercaseRun(UInt64(littleEndian: word)) == expected, "\(bytes)")
        }
    }

    /// The word hash reads words of eight and four bytes; it must depend on every byte and on the length.
    @Test func wordHashSeparatesNearWords() {
        var seen: [UInt64: String] = [:]
        var words: [String] = []
        for n in 0...20 { words.append(String(repeating: "a", count: n)) }
        for n in 1...20 { for k in 0..<n { var w = Array(repeating: UInt8(97), count: n); w[k] = 98; words.append(String(decoding: w, as: UTF8.self)) } }
        for w in words {
            let h = Array(w.utf8).withUnsafeBufferPointer { WordHash.of($0) }
            #expect(seen[h] == nil, "\(w) and \(seen[h] ?? "") share a hash")
            seen[h] = w
        }
    }

    /// Plain lines are copied eight bytes at a time, and go back to that after each line feed.
    @Test func plainLinesAreCopiedWhole() {
        let lines = "M23 fighters took the town.\nResidents fled south\nto Goma.\n\nShort\nx\n" + String(repeating: "abcdefg\n", count: 40) + "tail "
        let text = lines + "“quoted”", plain = lines + "\"quoted\""
        let (bytes, origin) = TextNormalizer.normalize(Array(text.utf8))
        #expect(String(decoding: bytes, as: UTF8.self) == plain)
        let asciiEnd = plain.utf8.count - 8  // before the quotes, every byte maps to itself
        #expect((0..<asciiEnd).allSatisfy { origin[$0] == $0 })
    }

    /// FNV-1a over a buffer, eight bytes a step, is FNV-1a byte by byte (stable ids depend on it).
    @Test func bufferHashEqualsByteHash() {
        let bytes = Array("M23 rebels took Walikale; the Bisie mine — suspended.".utf8)
        for n in 0...bytes.count {
            let prefix = Array(bytes.prefix(n))
            #expect(prefix.withUnsafeBufferPointer { FNV1a.hash($0) } == FNV1a.hash(prefix.lazy.map { $0 }))
        }
        #expect(StableID.make(["Attack", "Goma"]) == StableID.make(bytes: Array("Attack\u{1F}Goma".utf8)))
        // The document id: the bytes in place and the bytes one by one give one id.
        #expect(StableID.make(bytes: bytes) == StableID.make(bytes: bytes.lazy.map { $0 }))
    }

    @Test func foldingRemovesAccentsAndCase() {
        #expect(Tokenizer.key("Forces Armées") == Tokenizer.key("forces armees"))
        #expect(Tokenizer.key("Nord-Kivu") == Array("nord - kivu".utf8))
        #expect(Tokenizer.key("Union's") == Array("union ' s".utf8))
    }
}

@Suite("Phrase table")
struct PhraseTableTests {
    private func table() -> PhraseTable<Int> {
        var table = PhraseTable<Int>()
        for (i, k) in ["goma", "go", "gomaa", "bukavu", "goma airport"].enumerated() { table.insert(Array(k.utf8), i) }
        table.insert(Array("goma".utf8), 9)
        table.freeze { _ in 0 }
        return table
    }

    /// A word in lower case starts a walk only at keys taken in any case; the small table of their
    /// first steps agrees with the full table.
    @Test func uncasedFirstStepsAgreeWithTheTable() {
        var table = PhraseTable<Int>()
        for (i, k) in ["goma", "go", "bukavu", "goma airport", "attack", "attack on", "the army"].enumerated() { table.insert(Array(k.utf8), i) }
        table.freeze { $0 >= 4 ? 0 : 1 }  // place names need a capital; the rest do not
        func hash(_ w: String) -> UInt64 { Array(w.utf8).withUnsafeBufferPointer { WordHash.of($0) } }
        #expect(table.uncasedFirstWords.mayContain(hash("attack")) && table.uncasedFirstWords.mayContain(hash("the")))
        table.withScanner { scanner in
            for w in ["attack", "the"] { #expect(scanner.uncasedFirstStep(hash(w)) == scanner.step(0, hash(w)) && scanner.step(0, hash(w)).child > 0) }
            for w in ["goma", "bukavu", "army", "on"] { #expect(scanner.uncasedFirstStep(hash(w)).child == -1) }
            #expect(scanner.step(0, hash("goma")).child > 0)
        }
    }

    @Test func keysValuesAndPrefixes() {
        let table = table()
        #expect(Array(table.lookup(Array("goma".utf8))) == [0, 9])
        #expect(Array(table.lookup(Array("go".utf8))) == [1])
        #expect(table.lookup(Array("gom".utf8)).isEmpty)
        #expect(table.lookup(Array("uvira".utf8)).isEmpty)
        #expect(table.lookup(Array("airport".utf8)).isEmpty)
        #expect(Array(table.lookup(Array("goma airport".utf8))) == [4])
    }

    @Test func walksWholeWordsAndSpellsThePhrase() {
        let table = table()
        let doc = ReadDocument(file: "t", text: "Goma airport reopened.")
        doc.tokens.withUnsafeBufferPointer { tokens in
            doc.folded.withUnsafeBufferPointer { folded in
                table.withScanner { scanner in
                    let hash = { (i: Int) in WordHash.of(UnsafeBufferPointer(rebasing: folded[Int(tokens[i].foldedStart)..<Int(tokens[i].foldedEnd)])) }
                    let goma = scanner.child(0, hash(0))
                    #expect(goma > 0)
                    let airport = scanner.child(goma, hash(1))
                    #expect(Array(scanner.valueIndices(airport)).map { scanner.values[$0] } == [4])
                    #expect(scanner.spells(airport, tokens: tokens, folded: folded, first: 0, last: 1))
                    // The words of another phrase never spell it, whatever node they are checked at.
                    #expect(!scanner.spells(airport, tokens: tokens, folded: folded, first: 1, last: 2))
                    #expect(scanner.child(airport, hash(2)) == -1)
                }
            }
        }
    }
}
