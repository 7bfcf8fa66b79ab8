/// One step of a page's breadcrumb trail.
public struct Breadcrumb: Sendable, Equatable {
    /// Link text.
    public var title: String
    /// Site-relative target.
    public var path: String

    /// Creates a breadcrumb.
    public init(_ title: String, _ path: String) {
        self.title = title
        self.path = path
    }
}
