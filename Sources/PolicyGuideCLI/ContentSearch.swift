import Foundation

/// Where `policyguide escalate` finds the content, so a chair can run it from any folder:
/// `--content PATH` if given; else the folder named by `POLICYGUIDE_CONTENT`; else `./content`;
/// else the `content` folder of the repository the binary was built in (found by walking up
/// from the binary to a folder holding `content/site.yml`).
enum ContentSearch {
    /// The environment variable naming the content folder.
    static let variable = "POLICYGUIDE_CONTENT"

    /// The folder to load (as given or found), or nil with the places tried, for the error.
    static func find(given: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                     executable: String = CommandLine.arguments.first ?? "") -> (path: String?, tried: [String]) {
        if let given { return (given, [given]) }
        var tried: [String] = []
        if let fromEnv = environment[variable], !fromEnv.isEmpty { return (fromEnv, [fromEnv]) }
        let here = "content"
        if isContent(here) { return (here, [here]) }
        tried.append("./content")
        // The binary's own repository: .build/release/policyguide → the folder above .build.
        let binary = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        var folder = binary.deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            let candidate = folder.appendingPathComponent("content").path
            if isContent(candidate) { return (candidate, tried + [candidate]) }
            folder = folder.deletingLastPathComponent()
        }
        tried.append("the content folder of the repository holding \(binary.path)")
        return (nil, tried)
    }

    /// Whether `path` is a content folder (it has site.yml).
    static func isContent(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("site.yml"))
    }
}
