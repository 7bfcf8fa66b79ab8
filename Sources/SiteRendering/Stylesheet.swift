import PolicyModel

/// The site's one stylesheet: system fonts, no external assets, readable at 320 px and at
/// 400 % zoom, visible focus, and print rules that hide navigation, stamp the version on
/// every page and fit each checklist on one A4 sheet.
enum Stylesheet {
    /// The stylesheet, with picker rules for as many criteria and stages as the largest route
    /// has. (They live here, not in each page, so every validator and browser reads them as
    /// ordinary linked CSS.)
    ///
    /// On a route with no criteria the chosen stage's block shows at once; on a route several
    /// raisers use, the block is the chosen raiser's (`w-k-j`), and criteria and stages for
    /// another raiser only are hidden.
    static func css(criteria: Int, stages: Int, raisers: Int = 1, settings: SiteSettings) -> String {
        var rules = printStamp(settings)
        rules += "/* Picker: show a criterion's lines while its box is ticked, and the chosen stage's block once any criterion is ticked. */\n"
        for i in 0..<criteria { rules += ".picker:has(#pc-\(i):checked) .c-\(i) { display: inline; }\n" }
        rules += ".picker.no-stages:has(.crit:checked) #w-0, .picker.no-stages.no-criteria #w-0 { display: block; }\n"
        for j in 0..<stages {
            rules += ".picker:has(.crit:checked):has(#ps-\(j):checked) #w-\(j), .picker.no-criteria:has(#ps-\(j):checked) #w-\(j) { display: block; }\n"
        }
        guard raisers > 1 else { return base + rules }
        for k in 0..<raisers {
            rules += ".picker:has(#pr-\(k):checked) .not-r-\(k) { display: none; }\n"
            rules += ".picker.no-stages:has(.crit:checked):has(#pr-\(k):checked) #w-\(k)-0, .picker.no-stages.no-criteria:has(#pr-\(k):checked) #w-\(k)-0 { display: block; }\n"
            for j in 0..<stages {
                rules += ".picker:has(.crit:checked):has(#ps-\(j):checked):has(#pr-\(k):checked) #w-\(k)-\(j), .picker.no-criteria:has(#ps-\(j):checked):has(#pr-\(k):checked) #w-\(k)-\(j) { display: block; }\n"
            }
        }
        return base + rules
    }

    /// The stamp in the printed page's bottom margin: the site's guidance version and date on the
    /// left, "Page N of M" on the right. Margin boxes sit outside the page area, so unlike a
    /// fixed footer they can never cover a line of the text.
    static func printStamp(_ settings: SiteSettings) -> String {
        let stamp = "\(settings.title) guidance version \(settings.version), published \(settings.published)"
        return """
        /* Print: version, date and page number in every printed page's bottom margin. */
        @media print {
          @page {
            @bottom-left { content: \(cssString(stamp)); font: 7.5pt system-ui, sans-serif; color: #0b0c0c; }
            @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt system-ui, sans-serif; color: #0b0c0c; }
          }
        }

        """
    }

    /// `text` as a quoted CSS string: quotes and backslashes escaped, every control character
    /// (a line break in site.yml) written as a CSS hex escape, so no content can end the string;
    /// angle brackets escaped too, so no output file carries a tag from content.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": out += "\\"; out.unicodeScalars.append(scalar)
            case "<", ">", _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value):
                out += "\\" + String(scalar.value, radix: 16) + " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static let base = """
    :root { --text: #0b0c0c; --muted: #484949; --link: #1d4f91; --visited: #4c2c92; --border: #b1b4b6; --panel: #f3f2f1; --focus: #ffdd00; --brand: #1d4f91; }
    *, *::before, *::after { box-sizing: border-box; }
    html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 100%; line-height: 1.5; color: var(--text); background: #fff; -webkit-text-size-adjust: 100%; }
    body { margin: 0; overflow-wrap: break-word; }
    .wrap { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
    a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
    a:visited { color: var(--visited); }
    a:hover { text-decoration-thickness: 3px; }
    a:focus-visible, input:focus-visible + label, pre:focus-visible, [tabindex]:focus-visible, main:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; background-color: var(--focus); color: var(--text); box-shadow: 0 4px var(--text); text-decoration: none; }
    main:focus { outline: none; background: none; box-shadow: none; }
    .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; padding: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
    .url { overflow-wrap: anywhere; color: var(--muted); font-size: 0.9rem; }
    .back-to-top { margin: 1.5rem 0 0; }
    .skip-link { position: absolute; left: -9999px; top: 0; padding: 0.5rem 1rem; background: var(--focus); color: var(--text); z-index: 10; }
    .skip-link:focus { left: 0; }
    .site-header { background: var(--brand); color: #fff; padding: 0.75rem 0; border-bottom: 0.5rem solid #0b2a52; }
    .site-header a, .site-header a:visited { color: #fff; }
    .site-header a:focus-visible { color: var(--text); }
    .site-title { margin: 0 0 0.25rem; font-size: 1.5rem; font-weight: 700; }
    .site-title a { text-decoration: none; }
    .site-nav { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
    .breadcrumbs ol { list-style: none; margin: 1rem 0 0; padding: 0; display: flex; flex-wrap: wrap; font-size: 0.9rem; }
    .breadcrumbs li + li::before { content: "›"; margin: 0 0.5rem; color: var(--muted); }
    main { display: block; padding: 1rem 0 3rem; }
    h1 { font-size: 2rem; line-height: 1.2; margin: 1rem 0 1rem; }
    h2 { font-size: 1.5rem; line-height: 1.25; margin: 2rem 0 0.75rem; }
    h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
    h4, h5, h6 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
    .lead { font-size: 1.2rem; }
    .hint, .meta { color: var(--muted); font-size: 0.95rem; }
    .tag { display: inline-block; padding: 0 0.4rem; border: 1px solid var(--text); font-size: 0.85rem; font-weight: 600; }
    .notice { border-left: 0.4rem solid #b35c00; background: #fff4e5; padding: 0.5rem 1rem; margin: 1rem 0; }
    .summary { margin: 1rem 0; border-top: 1px solid var(--border); }
    .summary div { display: flex; flex-wrap: wrap; border-bottom: 1px solid var(--border); padding: 0.4rem 0; }
    .summary dt { font-weight: 700; flex: 0 0 10rem; }
    .summary dd { margin: 0; flex: 1 1 15rem; }
    .contents { background: var(--panel); padding: 0.5rem 1rem; margin: 1rem 0; }
    .contents h2 { margin-top: 0.5rem; font-size: 1.2rem; }
    .cards { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
    .card { border: 1px solid var(--border); border-top: 0.3rem solid var(--brand); padding: 0.5rem 1rem; }
    .card h2, .card h3 { margin-top: 0.5rem; font-size: 1.15rem; }
    .table-wrap { max-width: 100%; overflow-x: auto; margin: 1rem 0; }
    table { border-collapse: collapse; width: 100%; }
    caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
    th, td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid var(--border); }
    thead th { border-bottom: 2px solid var(--text); }
    .compare { min-width: 50rem; font-size: 0.95rem; }
    .compare-stacked { display: none; }
    .compare-route { border-top: 0.3rem solid var(--brand); margin: 1.5rem 0; }
    .compare-route h2 { font-size: 1.25rem; margin-top: 0.5rem; }
    .compare-stages { padding-left: 1.5rem; }
    .compare-stages li { margin: 0.4rem 0; }
    @media (max-width: 48rem) {
      .table-wrap:has(> .compare) { display: none; }
      .compare-stacked { display: block; }
    }
    .key-facts { border-top: 2px solid var(--brand); }
    .facts-heading { margin-top: 1.25rem; font-size: 1.25rem; }
    details { margin: 1rem 0; }
    summary { cursor: pointer; font-weight: 600; color: var(--link); }
    summary:focus-visible { outline: 3px solid var(--focus); background: var(--focus); color: var(--text); }
    .editor-notices h2 { font-size: 1.2rem; }
    .handout-criteria { columns: 2 18rem; column-gap: 2rem; }
    .handout-criteria li { break-inside: avoid; }
    blockquote { margin: 0.5rem 0 1rem; padding: 0.25rem 1rem; border-left: 0.3rem solid var(--border); }
    .quote-label { margin-bottom: 0; font-weight: 600; }
    .criteria .group { list-style: none; font-weight: 700; margin: 0.75rem 0 0.25rem -1rem; }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.95rem; background: var(--panel); border: 1px solid var(--border); padding: 0.75rem; }
    .full-text { border-top: 2px solid var(--text); margin-top: 2rem; }
    .ladder { margin: 1rem 0; }
    .ladder svg { width: 100%; max-width: 26rem; height: auto; }
    .ladder-box { fill: #eef3fa; stroke: var(--brand); stroke-width: 2; }
    .ladder-exit { fill: #fff4e5; stroke: #b35c00; stroke-width: 2; stroke-dasharray: 6 4; }
    .ladder-name { font-weight: 700; font-size: 17px; fill: var(--text); }
    .ladder-text { font-size: 15px; fill: var(--text); }
    .ladder-time { font-size: 15px; font-weight: 700; fill: var(--text); }
    .ladder-arrow { stroke: var(--text); stroke-width: 2; fill: none; }
    figcaption { color: var(--muted); font-size: 0.95rem; }
    fieldset { border: 1px solid var(--border); margin: 1rem 0; padding: 0.5rem 1rem 1rem; }
    legend { font-weight: 700; font-size: 1.1rem; padding: 0 0.25rem; }
    .choice { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.4rem 0; }
    .choice input { width: 1.5rem; height: 1.5rem; flex: 0 0 1.5rem; margin: 0.05rem 0 0; }
    .jump { margin: 0 0 1rem; font-weight: 700; }
    .facts dt { flex-basis: 12rem; }
    .crit-group { border: 0; border-top: 1px solid var(--border); padding: 0.25rem 0 0; margin: 0.75rem 0 0; }
    .crit-group legend { font-size: 1rem; padding: 0; }
    .picker .wording { display: none; }
    .wording-text { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; border: 2px solid var(--text); padding: 0.5rem 0.75rem; margin: 0.5rem 0; max-width: 44rem; }
    .wording-text:focus { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 0 0 5px var(--text); }
    mark { background: #fff2a8; color: var(--text); padding: 0 0.1em; }
    .raised { margin: 1rem 0; }
    .raised label { display: block; font-weight: 700; }
    .raised input { font: inherit; padding: 0.25rem; border: 2px solid var(--text); min-height: 2.5rem; }
    .due { border-left: 0.4rem solid var(--brand); padding: 0 0.75rem; margin: 0.5rem 0; }
    .due-heading { font-weight: 700; margin: 0.25rem 0; }
    .due ul { margin: 0.25rem 0; padding-left: 1.25rem; }
    button.copy { font: inherit; font-weight: 700; color: #fff; background: #00703c; border: 0; box-shadow: 0 2px 0 #002d18; padding: 0.5rem 1rem; min-height: 2.75rem; cursor: pointer; }
    button.copy:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; background: var(--focus); color: var(--text); box-shadow: 0 2px 0 var(--text); }
    .copy-status { font-weight: 700; min-height: 1.5rem; }
    .picker-fallback { display: none; }
    @supports not selector(:has(*)) {
      .picker-fallback { display: block; }
      .picker-hint { display: none; }
      .picker.no-criteria .wording { display: block; }
    }
    .picker .c { display: none; }
    .picker:has(.crit:checked) .picker-hint { display: none; }
    .picker-hint { font-weight: 600; }
    .write-in { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.25rem 1.5rem; margin: 0.75rem 0; }
    .write-in div { display: flex; gap: 0.5rem; align-items: flex-end; }
    .write-in dt { font-weight: 600; white-space: nowrap; }
    .write-in dd { margin: 0; flex: 1; border-bottom: 1px solid var(--text); min-height: 1.6rem; }
    .checklist { list-style: none; padding: 0; margin: 0.25rem 0 0.75rem; }
    .checklist li { display: flex; gap: 0.6rem; align-items: flex-start; padding: 0.3rem 0; border-bottom: 1px solid #e5e5e5; }
    .checklist .box { flex: 0 0 1.1rem; height: 1.1rem; border: 2px solid var(--text); margin-top: 0.2rem; }
    .checklist .note-label { flex: 0 0 auto; font-weight: 700; }
    .checklist .note-item { font-style: italic; }
    .item-note { display: block; font-size: 0.9rem; color: var(--muted); margin-top: 0.15rem; }
    .cite { color: var(--muted); font-size: 0.9rem; }
    .sheet-note p { margin: 0.25rem 0; font-size: 0.95rem; }
    .sheet-sources { font-size: 0.85rem; color: var(--muted); border-top: 1px solid var(--border); padding-top: 0.4rem; }
    .glossary div { border-bottom: 1px solid var(--border); padding: 0.5rem 0; }
    .glossary dt { font-weight: 700; }
    .glossary dd { margin: 0.25rem 0 0; }
    .letters { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
    .letters a { display: inline-block; min-width: 2rem; text-align: center; padding: 0.25rem; }
    .site-search { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; margin: 0.5rem 0 0; }
    .site-search label { font-weight: 600; }
    input[type=search], select { font: inherit; padding: 0.3rem; border: 2px solid var(--text); border-radius: 0; max-width: 100%; }
    .site-search input { flex: 1 1 10rem; min-width: 0; max-width: 20rem; }
    button { font: inherit; padding: 0.3rem 0.9rem; border: 2px solid #0b2a52; background: #00703c; color: #fff; cursor: pointer; }
    input:focus-visible, select:focus-visible, button:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--text); }
    .search-form { background: var(--panel); padding: 0.75rem 1rem; display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-end; }
    .search-form .field { display: flex; flex-direction: column; flex: 1 1 14rem; min-width: 0; }
    .search-form select, .search-form input { width: 100%; }
    .search-form label { font-weight: 700; }
    .results { padding-left: 1.5rem; }
    .results li { margin: 0.5rem 0; }
    .matched { margin: 0.1rem 0 0; font-size: 0.95rem; }
    mark { background: #fff2a8; color: var(--text); }
    .keywords dt { font-weight: 700; margin-top: 0.75rem; }
    .keywords dd { margin: 0; }
    .keywords ul { margin: 0.2rem 0; }
    .letters a[aria-current] { background: var(--text); color: #fff; }
    a.term { color: inherit; text-decoration-style: dotted; }
    abbr[title] { text-decoration: none; }
    .site-footer { border-top: 1px solid var(--border); background: var(--panel); padding: 1rem 0; font-size: 0.9rem; }
    @media (max-width: 30rem) {
      h1 { font-size: 1.6rem; }
      .summary dt { flex-basis: 100%; }
    }
    @media print {
      @page { size: A4 portrait; margin: 15mm 14mm 18mm; }
      html { font-size: 10.5pt; line-height: 1.35; }
      .site-header, .breadcrumbs, .search-form, .skip-link, .contents, .screen-only, .picker fieldset, .picker-hint { display: none !important; }
      .wrap { max-width: none; padding: 0; }
      main { padding: 0; }
      a, a:visited { color: var(--text); text-decoration: none; }
      h1 { margin-top: 0; font-size: 1.6rem; }
      h2, h3, h4, h5, h6 { break-after: avoid; }
      tr, li, blockquote, pre, .ladder { break-inside: avoid; }
      .table-wrap { overflow: visible; }
      .site-footer { background: #fff; border-top: 1px solid var(--border); padding: 1mm 0 0; font-size: 7.5pt; break-inside: avoid; }
      .checklist-page h1, .checklist-page .sheet > h2 { font-size: 1.35rem; margin: 0 0 0.2rem; }
      .checklist-page .sheet h2, .checklist-page .sheet h3 { font-size: 1rem; margin: 0.5rem 0 0.15rem; }
      .checklist-page .sheet-summary, .checklist-page .sheet-audience { margin: 0.1rem 0; font-size: 0.9rem; }
      .checklist-page .write-in { grid-template-columns: 1fr 1fr; margin: 0.3rem 0; }
      .checklist-page .checklist li { padding: 0.12rem 0; font-size: 0.86rem; line-height: 1.25; }
      .checklist-page .checklist .box { flex-basis: 0.8rem; height: 0.8rem; margin-top: 0.1rem; border-width: 1.5px; }
      .checklist-page .cite { font-size: 0.78rem; }
      .checklist-page .item-note { font-size: 0.76rem; }
      .checklist-page .sheet-note p { font-size: 0.8rem; margin: 0.1rem 0; }
      .checklist-page .sheet-sources { font-size: 0.75rem; margin: 0.3rem 0 0; }
      .booklet .sheet { break-after: page; }
      .booklet .sheet:last-of-type { break-after: auto; }
      .booklet main > h1, .booklet main > p { display: none; }
      #picker-heading, .picker-intro, .picker-fallback, .raised, button.copy, .copy-status, .jump { display: none !important; }
      .wording-text { border: 0; padding: 0; max-width: none; }
      mark { background: none; }
      .table-wrap:has(> .compare) { display: none; }
      .compare-stacked { display: block; }
      .compare-route { break-inside: avoid; }
      thead { display: table-header-group; }
      h2, h3, h4, h5, h6, dt, caption, .quote-label, .facts-heading { break-after: avoid; page-break-after: avoid; }
      .handout { font-size: 8.5pt; }
      .handout h1 { font-size: 1.3rem; margin: 0; }
      .handout .lead { font-size: 0.95rem; margin: 0.1rem 0 0.3rem; }
      .handout h2 { font-size: 1rem; margin: 0.4rem 0 0.15rem; }
      .handout .summary div { padding: 0.1rem 0; }
      .handout .summary dt { flex-basis: 7rem; }
      .handout .ladder { margin: 0; float: left; width: 30%; }
      .handout-columns > :not(.ladder) { margin-left: 33%; }
      .handout table th, .handout table td { font-size: 0.95em; }
      .handout .ladder svg { max-height: 150mm; }
      .handout figcaption { font-size: 0.8em; }
      .handout-columns::after { content: ""; display: block; clear: both; }
      .handout .timescale-note, .handout td .hint { font-size: 0.9em; }
      .handout table { font-size: 0.9em; }
      .handout th, .handout td { padding: 0.15rem 0.3rem; }
      .handout-criteria { columns: 3; column-gap: 4mm; margin: 0; padding-left: 1rem; font-size: 0.88em; line-height: 1.15; }
      .handout .tag { font-size: 0.85em; padding: 0 0.15rem; font-weight: 600; border-width: 0.5px; }
      .handout .lead { font-size: 0.9rem; }
      .handout .hint, .handout .meta, .handout figcaption { font-size: 0.85em; }
      .handout .ladder svg { max-height: 125mm; }
      .handout-criteria li { margin: 0.05rem 0; }
      .handout .site-footer, .checklist-page .site-footer { font-size: 7pt; }
    }
    """
}
