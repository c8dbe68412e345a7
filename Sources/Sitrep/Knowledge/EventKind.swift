/// The codebook's event types (ACLED's six, plus Political and Economic acts).
public enum EventType: String, Sendable, CaseIterable {
    case battles = "Battles"
    case explosions = "Explosions/Remote violence"
    case violenceAgainstCivilians = "Violence against civilians"
    case protests = "Protests"
    case riots = "Riots"
    case strategic = "Strategic developments"
    case political = "Political"
    case economic = "Economic"

    /// Battles, explosions and violence against civilians: the violent types.
    @inline(__always) public var isViolent: Bool { self == .battles || self == .explosions || self == .violenceAgainstCivilians }
    /// The violent types, riots and protests: events that count fatalities and need a place of their own.
    @inline(__always) public var isViolentOrDemonstration: Bool { isViolent || self == .riots || self == .protests }
}

/// The codebook's event sub-types. The coder's rules name them, so they are cases rather than
/// strings: a rule tests an integer, not a string. `subtypes.tsv` gives each its type and PLOVER
/// category, and loading fails on a name that is not here.
public enum EventSubType: String, Sendable, CaseIterable {
    case armedClash = "Armed clash"
    case governmentRegainsTerritory = "Government regains territory"
    case nonStateActorOvertakesTerritory = "Non-state actor overtakes territory"
    case chemicalWeapon = "Chemical weapon"
    case airDroneStrike = "Air/drone strike"
    case suicideBomb = "Suicide bomb"
    case shelling = "Shelling/artillery/missile attack"
    case remoteExplosive = "Remote explosive/landmine/IED"
    case grenade = "Grenade"
    case sexualViolence = "Sexual violence"
    case attack = "Attack"
    case abduction = "Abduction/forced disappearance"
    case peacefulProtest = "Peaceful protest"
    case protestWithIntervention = "Protest with intervention"
    case excessiveForce = "Excessive force against protesters"
    case violentDemonstration = "Violent demonstration"
    case mobViolence = "Mob violence"
    case agreement = "Agreement"
    case arrests = "Arrests"
    case changeToGroup = "Change to group/activity"
    case disruptedWeaponsUse = "Disrupted weapons use"
    case headquartersEstablished = "Headquarters or base established"
    case looting = "Looting/property destruction"
    case nonViolentTransfer = "Non-violent transfer of territory"
    case other = "Other"
    case talks = "Talks"
    case appeal = "Appeal"
    case sanction = "Sanction"
    case accusation = "Accusation"
    case threat = "Threat"
    case rejection = "Rejection"
    case aid = "Aid"
    case cooperation = "Cooperation"
    case operationsSuspended = "Operations suspended"
    case operationsResumed = "Operations resumed"

    /// A place taken by force: a capture or a recapture.
    @inline(__always) public var isCapture: Bool { self == .nonStateActorOvertakesTerritory || self == .governmentRegainsTerritory }
    /// A change of who holds a place: captures, recaptures and handovers.
    @inline(__always) public var isTerritorial: Bool { isCapture || self == .nonViolentTransfer }
}
