/// One output file: where it goes in the site and its bytes.
public struct Page: Sendable, Equatable {
    /// Site-relative path, e.g. "policies/bexley/index.html".
    public var path: String
    /// The file's bytes (UTF-8 text): pages are written as bytes (`HTMLWriter`) and stored as
    /// they are written, so no page is decoded back into a `String` on its way to disk.
    public var bytes: [UInt8]

    /// The contents as text.
    public var contents: String {
        get { String(decoding: bytes, as: UTF8.self) }
        set { bytes = Array(newValue.utf8) }
    }

    /// Creates a page from text.
    public init(path: String, contents: String) {
        self.path = path
        self.bytes = Array(contents.utf8)
    }

    /// Creates a page from its bytes.
    public init(path: String, contents bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
