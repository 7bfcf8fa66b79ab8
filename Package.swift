// swift-tools-version:6.0
// PolicyGuide: Markdown policy sources → a browsable, printable guidance website.
import PackageDescription

let package = Package(
    name: "PolicyGuide",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "policyguide", targets: ["policyguide"]),
        // For the fuzz package in Fuzz/ only.
        .library(name: "PolicyGuideContentLoading", targets: ["ContentLoading", "Escalation"]),
    ],
    dependencies: [
        // Command-line parsing, help text and errors for `build`, `check`, `escalate`.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // YAML front matter and site.yml / glossary.yml, with line:column marks for diagnostics.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The escalation wording template in content/ is Mustache: editable without Swift.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Debian's libcmark-gfm-dev + libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["CMarkGFM"]),
        .target(name: "PolicyModel", dependencies: ["Markdown"]),
        // Escalation: check reports wording-template errors with the rest of the content.
        .target(name: "ContentLoading", dependencies: ["Markdown", "PolicyModel", "Escalation", "Yams"]),
        .target(name: "Escalation", dependencies: ["PolicyModel", .product(name: "Mustache", package: "swift-mustache")]),
        .target(name: "SiteRendering", dependencies: ["Markdown", "PolicyModel", "ContentLoading", "Escalation"]),
        // Publishing: writing a site into the output folder so a failed or killed build leaves
        // the previous one (staged swap, build lock, journal, file primitives).
        .target(name: "Publishing", dependencies: ["SiteRendering", "ContentLoading", "PolicyModel"]),
        // Rebuild: everything `build --incremental` keeps between builds, behind one planner.
        .target(name: "Rebuild", dependencies: ["Publishing", "ContentLoading", "SiteRendering", "PolicyModel"]),
        // SiteBuild: the build's steps in order (plan, carry over, load, check, render, publish).
        .target(name: "SiteBuild", dependencies: ["Rebuild", "Publishing", "ContentLoading", "SiteRendering", "PolicyModel", "Escalation"]),
        .target(name: "PolicyGuideCLI", dependencies: [
            "SiteBuild", "Publishing", "ContentLoading", "Escalation", "PolicyModel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // mimalloc (Debian's libmimalloc-dev) replaces glibc's malloc in the program only: a build
        // makes and frees millions of small strings from both cores, and glibc's allocator was
        // a fifth of the CPU (see README, "Performance").
        .executableTarget(name: "policyguide", dependencies: ["PolicyGuideCLI"],
                          linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]),
        // One test target per module, named after it, holding that module's tests; each uses
        // TestSupport for temporary folders and content trees.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "TestSupport"]),
        .testTarget(name: "PolicyModelTests", dependencies: ["PolicyModel", "TestSupport"]),
        .testTarget(name: "ContentLoadingTests", dependencies: ["ContentLoading", "PolicyModel", "TestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "EscalationTests", dependencies: ["Escalation", "ContentLoading", "PolicyModel", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "SiteRenderingTests", dependencies: ["SiteRendering", "ContentLoading", "PolicyModel", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "PublishingTests", dependencies: ["Publishing", "TestSupport"]),
        .testTarget(name: "RebuildTests", dependencies: ["Rebuild", "Publishing", "ContentLoading", "PolicyModel", "TestSupport"]),
        .testTarget(name: "SiteBuildTests", dependencies: ["SiteBuild", "Rebuild", "Publishing", "ContentLoading", "PolicyModel", "Markdown", "TestSupport"]),
        // Markdown: the escalate --format markdown tests render the output to check it is inert.
        // ArgumentParser: the commands' parsing is tested in process, as its own tests do.
        .testTarget(name: "PolicyGuideCLITests", dependencies: ["PolicyGuideCLI", "Markdown", "TestSupport",
                                                                .product(name: "ArgumentParser", package: "swift-argument-parser")],
                    exclude: ["Golden"]),
    ]
)
