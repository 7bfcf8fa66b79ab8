/// One line of the A–Z index.
struct IndexEntry {
    let title: String
    let kind: String
    let path: String
    let anchor: String?
}
