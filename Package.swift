// swift-tools-version: 6.1
import PackageDescription

// Data flows one way: bytes -> Document (PolicyExtraction) -> Findings (PolicyRules, PolicyAnalysis)
// -> report (PolicyReports). Only PolicyExtraction sees libxml2; the CLI holds no logic.
let package = Package(
    name: "policyscan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "policyscan", targets: ["policyscan"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "PolicyModel"),
        .target(
            name: "PolicyExtraction",
            dependencies: ["PolicyModel", "CLibXML2"]
        ),
        .target(
            name: "PolicyRules",
            dependencies: ["PolicyModel", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "PolicyAnalysis",
            dependencies: ["PolicyModel", "PolicyRules"]
        ),
        .target(
            name: "PolicyReports",
            dependencies: ["PolicyModel"]
        ),
        .executableTarget(
            name: "policyscan",
            dependencies: [
                "PolicyModel", "PolicyExtraction", "PolicyRules", "PolicyAnalysis", "PolicyReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // The Swift runtime and Foundation linked statically: start-up falls from ~15 ms to ~7 ms
            // (the budget for a whole 100 KB policy is 20 ms) and a copied binary runs without a
            // Swift toolchain. SwiftPM's --static-swift-stdlib does the same for one build only;
            // these are the archives it links, grouped so their order does not matter.
            // Linked as a fixed-address (non-PIE) executable: the static Foundation carries ~90,000
            // relative relocations that the loader would apply, page by copied page, at every start;
            // without them start-up falls from ~7.5 ms to ~4 ms. Shared libraries (libxml2, libc)
            // are still placed at random addresses.
            linkerSettings: [
                .unsafeFlags(
                    ["-static-stdlib", "-Xclang-linker", "-no-pie", "-Xlinker", "--start-group", "-lFoundation", "-lFoundationInternationalization", "-lFoundationEssentials",
                     "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftSynchronization",
                     "-lswift_RegexParser", "-lswift_StringProcessing", "-lswiftDispatch", "-ldispatch", "-lBlocksRuntime", "-Xlinker", "--end-group"],
                    .when(platforms: [.linux]))
            ]
        ),
        .testTarget(
            name: "PolicyScanTests",
            dependencies: ["PolicyModel", "PolicyExtraction", "PolicyRules", "PolicyAnalysis", "PolicyReports"],
            exclude: ["Fixtures", "Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
