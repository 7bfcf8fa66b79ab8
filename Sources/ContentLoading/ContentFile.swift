import Foundation
import PolicyModel
#if canImport(Glibc)
import Glibc
#endif

/// Reads content files safely: refuses symlinks that leave the content folder and reports
/// text that is not valid UTF-8 at the line and column of the first bad byte.
struct ContentFile {
    /// The content folder, resolved.
    let root: URL
    /// How paths are shown to the user (the folder as they named it, e.g. "content").
    let displayRoot: String

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
    func read(_ relative: String) -> Result<String, Diagnostic> {
        let url = root.appendingPathComponent(relative)
        let shown = SourceLocation(file: display(relative), line: 1, column: 1)
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        let rootPath = root.resolvingSymlinksInPath().standardizedFileURL.path
        if !(resolved == rootPath || resolved.hasPrefix(rootPath + "/")) {
            return .failure(Diagnostic(.error, shown, "this is a symbolic link to '\(resolved)', outside the content folder: links that leave content/ are refused. Copy the file in instead."))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(Diagnostic(.error, shown, "cannot read this file (check it exists and is readable)."))
        }
        return ContentFile.decode(data, file: shown.file)
    }

    /// Decodes UTF-8, pointing at the first invalid byte.
    static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        let bytes = [UInt8](data)
        if let text = String(validating: bytes, as: UTF8.self) {
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
