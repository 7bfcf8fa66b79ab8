import Publishing

/// What the last build wrote at one path: the content hash, and the file's stamp right after
/// writing. If the file on disk no longer matches that stamp, someone touched it, and the
/// cache is not trusted for it.
package struct OutputRecord: Equatable, Sendable {
    package var hash: UInt64
    package var stamp: FileStamp
}
