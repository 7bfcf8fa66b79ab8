import PolicyModel

/// Whether a checklist will fit the one A4 page it is printed on, estimated from its text
/// (nothing is laid out). The figures follow the site's print stylesheet: A4 portrait with
/// 15 mm top, 18 mm bottom and 14 mm side margins, less 10 mm for the footer, leaves 254 mm;
/// the title, summary, audience, the four write-in lines and the sources line take about
/// 45 mm; a section heading about 8 mm; a note line (about 120 characters) 4 mm; an item line
/// (about 95 characters with its citation, beside its tick box) 4 mm, plus 1 mm between
/// items. The estimate errs towards more lines, so a warning means the sheet is close to or
/// over a page; a sheet that spills onto a second page loses its footer's version and date.
public struct PrintedPageEstimate: Sendable, Equatable {
    /// Height available for the sheet, in millimetres.
    public static let pageHeight = 254
    /// The sheet's fixed parts (title, summary, audience, write-in lines, sources).
    static let fixed = 45
    static let sectionHeading = 8
    static let noteLineCharacters = 120
    static let itemLineCharacters = 95
    static let lineHeight = 4
    static let itemGap = 1

    /// The estimated height of the sheet, in millimetres.
    public let height: Int

    /// Estimates `checklist`.
    public init(_ checklist: Checklist) {
        func lines(_ characters: Int, per: Int) -> Int { max(1, (characters + per - 1) / per) }
        var h = Self.fixed
        for section in checklist.sections {
            if section.title != nil { h += Self.sectionHeading }
            for note in section.notes { h += Self.lineHeight * lines(note.plainText.count, per: Self.noteLineCharacters) + 2 }
            for item in section.items {
                let cite = item.source.map { $0.label.count + 3 } ?? 0
                h += Self.lineHeight * lines(item.text.count + cite, per: Self.itemLineCharacters) + Self.itemGap
            }
        }
        height = h
    }

    /// Whether the estimate is within one page.
    public var fits: Bool { height <= Self.pageHeight }
}
