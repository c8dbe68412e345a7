import Foundation

/// Country names, numeric ISO codes and regions for the ACLED export (from `Resources/countries.tsv`).
public struct CountryTable: Sendable {
    /// One country.
    public struct Country: Sendable, Equatable {
        /// Codes, English name and ACLED region.
        public var iso3: String, numeric: Int?, name: String, region: String
    }
    private let byISO3: [String: Country]

    /// The table shipped with the package.
    public static let shared: CountryTable = {
        guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent("countries.tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return CountryTable(rows: []) }
        return CountryTable(tsv: text)
    }()

    /// Parses the TSV (header line, then iso3, numeric, name, region).
    init(tsv: String) {
        let rows = tsv.split(separator: "\n").dropFirst().compactMap { line -> Country? in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 4 else { return nil }
            return Country(iso3: f[0], numeric: Int(f[1]), name: f[2], region: f[3])
        }
        self.init(rows: rows)
    }

    init(rows: [Country]) {
        byISO3 = Dictionary(rows.map { ($0.iso3, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The country of an alpha-3 code.
    public func country(_ iso3: String?) -> Country? { iso3.flatMap { byISO3[$0.uppercased()] } }

    /// The alpha-3 code of a country named in English ("Rwanda") or given as a code ("rwa").
    public func iso3(for text: String) -> String? {
        if let c = byISO3[text.uppercased()] { return c.iso3 }
        return byISO3.values.first { $0.name.caseInsensitiveCompare(text) == .orderedSame }?.iso3
    }
}
