/// What the coder has learnt about a document so far: matches per sentence, resolved places,
/// the dominant country, and the last actor and place of each kind for coreference.
/// A class, so the coder's many closures capture one reference instead of copying every array it holds.
///
/// Its variables are read tens of times per token. A context belongs to one extraction on one
/// thread and no access to it overlaps another, so they are marked `@exclusivity(unchecked)`:
/// the run-time exclusivity check, a call per read, had cost a few per cent of extraction.
final class DocumentContext {
    let doc: ReadDocument
    let kb: KnowledgeBase
    /// The word lists each token belongs to.
    let cues: TokenCues
    /// The gazetteer's entries as plain values.
    let placeTable: PlaceTable
    /// The mentions of each sentence (slices of one array until a rule edits a sentence's list).
    @exclusivity(unchecked) var mentions: [ArraySlice<Mention>] = []
    /// The candidate entries of every mention (`Mention.pool` ranges).
    @exclusivity(unchecked) var candidatePool: [Int32] = []
    @exclusivity(unchecked) var dates: [[DateMention]] = []
    /// Resolved place per place mention (key: first token), nil when rejected.
    @exclusivity(unchecked) var placeOf: TokenPlaces
    @exclusivity(unchecked) var country: String?
    @exclusivity(unchecked) var backers: [Int: Int] = [:]
    /// The last rebel or militia named, for "the rebels", "the group", "they".
    @exclusivity(unchecked) var lastNonState: Int?
    /// The last rebel group named, for "the rebels".
    @exclusivity(unchecked) var lastRebel: Int?
    /// Day span of the last event coded with its own date at each place (`lastDated(at:)`), for
    /// later sentences that tell more of it.
    @exclusivity(unchecked) private var lastDatedSlot = IntMap(), lastDatedValues: [(Day?, Day?, Int?)] = []
    /// The place of the dateline ("GOMA, Democratic Republic of Congo -"), if any.
    @exclusivity(unchecked) var dateline: Int?
    /// The token where the dateline's place name starts.
    @exclusivity(unchecked) var datelineToken: Int = -1
    /// The last sentence that coded a violent event, for "the assault", "they set homes on fire" next.
    @exclusivity(unchecked) var lastViolentSentence: Int = -2
    /// Where the last non-political act was placed, for "the town" in the next sentences.
    @exclusivity(unchecked) var lastEventPlace: Int?
    /// The last political act coded, for "the two leaders called for…" after "X and Y met in Doha".
    @exclusivity(unchecked) var lastPolitical: CodedEvent?

    /// Lists the coder fills for each sentence, lent out and handed back so that a document
    /// allocates them once (`borrow`).
    @exclusivity(unchecked) var actorList: [Mention] = [], placeList: [Mention] = []
    @exclusivity(unchecked) var hitList: [EventCoder.Hit] = []

    /// `list` emptied, with its storage; `list` stays empty until the caller hands it back.
    static func borrow<T>(_ list: inout [T]) -> [T] {
        var lent: [T] = []
        swap(&lent, &list)
        lent.removeAll(keepingCapacity: true)
        // The first lending: room for most sentences, kept under the allocator's small-block cache (1 KB).
        if lent.capacity == 0 { lent.reserveCapacity(Swift.max(4, 768 / MemoryLayout<T>.stride)) }
        return lent
    }

    /// The registry's actors and the organisations this report introduces.
    let actors: ActorTable

    init(doc: ReadDocument, kb: KnowledgeBase, cueTable: CueTable, actorTraits: [ActorTraits], placeTable: PlaceTable) {
        self.doc = doc
        self.kb = kb
        self.cues = TokenCues(doc: doc, table: cueTable)
        self.placeTable = placeTable
        self.placeOf = TokenPlaces(tokenCount: doc.tokens.count)
        self.actors = ActorTable(base: kb.actors, traits: actorTraits)
    }

    /// Day span and precision of the last event dated at place `place`.
    func lastDated(at place: Int) -> (Day?, Day?, Int?)? { lastDatedSlot[place].map { lastDatedValues[$0] } }

    /// Records the dates of an event at `place`.
    func setLastDated(at place: Int, _ dates: (Day?, Day?, Int?)) {
        if let k = lastDatedSlot[place] { lastDatedValues[k] = dates } else { lastDatedSlot[place] = lastDatedValues.count; lastDatedValues.append(dates) }
    }

    /// The candidate entries of a mention.
    @inline(__always) func candidates(of m: Mention) -> ArraySlice<Int32> { candidatePool[Int(m.pool.lowerBound)..<Int(m.pool.upperBound)] }

    /// Where an actor's political acts are placed when no venue is named; report-local actors have none.
    func seat(of actor: Int) -> Int? { actor < kb.seatPlaces.count ? kb.seatPlaces[actor] : nil }

    @inline(__always) func w(_ i: Int) -> String { i >= 0 && i < doc.tokens.count ? doc.foldedText(i) : "" }
    /// True when token `i` is the punctuation mark `mark`: the same as `w(i) == mark` for marks no
    /// other character is canonically equivalent to (not ";", which U+037E equals), without a string.
    @inline(__always) func isMark(_ i: Int, _ mark: Unicode.Scalar) -> Bool {
        i >= 0 && i < doc.tokens.count && doc.tokens[i].kind == .punct && doc.folded[Int(doc.tokens[i].foldedStart)] == UInt8(ascii: mark)
    }
    /// True when token `i`'s word is `word` (`w(i) == word`, decided on the bytes: `ReadDocument.foldedIs`).
    @inline(__always) func isWord(_ i: Int, _ word: StaticString) -> Bool {
        i >= 0 && i < doc.tokens.count && doc.foldedIs(i, word)
    }

    /// True when some token of `range` (clamped to the document) is `word`.
    /// An ASCII token whose hash differs from the word's cannot be it, so most tokens cost one comparison.
    func anyWord(_ range: Range<Int>, _ word: StaticString) -> Bool {
        let lo = max(0, range.lowerBound), hi = max(lo, min(doc.tokens.count, range.upperBound))
        let hash = word.withUTF8Buffer { WordHash.of($0) }
        return (lo..<hi).contains { k in (doc.tokens[k].hash == hash || !doc.tokens[k].isASCII) && doc.foldedIs(k, word) }
    }

    /// True when token `i`'s word is one of `words`. A list literal passed here is allocated at
    /// each call, so the rules run for every mention pass static lists (`EventCoder.inOrAt`…).
    @inline(__always) func isWord(_ i: Int, oneOf words: [StaticString]) -> Bool {
        words.contains { isWord(i, $0) }
    }

    /// True when token `i` is in the word list (false outside the document).
    @inline(__always) func has(_ i: Int, _ cue: WordCue) -> Bool { cues.has(i, cue) }
}
