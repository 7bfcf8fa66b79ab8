import PolicyModel

/// One authority's A to Z: the keywords of its policy (routes, stages, criteria, headings) and
/// of the checklist items citing it, on one page with its own letters. Rendered with the
/// policy's pages, so its cost is the policy's, whatever the library's size.
struct AuthorityIndexPage {
    let context: RenderContext
    let policy: Policy
    /// The policy's keyword documents (`KeywordIndex.documents(of:)`), made once for this page
    /// and the site's A to Z.
    let documents: [SearchDocument]

    init(context: RenderContext, policy: Policy, documents: [SearchDocument]? = nil) {
        self.context = context
        self.policy = policy
        self.documents = documents ?? KeywordIndex.documents(of: policy)
    }

    func render() -> Page {
        let path = SitePath.authorityIndex(policy.id)
        let layout = context.layout(path)
        let index = KeywordIndex(documents: documents + (context.citingItems[policy.id] ?? []))
        let title = "A to Z: \(policy.authority)"
        var groups: [(key: String, words: ArraySlice<(word: String, documents: [Int])>)] = []
        var start = 0
        let all = index.keywords
        for i in all.indices where i == all.count - 1 || KeywordIndex.pageKey(of: all[i].word) != KeywordIndex.pageKey(of: all[i + 1].word) {
            groups.append((KeywordIndex.pageKey(of: all[i].word), all[start...i]))
            start = i + 1
        }
        let size = all.reduce(0) { $0 + $1.word.utf8.count * 2 + $1.documents.count * 160 } + 4096
        let contents = layout.render(title: title, breadcrumbs: [Breadcrumb("Home", SitePath.home), Breadcrumb("A to Z and search", SitePath.index)],
                                     mainSize: size) { main in
            main += "<h1>"; main.escaping(title); main += "</h1>\n<p class=\"lead\">Keywords of "; main.escaping(policy.title)
            main += " and of the checklist items citing it. <a href=\""; main += layout.href(SitePath.index); main += "\">Every authority’s A to Z and search</a>.</p>\n"
            main += "<nav aria-label=\"Letters\"><ul class=\"letters\">\n"
            for g in groups { main += "<li><a href=\"#letter-"; main += g.key; main += "\">"; main += AZPage.label(g.key); main += "</a></li>\n" }
            main += "</ul></nav>\n"
            var lines = [[UInt8]?](repeating: nil, count: index.documents.count)
            for g in groups {
                main += "<h2 id=\"letter-"; main += g.key; main += "\">"; main += AZPage.label(g.key); main += "</h2>\n"
                AZPage.keywordList(g.words, index: index, layout: layout, lines: &lines, into: &main)
            }
            main += PrintHelp.backToTop
        }
        return Page(path: path, contents: contents)
    }
}
