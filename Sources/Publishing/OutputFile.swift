/// A file a build adds to the output folder beside its pages (a rebuild cache): not part of
/// the published site.
package struct OutputFile: Sendable {
    /// Its name in the output folder.
    package var name: String
    /// Its bytes.
    package var bytes: [UInt8]

    /// Creates a file.
    package init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
