import Synchronization

/// The parts of the page frame around the body tag that depend only on where a page sits
/// (the stylesheet link, the site title and the header navigation), made once for each
/// place and shared: every one of a site's 100,000 pages would otherwise work out the same
/// seven relative links.
///
/// A page inside `policies/` shares no folder with any link of the frame (all at the top or
/// in their own folders), so its frame depends on its depth alone; any other page is keyed
/// by its folder. Thread-safe: pages are rendered on every core.
final class PageFrames: Sendable {
    /// The frame's text before and after the body tag's attributes, and the footer before
    /// and after a page's print source (the same everywhere, kept here to be made once).
    struct Frame: Sendable {
        let beforeBodyAttributes: String
        let afterBodyAttributes: String
        let footer: String
        let footerEnd: String
    }

    private let frames = Mutex<[String: Frame]>([:])

    /// The frame for the page at `path`, made by `make` the first time its place is seen.
    func frame(for path: String, make: () -> Frame) -> Frame {
        let key = Self.place(of: path)
        if let known = frames.withLock({ $0[key] }) { return known }
        let frame = make()
        frames.withLock { $0[key] = frame }
        return frame
    }

    /// "depth N" for a page inside `policies/`, else the page's folder.
    static func place(of path: String) -> String {
        let utf8 = path.utf8
        if utf8.starts(with: policiesPrefix) {
            return "depth \(utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })"
        }
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(Substring(utf8[...slash]))
    }

    private static let policiesPrefix = Array(SitePath.policies.utf8)
}
