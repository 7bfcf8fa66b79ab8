import ContentLoading
import Escalation
import Foundation
import PolicyModel

/// libFuzzer entry. The first byte picks what is fuzzed, the rest is its input:
/// - a content file for one of the loaders (policy, checklist, glossary, site.yml);
/// - the wording template: checked (`WordingTemplateCheck`) and, if accepted, filled for a
///   real route of the repository's content;
/// - `escalate`'s inputs: route, criterion, stage, date raised and the six placeholders,
///   separated by NUL bytes, resolved and composed against the repository's content.
/// Any trap, hang or runaway allocation is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let rest = Data(bytes.dropFirst())
    let kinds = SingleFileLoader.Kind.allCases
    let choice = Int(bytes[0]) % (kinds.count + 2)
    if choice < kinds.count {
        _ = SingleFileLoader.load(rest, as: kinds[choice])
    } else if choice == kinds.count {
        fuzzTemplate(String(decoding: rest, as: UTF8.self))
    } else {
        fuzzEscalate(rest)
    }
    return 0
}

/// The repository's content, loaded once: the model `escalate` and the template work on.
/// `PG_FUZZ_CONTENT` names another folder; `make fuzz` runs from the repository root.
let model: ContentModel? = {
    let folder = ProcessInfo.processInfo.environment["PG_FUZZ_CONTENT"] ?? "content"
    let loaded = ContentLoader(root: URL(fileURLWithPath: folder)).load().model
    // Said once, so a run from the wrong folder does not silently skip two of the targets.
    if loaded == nil { FileHandle.standardError.write(Data("ContentFuzzer: no valid content in '\(folder)': template and escalate inputs are skipped\n".utf8)) }
    return loaded
}()

func fuzzTemplate(_ source: String) {
    guard WordingTemplateCheck.problem(in: source, file: "fuzz.mustache") == nil,
          let model, let composer = try? WordingComposer(template: source),
          let route = model.routes.first, let criterion = route.criteria.first else { return }
    let request = try? EscalationRequest.resolve(model: model, route: route.qualifiedID, criteria: [criterion.id],
                                                 stage: route.stages.first?.id, raised: "2026-12-21", placeholders: ["evidence": "seen"])
    if let request { _ = try? composer.compose(request) }
}

func fuzzEscalate(_ data: Data) {
    guard let model, let composer = try? WordingComposer(template: model.wordingTemplate) else { return }
    let fields = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    func field(_ i: Int) -> String? { i < fields.count ? fields[i] : nil }
    let keys = ["childName", "childId", "evidence", "impact", "action", "raisedBy"]
    var placeholders: [String: String] = [:]
    for (i, key) in keys.enumerated() { if let value = field(4 + i) { placeholders[key] = value } }
    // The first route's ids when a field is empty, so composition is reached as well.
    let route = field(0).flatMap { $0.isEmpty ? nil : $0 } ?? model.routes.first?.qualifiedID ?? ""
    let criteria = field(1).map { $0.split(separator: ",").map(String.init) } ?? []
    guard let request = try? EscalationRequest.resolve(model: model, route: route, criteria: criteria, stage: field(2), raised: field(3), placeholders: placeholders) else { return }
    _ = try? composer.compose(request)
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
