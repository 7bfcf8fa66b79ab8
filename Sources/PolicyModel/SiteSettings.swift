/// `content/site.yml`: what the whole site says about itself.
public struct SiteSettings: Sendable, Equatable {
    /// Site title.
    public var title: String
    /// One line under the title.
    public var subtitle: String?
    /// Guidance version printed on every page.
    public var version: String
    /// Publication date: the "today" of every date-based lint, so builds never read the clock.
    public var published: PolicyDate
    /// Years after its last update at which a policy is flagged for review.
    public var reviewPeriodYears: Int
    /// Printed on paper copies.
    public var intranetNote: String
    /// The intranet's address (optional, http or https): the footer's "check the intranet"
    /// links to it.
    public var intranetUrl: String?

    /// Creates settings.
    public init(title: String, subtitle: String?, version: String, published: PolicyDate, reviewPeriodYears: Int, intranetNote: String, intranetUrl: String? = nil) {
        self.intranetUrl = intranetUrl
        self.title = title
        self.subtitle = subtitle
        self.version = version
        self.published = published
        self.reviewPeriodYears = reviewPeriodYears
        self.intranetNote = intranetNote
    }
}
