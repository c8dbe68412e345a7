/// A distinct signature with the key that orders it: the earliest report that coded it.
struct SignatureRow: Sendable, Equatable {
    /// The signature's key (`MentionSignature.key`).
    var sig: String
    /// Publication date, content hash and position of its earliest mention, so order never depends on ingest order.
    var firstKey: String
    /// The signature's fields.
    var fields: MentionSignature
}

/// Groups signatures into events: deterministic, and independent of the order reports arrived in.
///
/// Signatures are visited earliest-reported first; each joins the best-fitting cluster all of whose
/// members it is compatible with (complete linkage, so a chain of near neighbours never snowballs into
/// one event), or starts a new cluster. The cluster's first signature is its anchor and names the event,
/// so later reports that merge into an event never change its id.
enum EventClusterer {
    /// Clusters as lists of indices into `rows`, the anchor first.
    static func cluster(_ rows: [SignatureRow]) -> [[Int]] {
        let order = rows.indices.sorted { (rows[$0].firstKey, rows[$0].sig) < (rows[$1].firstKey, rows[$1].sig) }
        var clusters: [[Int]] = []
        for i in order {
            let s = rows[i].fields
            var best: (cluster: Int, score: Int)?
            for (c, members) in clusters.enumerated() {
                guard members.allSatisfy({ FusionRules.compatible(rows[$0].fields, s) }) else { continue }
                let score = members.map { FusionRules.affinity(rows[$0].fields, s) }.max() ?? 0
                if best == nil || score > best!.score { best = (c, score) }
            }
            if let best { clusters[best.cluster].append(i) } else { clusters.append([i]) }
        }
        return clusters
    }

    /// The event id a cluster takes from its anchor signature.
    static func eventID(anchor: SignatureRow) -> String { "ev-" + anchor.sig }
}
