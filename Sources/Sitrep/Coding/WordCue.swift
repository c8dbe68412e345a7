/// A closed word list the coder consults, as one bit of a token's cue mask: each token's lists are
/// looked up once per document, so the coder tests a bit where it used to hash or compare strings.
enum WordCue: Int, CaseIterable {
    case negation, modal, anaphor, preposition, civilianTarget, armedTarget, economicObject, agreementObject, aidObject
    case fightingCue, placeAnaphor, politicalAnaphor, rebelAnaphor, reportingVerb, abductee, intervention, aircraft
    case supportCue, memberNoun, facility, nonViolentCause, hyphenSuffix, backing, clauseOpener, relativePronoun
    case pastClauseOpener, dateClauseOpener, lootingCause, denial, claim, anyNumberWord, dateWord, forceNoun
    case placeStopword, organisationWord, locative, placeWord, demonym, adminTwoWord, adminOneWord, siteWord, townWord
    case killed, injured, abducted, arrested, refugees, displaced, otherCounted, fighters, troops, disease, nonPeople

    /// The words of the list (demonyms come from the knowledge base).
    func words(demonyms: Set<String>) -> Set<String> {
        switch self {
        case .negation: Lexicon.negations
        case .modal: Lexicon.modals
        case .anaphor: Lexicon.anaphors
        case .preposition: Lexicon.prepositions
        case .civilianTarget: Lexicon.civilianTargets
        case .armedTarget: Lexicon.armedTargets
        case .economicObject: Lexicon.economicObjects
        case .agreementObject: Lexicon.agreementObjects
        case .aidObject: Lexicon.aidObjects
        case .fightingCue: Lexicon.fightingCues
        case .placeAnaphor: Lexicon.placeAnaphors
        case .politicalAnaphor: Lexicon.politicalAnaphors
        case .rebelAnaphor: Lexicon.rebelAnaphors
        case .reportingVerb: Lexicon.reportingVerbs
        case .abductee: Lexicon.abducteeWords
        case .intervention: Lexicon.interventionWords
        case .aircraft: Lexicon.aircraftWords
        case .supportCue: Lexicon.supportCues
        case .memberNoun: Lexicon.memberNouns
        case .facility: Lexicon.facilities
        case .nonViolentCause: Lexicon.nonViolentCauses
        case .hyphenSuffix: Lexicon.hyphenSuffixes
        case .backing: Lexicon.backingWords
        case .clauseOpener: Lexicon.clauseOpeners
        case .relativePronoun: Lexicon.relativePronouns
        case .pastClauseOpener: Lexicon.pastClauseOpeners
        case .lootingCause: Lexicon.lootingCauses
        case .dateClauseOpener: Lexicon.dateClauseOpeners
        case .denial: Lexicon.denials
        case .claim: Lexicon.claims
        case .anyNumberWord: NumberReader.startWords
        case .dateWord: DateResolver.triggers
        case .forceNoun: Lexicon.forceNouns
        case .placeStopword: PlaceResolver.stopwords
        case .organisationWord: PlaceResolver.organisationWords
        case .locative: PlaceResolver.locatives
        case .placeWord: PlaceResolver.placeWords
        case .demonym: demonyms
        case .adminTwoWord: PlaceResolver.adminTwoWords
        case .adminOneWord: PlaceResolver.adminOneWords
        case .siteWord: PlaceResolver.siteFeatureWords
        case .townWord: PlaceResolver.townFeatureWords
        case .killed, .injured, .abducted, .arrested, .refugees, .displaced:
            FigureExtractor.harmCues.first { $0.cue == self }!.words
        case .otherCounted, .fighters, .troops:
            FigureExtractor.nounCues.first { $0.cue == self }!.words
        case .disease: FigureExtractor.disease
        case .nonPeople: FigureExtractor.nonPeople
        }
    }

    @inline(__always) var bit: UInt64 { 1 << UInt64(rawValue) }
}

/// Folded word → the bits of the lists it belongs to; built once per knowledge base.
///
/// Tokens are looked up on their folded bytes in an open-addressing table, so no string is hashed.
/// Two ASCII words are equal exactly when their bytes are; a token with other bytes goes through
/// the string dictionary, which compares as `String` does (canonical equivalence).
struct CueTable: Sendable {
    private let byString: [String: UInt64]
    /// Entry index + 1 per slot, 0 when empty; the slot count is a power of two.
    private let slots: [Int32]
    private let keyBytes: [UInt8]
    private let keyStart: [Int32]
    private let keyMask: [UInt64]
    /// Each entry's word hash, compared before its bytes.
    private let keyHash: [UInt64]

    init(demonyms: Set<String>) {
        precondition(WordCue.allCases.count < 64, "cue masks are 64 bits, the top one marks non-ASCII tokens")
        var byString: [String: UInt64] = [:]
        for cue in WordCue.allCases {
            for w in cue.words(demonyms: demonyms) { byString[w, default: 0] |= cue.bit }
        }
        self.byString = byString
        var keyBytes: [UInt8] = [], keyStart: [Int32] = [0], keyMask: [UInt64] = []
        for (word, mask) in byString.sorted(by: { $0.key < $1.key }) where word.utf8.allSatisfy({ $0 < 0x80 }) {
            keyBytes += word.utf8
            keyStart.append(Int32(keyBytes.count))
            keyMask.append(mask)
        }
        var size = 16
        while size < keyMask.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        let keyHash = keyMask.indices.map { e in
            keyBytes.withUnsafeBufferPointer { WordHash.of(UnsafeBufferPointer(rebasing: $0[Int(keyStart[e])..<Int(keyStart[e + 1])])) }
        }
        for e in keyMask.indices {
            var h = Int(truncatingIfNeeded: keyHash[e]) & (size - 1)
            while slots[h] != 0 { h = (h + 1) & (size - 1) }
            slots[h] = Int32(e + 1)
        }
        self.keyHash = keyHash
        self.slots = slots
        self.keyBytes = keyBytes
        self.keyStart = keyStart
        self.keyMask = keyMask
    }

    /// The cue bits of every token of `doc`.
    func masks(of doc: ReadDocument) -> [UInt64] {
        let size = slots.count
        return [UInt64](unsafeUninitializedCapacity: doc.tokens.count) { out, written in
            doc.tokens.withUnsafeBufferPointer { tokens in
                doc.folded.withUnsafeBufferPointer { folded in
                    slots.withUnsafeBufferPointer { slots in
                        keyBytes.withUnsafeBufferPointer { keys in
                            for i in tokens.indices {
                                let t = tokens[i]
                                guard t.isASCII else { out[i] = (byString[doc.foldedText(i)] ?? 0) | TokenCues.nonASCII; continue }
                                let start = Int(t.foldedStart), count = Int(t.foldedEnd) - start
                                out[i] = 0
                                var h = Int(truncatingIfNeeded: t.hash) & (size - 1)
                                while slots[h] != 0 {
                                    let e = Int(slots[h] - 1)
                                    let keyStart = Int(self.keyStart[e])
                                    if keyHash[e] == t.hash, Int(self.keyStart[e + 1]) - keyStart == count, (0..<count).allSatisfy({ keys[keyStart + $0] == folded[start + $0] }) {
                                        out[i] = keyMask[e]; break
                                    }
                                    h = (h + 1) & (size - 1)
                                }
                            }
                        }
                    }
                }
            }
            written = doc.tokens.count
        }
    }
}

/// The cue bits of a document's tokens, and their union per sentence.
struct TokenCues {
    let token: [UInt64]
    let sentence: [UInt64]

    init(doc: ReadDocument, table: CueTable) {
        let token = table.masks(of: doc)
        self.token = token
        sentence = doc.sentences.map { s in
            var mask: UInt64 = 0
            for k in s.tokens { mask |= token[k] }
            return mask
        }
    }

    /// The mask bit of tokens with bytes outside ASCII.
    static let nonASCII: UInt64 = 1 << 63

    /// True when token `i` has bytes outside ASCII.
    @inline(__always) func isNonASCII(_ i: Int) -> Bool { token[i] & Self.nonASCII != 0 }

    /// True when token `i` is in the list; false outside the document, like the empty word.
    @inline(__always) func has(_ i: Int, _ cue: WordCue) -> Bool {
        i >= 0 && i < token.count && token[i] & cue.bit != 0
    }

    /// True when some token of `range` (clamped to the document) is in the list.
    func any(_ range: Range<Int>, _ cue: WordCue) -> Bool {
        let lo = max(0, range.lowerBound), hi = min(token.count, range.upperBound)
        var k = lo
        while k < hi { if token[k] & cue.bit != 0 { return true }; k += 1 }
        return false
    }

    /// True when some token of sentence `s` is in the list.
    @inline(__always) func sentence(_ s: Int, has cue: WordCue) -> Bool { sentence[s] & cue.bit != 0 }
}
