/// Told of every page a `StagedOutput` writes, with its bytes and the file's stamp just after
/// writing: what a rebuild cache keeps (`OutputRecorder` in Rebuild). May be called from any
/// thread.
package protocol WriteRecorder: Sendable {
    /// Records that `bytes` were written at `path` inside the output folder.
    func wrote(_ path: String, _ bytes: UnsafeRawBufferPointer, stamp: FileStamp?)
}
