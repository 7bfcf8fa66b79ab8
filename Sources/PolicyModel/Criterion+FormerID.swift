extension Criterion {
    /// The id an earlier release published for it, when the id rule has changed since
    /// (`Slug.formerID`): its old page redirects here and the CLI still accepts it. Worked out
    /// from the title, so every criterion with a title has it, however it was loaded.
    public var formerID: String? {
        let former = Slug.formerID(title)
        return former != id && Slug.isValidID(former) ? former : nil
    }
}
