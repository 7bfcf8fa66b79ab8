import PolicyModel

/// Why a build did not publish. The previous site is untouched in every case.
public enum BuildError: Error, CustomStringConvertible {
    /// Content has errors (all of them are in the diagnostics).
    case contentErrors([Diagnostic])
    /// The output folder exists, is not empty and was not made by PolicyGuide.
    case foreignOutput(String)
    /// The output path is unusable (inside content, a file, the file system root…).
    case badOutput(String)
    /// Writing failed.
    case io(String)

    public var description: String {
        switch self {
        case .contentErrors(let d):
            let n = d.filter { $0.severity == .error }.count
            return "build stopped: \(n) error\(n == 1 ? "" : "s") in content; the previous site was left as it was."
        case .foreignOutput(let p):
            return "refusing to replace '\(p)': it is not empty and has no \(AtomicSiteWriter.markerName) marker, so PolicyGuide did not create it. Choose another --output, or empty the folder yourself."
        case .badOutput(let m): return m
        case .io(let m): return "could not write the site: \(m). The previous site was left as it was."
        }
    }
}
