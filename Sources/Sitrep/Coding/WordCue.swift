/// A closed word list the coder consults, as one bit of a token's cue mask: each token's lists are
/// looked up once per document, so the coder tests a bit where it used to hash or compare strings.
enum WordCue: Int, CaseIterable {
    case negation, modal, anaphor, preposition, civilianTarget, armedTarget, economicObject, agreementObject, aidObject
    case fightingCue, placeAnaphor, politicalAnaphor, rebelAnaphor, reportingVerb, abductee, intervention, aircraft
    case supportCue, memberNoun, facility, nonViolentCause, hyphenSuffix, backing, clauseOpener, relativePronoun
    case pastClauseOpener, dateClauseOpener, lootingCause, denial, claim, anyNumberWord, dateWord, forceNoun
    case placeStopword, organisationWord, locative, placeWord, demonym, adminTwoWord, adminOneWord, siteWord, townWord
    case killed, injured, abducted, arrested, refugees, displaced, otherCounted, fighters, troops, disease, nonPeople
    /// "(": sentences without one cannot introduce an acronym.
    case openParenthesis
    /// Sources of figures: "according (to)", "…, OCHA said".
    case according, attributionVerb
    case assailantWord, unopposedWord

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
        case .openParenthesis: ["("]
        case .according: ["according"]
        case .attributionVerb: Lexicon.attributionVerbs
        case .assailantWord: Lexicon.assailantWords
        case .unopposedWord: Lexicon.unopposedWords
        }
    }

    @inline(__always) var bit: UInt64 { 1 << UInt64(rawValue) }
}

/// Folded word → the bits of the lists it belongs to; built once per knowledge base.
struct CueTable: Sendable {
    private let table: WordTable<UInt64>

    init(demonyms: Set<String>) {
        precondition(WordCue.allCases.count < 63, "cue masks are 64 bits, the top one marks number tokens")
        var masks: [String: UInt64] = [:]
        for cue in WordCue.allCases {
            for w in cue.words(demonyms: demonyms) { masks[w, default: 0] |= cue.bit }
        }
        table = WordTable(masks)
    }

    /// The cue bits of every token of `doc`.
    func masks(of doc: ReadDocument) -> [UInt64] {
        [UInt64](unsafeUninitializedCapacity: doc.tokens.count) { out, written in
            doc.folded.withUnsafeBufferPointer { folded in
                table.withLookup { lookup in
                    for i in doc.tokens.indices {
                        let t = doc.tokens[i]
                        out[i] = (lookup.value(doc, i, folded) ?? 0) | (t.kind == .number ? TokenCues.number : 0)
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

    /// The mask bit of number tokens, so a sentence without one is told by its mask.
    static let number: UInt64 = 1 << 63

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

    /// True when sentence `s` has a number token or a word of the list: the only tokens the
    /// number and date readers start from.
    @inline(__always) func sentence(_ s: Int, hasNumberOr cue: WordCue) -> Bool { sentence[s] & (cue.bit | Self.number) != 0 }

    /// True when some token of sentence `s` is in the list.
    @inline(__always) func sentence(_ s: Int, has cue: WordCue) -> Bool { sentence[s] & cue.bit != 0 }
}
