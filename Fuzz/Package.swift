// swift-tools-version:6.0
// The libFuzzer target for the content loader, kept out of the main package so ordinary
// builds never need the fuzzer runtime. Run with `make fuzz`, which passes
// -sanitize=fuzzer,address to every Swift module so the loader itself is instrumented.
import PackageDescription

let package = Package(
    name: "PolicyGuideFuzz",
    dependencies: [.package(name: "PolicyGuide", path: "..")],
    targets: [
        .executableTarget(
            name: "ContentFuzzer",
            dependencies: [.product(name: "PolicyGuideContentLoading", package: "PolicyGuide")]
        ),
    ]
)
