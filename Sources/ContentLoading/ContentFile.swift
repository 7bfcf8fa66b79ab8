import Foundation
import PolicyModel
#if canImport(Glibc)
import Glibc
#endif

/// Reads content files safely: refuses symlinks that leave the content folder and reports
/// text that is not valid UTF-8 at the line and column of the first bad byte.
struct ContentFile: Sendable {
    /// The content folder.
    let root: URL
    /// How paths are shown to the user (the folder as they named it, e.g. "content").
    let displayRoot: String
    /// The content folder with every symbolic link resolved, worked out once: each file read
    /// is checked against it.
    let resolvedRoot: String

    init(root: URL, displayRoot: String) {
        self.root = root
        self.displayRoot = displayRoot
        self.resolvedRoot = Self.resolved(root.path) ?? root.standardizedFileURL.path
    }

    /// `path` with every symbolic link resolved (`realpath`), or nil if it does not exist.
    static func resolved(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// `relative` shown as the user would type it.
    func display(_ relative: String) -> String {
        displayRoot.isEmpty ? relative : (displayRoot.hasSuffix("/") ? displayRoot + relative : displayRoot + "/" + relative)
    }

    /// Whether `relative` exists (following a symlink, like FileManager). A plain `stat`:
    /// a 10,000-policy library asks this twice per policy.
    func exists(_ relative: String) -> Bool {
        var st = stat()
        return stat(path(relative), &st) == 0
    }

    private func path(_ relative: String) -> String {
        relative.isEmpty ? root.path : root.path + "/" + relative
    }

    /// Entries of a folder, sorted by name so every machine loads in the same order.
    func list(_ relative: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(relative).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Whether `relative` is a folder (following symlinks that stay inside).
    func isDirectory(_ relative: String) -> Bool {
        var st = stat()
        return stat(path(relative), &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Reads `relative` as UTF-8 text, or explains why it cannot.
    ///
    /// The file is opened once and everything is checked on the open descriptor: where it
    /// really is (the kernel's name for the opened file, `/proc/self/fd/N`) must be inside the
    /// content folder, and it must be a plain file. Checking the path first and opening it
    /// after could be raced: a file flipped to a link out of content/ between the two
    /// published the outside file. Links that stay inside content/ are followed.
    func read(_ relative: String) -> Result<String, Diagnostic> {
        // System calls, not URL and FileManager: a 10,000-policy library reads 10,000 files.
        let full = path(relative)
        let shown = SourceLocation(file: display(relative), line: 1, column: 1)
        // Non-blocking, so a named pipe or device is turned away by the checks below instead
        // of waiting for a writer; reads of a plain file are not affected.
        let fd = open(full, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            if errno == EMFILE || errno == ENFILE {
                return .failure(Diagnostic(.error, shown, "too many open files: the system's limit on open files (ulimit -n) was reached before this file could be read. Raise the limit (ulimit -n 1024) and run again."))
            }
            return .failure(Diagnostic(.error, shown, "cannot read this file (check it exists and is readable)."))
        }
        defer { close(fd) }
        if let opened = Self.openedPath(fd) ?? Self.resolved(full),
           !(opened == resolvedRoot || opened.hasPrefix(resolvedRoot + "/")) {
            return .failure(Diagnostic(.error, shown, "this is a symbolic link to '\(opened)', outside the content folder: links that leave content/ are refused. Copy the file in instead."))
        }
        guard let bytes = Self.bytes(from: fd) else {
            return .failure(Diagnostic(.error, shown, "cannot read this file (check it exists, is readable, and is a plain file)."))
        }
        guard bytes.count <= Self.maxFileBytes else {
            return .failure(Diagnostic(.error, shown, "this file is over \(Self.maxFileBytes / 1_048_576) MiB, the limit for one content file: split it, or remove what is not policy text."))
        }
        return ContentFile.decode(bytes, file: shown.file)
    }

    /// Where the open file `fd` is, every link resolved, as the kernel names it; nil where
    /// the system does not say (no /proc), and the caller then falls back to `realpath` on
    /// the path (not race-free: documented in README, "Safety of builds").
    static func openedPath(_ fd: Int32) -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/fd/\(fd)", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        return nil
        #endif
    }

    /// The bytes of the file at `path`, or nil if it cannot be read.
    static func bytes(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return bytes(from: fd)
    }

    /// The largest content file read: 8 MiB, two hundred times the longest real policy. A
    /// 50 MB front-matter field took 6.2 GB of memory and as much output (it is repeated
    /// on many pages); bounded here, no file can cost more than a few times this.
    static let maxFileBytes = 8 * 1_048_576

    /// The bytes of the open file `fd`, or nil if it is not a plain file or cannot be read.
    /// At most `maxFileBytes + 1` bytes are read, so a larger file (or one growing while it
    /// is read) is seen as too large without being read whole.
    static func bytes(from fd: Int32) -> [UInt8]? {
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let cap = maxFileBytes + 1
        // One more byte than the size, so the end is seen without a second buffer; read on
        // past it if the file grew while we read.
        var bytes = [UInt8](repeating: 0, count: min(Int(st.st_size) + 1, cap))
        var count = 0
        while count < cap {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, cap - bytes.count))) }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// The first character of the Private Use Area (U+E000 to U+F8FF) in valid UTF-8 `bytes`,
    /// as an error at its line and column. The site's escalation picker marks the values it
    /// fills in with U+E000 and U+E001, so such a character in content would make the picker
    /// show and hide the wrong lines; no policy text needs one. Their UTF-8 starts with byte
    /// 0xEE, or 0xEF then 0x80 to 0xA3: one comparison per byte for any other text.
    static func privateUseCharacter(in bytes: [UInt8], file: String) -> Diagnostic? {
        // Nearly every file has neither lead byte: two memchr passes say so, and only a file
        // with one is walked line by line.
        let mayHaveOne = bytes.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return false }
            return memchr(base, 0xEE, raw.count) != nil || memchr(base, 0xEF, raw.count) != nil
        }
        guard mayHaveOne else { return nil }
        var line = 1, lineStart = 0
        for i in bytes.indices where bytes[i] >= 0x0A {
            let b = bytes[i]
            if b == 0x0A { line += 1; lineStart = i + 1; continue }
            guard b == 0xEE || (b == 0xEF && i + 1 < bytes.count && bytes[i + 1] <= 0xA3) else { continue }
            guard i + 2 < bytes.count else { continue }
            let scalar = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
            let code = String(scalar, radix: 16, uppercase: true)
            return Diagnostic(.error, SourceLocation(file: file, line: line, column: i - lineStart + 1),
                "this is the private-use character U+\(code), which PolicyGuide reserves for its own markers (it would change what the escalation picker shows): delete it, or write what it stands for in ordinary characters.")
        }
        return nil
    }

    /// Decodes UTF-8, pointing at the first invalid byte.
    static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        decode([UInt8](data), file: file)
    }

    /// Decodes UTF-8, pointing at the first invalid byte.
    static func decode(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
        if let text = String(validating: bytes, as: UTF8.self) {
            if let reserved = privateUseCharacter(in: bytes, file: file) { return .failure(reserved) }
            // A byte-order mark is invisible to authors; drop it rather than report it.
            return .success(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        }
        var line = 1, column = 1, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            let valid = length > 0 && i + length <= bytes.count &&
                String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil
            if !valid {
                return .failure(Diagnostic(.error, SourceLocation(file: file, line: line, column: column),
                    "this file is not valid UTF-8 (byte 0x\(String(b, radix: 16, uppercase: true)) here): save it as UTF-8 in your editor."))
            }
            if b == 0x0A { line += 1; column = 1 } else { column += length }
            i += length
        }
        return .failure(Diagnostic(.error, SourceLocation(file: file, line: 1, column: 1), "this file is not valid UTF-8."))
    }
}
