import Foundation

extension String {
    /// Whether the text's UTF-8 holds `byte`, searched with `memchr` (a bracket, a space or a
    /// line feed looked for in every line the site writes; `utf8.contains` goes a byte at a
    /// time through the generic sequence).
    public func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ b -> Bool in
            guard let base = b.baseAddress, b.count > 0 else { return false }
            return memchr(base, Int32(byte), b.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }
}
