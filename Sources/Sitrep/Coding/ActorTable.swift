/// The registry's actors plus the organisations a report introduces itself ("Medics for the Great
/// Lakes (MGL)"), indexed as one list so the coder treats both alike.
/// A class, so that the context holds it in a constant: reading the registry's traits, the coder's
/// most frequent question, then needs no exclusivity check and no copy.
final class ActorTable {
    let base: [Actor]
    private let baseTraits: [ActorTraits]
    private(set) var local: [Actor] = []
    private var localTraits: [ActorTraits] = []

    init(base: [Actor], traits: [ActorTraits]) {
        self.base = base
        self.baseTraits = traits
    }

    /// The actor with index `i` (registry first, then the report's own).
    subscript(i: Int) -> Actor { i < base.count ? base[i] : local[i - base.count] }

    /// The name of actor `i`, without copying its other strings.
    func name(_ i: Int) -> String { i < base.count ? base[i].name : local[i - base.count].name }

    /// What the coder asks of actor `i`, without copying its strings.
    @inline(__always) func traits(_ i: Int) -> ActorTraits { i < base.count ? baseTraits[i] : localTraits[i - base.count] }

    /// Adds an organisation named by the report and returns its index.
    func add(_ actor: Actor) -> Int {
        local.append(actor)
        localTraits.append(ActorTraits(actor))
        return base.count + local.count - 1
    }

    /// The index of a report-local actor with this name, if already added.
    func localIndex(named name: String) -> Int? {
        local.firstIndex { $0.name == name }.map { base.count + $0 }
    }
}

/// The kind tests the coder makes of an actor, answered once per actor instead of by string
/// comparisons at every look.
struct ActorTraits: Sendable {
    let isNonStateArmed, isArmedForce, isArmed, isPolitical: Bool
    /// kind == "Civilians", "Other", "Rebel group".
    let isCivilians, isOther, isRebelGroup: Bool
    /// The name starts with "Government".
    let isGovernment: Bool
    /// The name is "Unidentified armed group" / "Civilians".
    let isUnidentified, isNamedCivilians: Bool
    /// kind == "External/Other forces".
    let isExternalForce: Bool
    /// The actor's country as a `PlaceTable` number; -1 with no country, -2 when the number is not
    /// known here (a code without gazetteer entries, or an actor the report introduced), for the
    /// caller to look the code up.
    let countryNumber: Int32

    /// The traits of `a`, whose country number is `countryNumber` (see the property).
    init(_ a: Actor, countryNumber: Int32 = -2) {
        self.countryNumber = countryNumber
        isNonStateArmed = a.isNonStateArmed
        isArmedForce = a.isArmedForce
        isArmed = a.isArmed
        isPolitical = a.isPolitical
        isCivilians = a.kind == "Civilians"
        isOther = a.kind == "Other"
        isRebelGroup = a.kind == "Rebel group"
        isGovernment = a.name.hasPrefix("Government")
        isUnidentified = a.name == "Unidentified armed group"
        isNamedCivilians = a.name == "Civilians"
        isExternalForce = a.kind == "External/Other forces"
    }
}
