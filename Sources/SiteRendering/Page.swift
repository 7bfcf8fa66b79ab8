/// One output file: where it goes in the site and its bytes (as text).
public struct Page: Sendable, Equatable {
    /// Site-relative path, e.g. "policies/bexley/index.html".
    public var path: String
    /// Contents.
    public var contents: String

    /// Creates a page.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
