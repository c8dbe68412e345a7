// swift-tools-version:6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Sitrep",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Sitrep", targets: ["Sitrep"]),
        .library(name: "SitrepStore", targets: ["SitrepStore"]),
        .executable(name: "sitrep", targets: ["sitrep"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .target(
            name: "Sitrep",
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SitrepStore",
            dependencies: [
                "Sitrep",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "sitrep",
            dependencies: [
                "Sitrep",
                "SitrepStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SitrepTests",
            dependencies: ["Sitrep"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SitrepStoreTests",
            dependencies: ["Sitrep", "SitrepStore", "sitrep", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
