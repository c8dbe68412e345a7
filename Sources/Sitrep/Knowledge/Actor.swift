/// A canonical actor of the registry (codebook actors.tsv).
public struct Actor: Sendable, Equatable {
    /// Canonical name, as the codebook writes it.
    public let name: String
    /// ACLED inter type: Rebel group, State forces, Civilians, ...
    public let kind: String
    /// ISO 3166-1 alpha-3 of the actor's country, if any.
    public let country: String?
    /// ACLED's name for the actor, if any.
    public let acledName: String?
    /// Where its political acts are placed when no venue is named.
    public let seat: String?

    /// True for armed actors that are not the state (rebels, militias, unidentified gunmen).
    public var isNonStateArmed: Bool { kind == "Rebel group" || kind == "Political militia" || kind == "Identity militia" }
    /// True for state and foreign forces.
    public var isArmedForce: Bool { (kind == "State forces" && !name.hasPrefix("Government")) || kind == "External/Other forces" }
    /// True for any party that fights.
    public var isArmed: Bool { isNonStateArmed || isArmedForce }
    /// True for governments and international bodies rather than fighters.
    public var isPolitical: Bool { kind == "Other" || (kind == "State forces" && (name.hasPrefix("Government") || name.hasPrefix("United States"))) }
}
