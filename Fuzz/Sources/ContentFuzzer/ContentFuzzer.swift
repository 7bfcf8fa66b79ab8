import ContentLoading
import Foundation

/// libFuzzer entry: the first byte picks the loader (policy, checklist, glossary, site.yml),
/// the rest is the file's bytes. Any trap, hang or runaway allocation is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let kinds = SingleFileLoader.Kind.allCases
    let kind = kinds[Int(bytes[0]) % kinds.count]
    _ = SingleFileLoader.load(Data(bytes.dropFirst()), as: kind)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

// SwiftPM links an executable's entry point as `<Target>_main`; hand control to libFuzzer's
// driver from there (libFuzzer's own `main` is then never pulled from its archive).
@_cdecl("ContentFuzzer_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return runDriver(&argc, &argv, fuzz)
}
