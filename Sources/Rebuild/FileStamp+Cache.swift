import Publishing

/// A stamp in the rebuild cache's binary form.
extension FileStamp {
    /// Writes the stamp in the rebuild cache's form.
    package func write(to w: inout ByteWriter) {
        w.int(size); w.int(seconds); w.int(nanoseconds)
        w.int(Int(Int64(bitPattern: inode)))
    }

    /// Reads a stamp `write(to:)` wrote.
    package static func read(_ r: inout ByteReader) throws -> FileStamp {
        FileStamp(size: try r.int(), seconds: try r.int(), nanoseconds: try r.int(), inode: UInt64(bitPattern: Int64(try r.int())))
    }
}
