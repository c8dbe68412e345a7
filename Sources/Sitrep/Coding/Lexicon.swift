/// Closed word lists the coder consults: modality, negation, anaphora, targets, economic objects.
/// They are grammar, not vocabulary of the world, so they live with the code that reads them.
enum Lexicon {
    static let negations: Set<String> = ["not", "never", "no", "n't", "without", "nor", "cannot", "can't", "didn't", "haven't", "hasn't", "wasn't", "weren't", "won't", "wouldn't", "failed"]
    static let modals: Set<String> = ["could", "would", "might", "may", "will", "should", "shall", "plans", "plan", "planned", "planning", "intends", "intend",
                                      "fear", "fears", "feared", "risk", "risks", "if", "unless", "possible", "potential", "potentially", "threatening",
                                      "ready", "prepared", "aims", "seeks", "want", "wants", "wanted", "hopes", "expected", "likely", "prevent", "avoid",
                                      "warned", "warn", "warns", "due", "ahead", "until", "able", "must", "whether", "any", "capable", "try", "tried", "attempt", "attempted", "vowed", "vows", "pledged", "promised", "threatened", "threat", "ordered", "help", "helping", "helped", "calls", "called", "urged", "urging", "appeal", "demanded", "asked"]
    static let anaphors: Set<String> = ["rebels", "insurgents", "militants", "jihadists", "militia", "militias", "group", "movement", "alliance", "they", "fighters", "attackers", "gunmen", "factions", "faction"]
    static let prepositions: Set<String> = ["with", "against", "from", "by", "of", "to", "on", "at", "in", "into", "towards", "toward", "near", "for", "between", "and", "alongside", "including", "like"]
    static let civilianTargets: Set<String> = ["hospital", "church", "clinic", "school", "camp", "camps", "site", "village", "villages", "villagers", "civilians",
                                               "market", "mourners", "funeral", "vigil", "homes", "houses", "residents", "patients", "health", "parish", "displaced",
                                               "worshippers", "convoy", "facilities", "warehouse", "warehouses", "people", "families", "students", "pupils", "women", "children", "apartment"]
    static let armedTargets: Set<String> = ["positions", "position", "base", "bases", "troops", "soldiers", "army", "checkpoint", "barracks", "garrison", "outpost", "forces", "camp", "headquarters", "military", "police"]
    static let economicObjects: Set<String> = ["mine", "mines", "mining", "production", "operations", "activities", "airport", "flights", "port", "border", "crossing",
                                               "company", "exports", "traffic", "airspace", "work", "workers", "staff", "refinery", "plant", "site", "output"]
    static let agreementObjects: Set<String> = ["agreement", "deal", "accord", "accords", "ceasefire", "truce", "declaration", "text", "pact", "principles", "halt", "memorandum", "treaty", "framework", "pause", "hostilities"]
    static let aidObjects: Set<String> = ["aid", "food", "supplies", "medicine", "medicines", "medical", "convoy", "water", "shelter", "assistance", "relief", "drugs", "kits"]
    static let fightingCues: Set<String> = ["fighting", "clashes", "clash", "clashed", "battle", "battles", "gunfire", "artillery", "shelling", "fire", "combat", "fought", "heavy", "bombardment", "mortar", "resistance", "assault"]
    static let placeAnaphors: Set<String> = ["town", "city", "village", "locality", "capital", "airport", "localities"]
    static let politicalAnaphors: Set<String> = ["leaders", "presidents", "ministers", "sides", "parties", "delegations", "governments", "both", "two"]
    static let rebelAnaphors: Set<String> = ["rebels", "rebel", "insurgents", "insurgent"]
    static let reportingVerbs: Set<String> = ["said", "says", "told", "announced", "reported", "stated", "claimed", "added"]
    static let abducteeWords: Set<String> = ["people", "residents", "civilians", "women", "children", "villagers", "students", "girls", "boys", "men", "workers", "pupils", "worshippers", "farmers", "hostages", "number"]
    static let interventionWords: Set<String> = ["tear", "teargas", "dispersed", "disperse", "fired", "beat", "beaten", "charged"]
    static let aircraftWords: Set<String> = ["jet", "jets", "aircraft", "warplane", "warplanes", "plane", "planes", "helicopter", "helicopters", "drone", "drones", "air"]
    static let genericForces: Set<String> = ["army", "the army", "government troops", "government forces", "government soldiers", "loyalist troops", "military", "the military", "soldiers", "troops", "security forces"]
    /// The last word of every generic force name and of "police": other mentions need no joined text.
    static let forceNouns: Set<String> = Set(genericForces.map { String($0.split(separator: " ").last!) }).union(["police"])
    static let appealNouns: Set<String> = ["calls for", "call for", "calls on", "appeal", "appeals", "calling for"]
    static let supportCues: Set<String> = ["support", "supported", "backing", "backed", "alongside", "sponsored", "allied", "aligned", "led", "linked"]
    static let memberNouns: Set<String> = ["fighters", "members", "militiamen", "elements", "units", "soldiers", "troops", "commanders", "leaders", "gunmen", "combatants", "forces", "officers", "spokesman", "militants", "assailants", "attackers", "rebels", "insurgents"]
    static let facilities: Set<String> = ["church", "hospital", "clinic", "school", "camp", "parish", "market", "funeral", "vigil", "mosque", "health", "site", "prison"]
    static let nonViolentCauses: Set<String> = ["earthquake", "quake", "flood", "floods", "flooding", "landslide", "landslides", "cholera", "disease", "epidemic", "outbreak", "storm", "cyclone", "drought", "accident", "crash", "fire", "mpox", "ebola", "measles", "hunger", "famine"]
    /// "-brokered", "-led", "-based": after a name, the name is a backer or origin, not the party acting.
    static let hyphenSuffixes: Set<String> = ["backed", "based", "led", "linked", "allied", "supported", "born", "aligned", "brokered", "sponsored", "funded", "era", "hosted", "mediated", "bound"]
    static let backingWords: Set<String> = ["backed", "supported", "sponsored", "allied", "aligned"]
    /// Words that open another clause: a negation or modal before them belongs to that clause.
    static let clauseOpeners: Set<String> = ["and", "but", "after", "before", "when", "while", "as", "since", "because", "which", "who"]
    static let denials: Set<String> = ["denied", "denies"]
    /// "…, the UN said": verbs after the source of a figure.
    static let attributionVerbs: Set<String> = ["said", "says", "reported", "estimated", "counted", "recorded"]
    /// Nouns that say an attack happened without naming a place ("the attackers fled").
    static let assailantWords: Set<String> = ["attackers", "assailants", "gunmen", "raiders", "assault", "attack", "raid"]
    /// Words that say a place was taken without a fight.
    static let unopposedWords: Set<String> = ["unopposed", "peacefully", "without"]
    static let claims: Set<String> = ["claimed", "claims"]
    /// Words that open a clause a date does not reach across.
    static let dateClauseOpeners: Set<String> = ["which", "who", "after", "since", "before"]
    static let relativePronouns: Set<String> = ["who", "which"]
    /// "after seizing", "since the fall of": the act is told as context.
    static let pastClauseOpeners: Set<String> = ["after", "since", "following", "before"]
    /// "The strikes set fire to…": acts whose damage is part of them, not looting of its own.
    static let lootingCauses: Set<String> = ["attack", "attacks", "strike", "strikes", "shelling", "bombardment", "explosion", "blast", "drones"]
}
