import Foundation

/// Progress and diagnostics go to standard error, so standard output carries only results
/// (wording, JSON) that can be piped.
enum Stderr {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
