// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Werkzaam",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "werkzaam", targets: ["werkzaam"]),
        .library(name: "WerkzaamCore", targets: ["WerkzaamCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // libxml2, the C library: HTML and DOCX XML parsing (DESIGN §3, §9).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The pipeline: pure stages from corpus files to documents and annotations.
        .target(
            name: "WerkzaamCore",
            dependencies: [
                "CLibXML2",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API for bulk inserts (Store/RowWriter.swift), from the same system library GRDB uses.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "werkzaam",
            dependencies: [
                "WerkzaamCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "WerkzaamTests",
            dependencies: ["WerkzaamCore", "werkzaam", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
