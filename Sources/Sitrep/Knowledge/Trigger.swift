/// An event trigger of the lexicon: a word or phrase and what it codes.
public struct Trigger: Sendable, Equatable {
    /// Codebook sub_type, type and PLOVER category.
    public let subType: String, type: String, plover: String
    /// Behaviour flags of events.tsv (gain, lose, civ, noun, to, place, enter, clash, kill, armed, withdraw).
    public let flags: Set<String>
    /// The phrase as written in the lexicon.
    public let phrase: String

    /// True when the lexicon gives the flag.
    @inline(__always) public func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// What a matched span of text refers to.
public struct LexRef: Sendable, Equatable {
    /// The three vocabularies the automaton holds.
    public enum Kind: UInt8, Sendable { case place, actor, trigger }
    /// Which vocabulary.
    public let kind: Kind
    /// Index into the gazetteer, actor registry or trigger list.
    public let index: Int32
    /// For names: 1 = must be capitalised in the text, 2 = must be written in capitals.
    public let caseRule: UInt8
}
