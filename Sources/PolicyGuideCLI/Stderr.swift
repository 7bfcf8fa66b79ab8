import Foundation

/// Progress and diagnostics go to standard error, so standard output carries only results
/// (wording, JSON) that can be piped. Messages may quote the command line or file names, so
/// control characters are shown escaped (`TerminalText`); line breaks the program puts in a
/// message stay.
enum Stderr {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((TerminalText.visible(line, keepingLineBreaks: true) + "\n").utf8))
    }
}
