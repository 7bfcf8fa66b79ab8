import PolicyModel

/// The frame every page shares: skip link, header navigation, breadcrumbs, one `main`, and a
/// footer whose version stamp also prints on paper. No inline script, no external asset: the
/// header's search form submits to the A to Z page, and the first-party scripts a page links
/// (`picker.js`, `search.js`, `print.js`) only enhance what works without them.
struct PageLayout {
    let settings: SiteSettings
    /// Site-relative path of the page being built.
    let path: String
    /// The frame parts shared by pages in the same place.
    let frames: PageFrames

    func href(_ to: String) -> String { HTML.escape(SitePath.relative(from: path, to: to)) }

    /// The whole document. `main` is trusted HTML built by the page types from escaped parts.
    /// `scripts`, site paths, are linked with `defer`; `head` is trusted markup added to the
    /// head (a moved page's refresh).
    func render(title: String, breadcrumbs: [Breadcrumb], main: String, printSource: String? = nil, bodyClass: String? = nil,
                scripts: [String] = [], head: String? = nil) -> [UInt8] {
        render(title: title, breadcrumbs: breadcrumbs, mainSize: main.utf8.count, printSource: printSource, bodyClass: bodyClass,
               scripts: scripts, head: head) { $0 += main }
    }

    /// The whole document, with `writeMain` writing the main content in place: for a page
    /// so large (the A–Z is 30 MB at 10,000 policies) that building it apart and copying it
    /// in would hold it twice. `mainSize` is its expected length in bytes.
    ///
    /// `scripts` are site-relative paths of first-party script files, loaded deferred (only the
    /// search page has any; every other page works the same with JavaScript off).
    func render(title: String, breadcrumbs: [Breadcrumb], mainSize: Int, printSource: String? = nil, bodyClass: String? = nil,
                scripts: [String] = [], head: String? = nil, writeMain: (inout HTMLWriter) -> Void) -> [UInt8] {
        // Sized once: the page is the main content plus about 2 KB of frame, and growing it
        // by doubling copied every page two or three times.
        var out = HTMLWriter(capacity: mainSize + 2560 + 2 * title.utf8.count)
        out += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        out.escaping(title)
        out += " – "
        out.escaping(settings.title)
        out += "</title>\n"
        if let head { out += head }
        for script in scripts { out += "<script src=\""; out += href(script); out += "\" defer></script>\n" }
        let frame = frames.frame(for: path, make: makeFrame)
        out += frame.beforeBodyAttributes
        if let bodyClass { out += " class=\""; out += bodyClass; out += "\"" }
        out += frame.afterBodyAttributes
        if !breadcrumbs.isEmpty {
            out += "<nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\">\n<ol>\n"
            for crumb in breadcrumbs {
                out += "<li><a href=\""; out += href(crumb.path); out += "\">"; out.escaping(crumb.title); out += "</a></li>\n"
            }
            out += "<li aria-current=\"page\">"; out.escaping(title); out += "</li>\n</ol>\n</nav>\n"
        }
        out += "<main id=\"main\" tabindex=\"-1\">\n"
        writeMain(&out)
        out += "</main>\n</div>\n"
        out += frame.footer
        if let printSource { out += " Source: "; out.escaping(printSource); out += "." }
        out += frame.footerEnd
        return out.bytes
    }

    /// The footer up to where a page's print source goes, and from there to the end: the
    /// same on every page of the site.
    private func footer() -> (String, String) {
        var start = "<footer class=\"site-footer\">\n<div class=\"wrap\">\n"
        start += "<p class=\"stamp\">\(HTML.escape(settings.title)) guidance version \(HTML.escape(settings.version)), published <time datetime=\"\(settings.published.iso)\">\(settings.published)</time>."
        var end = " \(HTML.escape(settings.intranetNote))"
        if let url = settings.intranetUrl {
            end += " <a href=\"\(HTML.escape(url))\">Check the intranet</a> (\(HTML.escape(url)))."
        }
        end += "</p>\n</div>\n</footer>\n</body>\n</html>\n"
        return (start, end)
    }

    /// The frame around the body tag's attributes for this page's place (see `PageFrames`).
    private func makeFrame() -> PageFrames.Frame {
        let before = """
        <link rel="stylesheet" href="\(href(SitePath.stylesheet))">
        </head>
        <body
        """
        let after = """
        >
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="site-header">
        <div class="wrap">
        <p class="site-title"><a href="\(href(SitePath.home))">\(HTML.escape(settings.title))</a></p>
        <nav aria-label="Site">
        <ul class="site-nav">
        <li><a href="\(href(SitePath.home))">Policies</a></li>
        <li><a href="\(href(SitePath.checklists))">Checklists</a></li>
        <li><a href="\(href(SitePath.compare))">Compare authorities</a></li>
        <li><a href="\(href(SitePath.glossary))">Glossary</a></li>
        <li><a href="\(href(SitePath.index))">A to Z and search</a></li>
        <li><a href="\(href(SitePath.changes))">Recent changes</a></li>
        </ul>
        </nav>
        <form class="site-search" action="\(href(SitePath.index))" method="get" role="search" aria-label="Site">
        <label for="site-search-q">Search the guidance</label>
        <input type="search" id="site-search-q" name="q">
        <button type="submit">Search</button>
        </form>
        </div>
        </header>
        <div class="wrap">

        """
        let (footer, footerEnd) = footer()
        return PageFrames.Frame(beforeBodyAttributes: before, afterBodyAttributes: after, footer: footer, footerEnd: footerEnd)
    }
}
