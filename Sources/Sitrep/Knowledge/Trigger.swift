/// An event trigger of the lexicon: a word or phrase and what it codes.
public struct Trigger: Sendable, Equatable {
    /// Codebook sub_type and type.
    public let subType: EventSubType, type: EventType
    /// PLOVER category.
    public let plover: String
    /// Behaviour flags of events.tsv (gain, lose, civ, noun, to, place, enter, clash, kill, armed, withdraw).
    public let flags: TriggerFlags
    /// The phrase as written in the lexicon.
    public let phrase: String

    /// True when the lexicon gives the flag.
    @inline(__always) public func has(_ flag: TriggerFlags) -> Bool { flags.contains(flag) }
}

/// The behaviour flags of a trigger, as bits so the coder tests them without hashing.
public struct TriggerFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public static let gain = TriggerFlags(rawValue: 1 << 0)
    public static let lose = TriggerFlags(rawValue: 1 << 1)
    public static let civ = TriggerFlags(rawValue: 1 << 2)
    public static let noun = TriggerFlags(rawValue: 1 << 3)
    public static let to = TriggerFlags(rawValue: 1 << 4)
    public static let place = TriggerFlags(rawValue: 1 << 5)
    public static let enter = TriggerFlags(rawValue: 1 << 6)
    public static let clash = TriggerFlags(rawValue: 1 << 7)
    public static let kill = TriggerFlags(rawValue: 1 << 8)
    public static let armed = TriggerFlags(rawValue: 1 << 9)
    public static let withdraw = TriggerFlags(rawValue: 1 << 10)
    public static let byArmed = TriggerFlags(rawValue: 1 << 11)
    /// The phrase contains "withdraw"; derived from the phrase at load, so the coder tests a bit, not a substring.
    public static let withdrawWord = TriggerFlags(rawValue: 1 << 12)

    /// Flags by their name in events.tsv.
    public static let byName: [String: TriggerFlags] = [
        "gain": .gain, "lose": .lose, "civ": .civ, "noun": .noun, "to": .to, "place": .place, "enter": .enter,
        "clash": .clash, "kill": .kill, "armed": .armed, "withdraw": .withdraw, "byarmed": .byArmed,
    ]
}

/// What a matched span of text refers to.
public struct LexRef: Sendable, Equatable {
    /// The three vocabularies the automaton holds.
    public enum Kind: UInt8, Sendable { case place, actor, trigger }
    /// Which vocabulary.
    public let kind: Kind
    /// Index into the gazetteer, actor registry or trigger list.
    public let index: Int32
    /// 0 = any case; 1 = the first word capitalised (names); 2 = every word in capitals (acronyms).
    public let caseRule: UInt8
}
