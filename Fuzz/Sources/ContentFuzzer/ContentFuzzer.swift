import ContentLoading
import Foundation

/// libFuzzer entry: the first byte picks the loader (policy, checklist, glossary, site.yml),
/// the rest is the file's bytes. Any trap, hang or runaway allocation is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let kinds = SingleFileLoader.Kind.allCases
    let kind = kinds[Int(bytes[0]) % kinds.count]
    _ = SingleFileLoader.load(Data(bytes.dropFirst()), as: kind)
    return 0
}
