/// The registry's actors plus the organisations a report introduces itself ("Medics for the Great
/// Lakes (MGL)"), indexed as one list so the coder treats both alike.
struct ActorTable {
    let base: [Actor]
    private(set) var local: [Actor] = []

    init(base: [Actor]) { self.base = base }

    /// The actor with index `i` (registry first, then the report's own).
    subscript(i: Int) -> Actor { i < base.count ? base[i] : local[i - base.count] }

    /// Adds an organisation named by the report and returns its index.
    mutating func add(_ actor: Actor) -> Int {
        local.append(actor)
        return base.count + local.count - 1
    }

    /// The index of a report-local actor with this name, if already added.
    func localIndex(named name: String) -> Int? {
        local.firstIndex { $0.name == name }.map { base.count + $0 }
    }
}
