/// The "print this" link and its fallback, and "back to top". The link prints with JavaScript
/// on (`print.js`, first-party) and otherwise leads to how to print with the browser, so it is
/// never a dead control.
enum PrintHelp {
    /// "Print this policy" (or handout), hidden on paper.
    static func link(what: String) -> String {
        "<p class=\"screen-only print-action\"><a class=\"print-link\" href=\"#how-to-print\">Print \(HTML.escape(what))</a></p>\n"
    }

    /// What the link leads to without JavaScript.
    static let howTo = "<p class=\"screen-only\" id=\"how-to-print\">To print, use your browser’s Print command (Ctrl+P, or ⌘P on a Mac). The printed copy leaves out the site’s navigation and carries the guidance version, date and page numbers on every page.</p>\n"

    /// A "back to top" link for long pages (to the main content, past the header).
    static let backToTop = "<p class=\"back-to-top screen-only\"><a href=\"#main\">Back to top</a></p>\n"

    /// `print.js`: a click on a print link prints the page instead of following the link.
    static let script = """
    // PolicyGuide: "Print this policy" and "Print this handout" print the page. Without
    // JavaScript the same links lead to how to print with the browser.
    document.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a.print-link") : null;
      if (link) { event.preventDefault(); window.print(); }
    });

    """
}
