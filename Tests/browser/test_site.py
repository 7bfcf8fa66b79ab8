"""Real-browser tests of the generated static site (no JavaScript of its own).

Run:  python3 -m pytest Tests/browser -q            (site in <repo>/site)
      SITE_DIR=/some/site python3 -m pytest Tests/browser -q

Fixtures, page discovery and configuration live in conftest.py beside this file.
"""

from __future__ import annotations

import base64
import io
import posixpath
import re
import struct
import time
import subprocess
import unicodedata
from contextlib import contextmanager
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from pypdf import PdfReader
from selenium.webdriver.common.by import By

from conftest import ARTIFACTS_DIR, CHECKLIST_NON_ITEMS, PDFTOPPM, SITE_DIR, Page, checklist_pages

SCREENSHOTS_DIR = ARTIFACTS_DIR / "screenshots"
PRINT_DIR = ARTIFACTS_DIR / "print"

A4_POINTS = (595.28, 841.89)
A4_TOLERANCE = 3.0  # points
NARROW = 320
MAX_SCREENSHOT_HEIGHT = 30000  # px; Chromium cannot capture arbitrarily tall bitmaps

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


# --------------------------------------------------------------------------- helpers


def expect(condition, message: str) -> None:
    """Fails the test with just `message` (which names the page), without a traceback."""
    if not condition:
        pytest.fail(message, pytrace=False)


def collapse(text: str) -> str:
    return " ".join(text.split())


@contextmanager
def device_metrics(driver, width: int, height: int, mobile: bool):
    """Emulates a viewport through DevTools (Chromium windows cannot be made 320 px wide)."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
    )
    try:
        yield
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def load(driver, page: Page) -> None:
    # Go through about:blank so that loading the same URL twice is a fresh navigation
    # (no reload, so no restored form state).
    driver.get("about:blank")
    driver.get(page.url)
    # A moved criterion page (meta refresh) goes straight on to its new address: wait until
    # that page has loaded, so no check reads a page half-way through the move.
    if page.path.suffix == ".html" and 'http-equiv="refresh"' in page.path.read_text(encoding="utf-8", errors="replace"):
        for _ in range(100):
            if driver.current_url != page.url and driver.execute_script("return document.readyState") == "complete":
                break
            time.sleep(0.05)


def print_pdf(driver, path) -> bytes:
    """Loads the HTML file at `path` and prints it to PDF as Chromium would (A4 paper unless the
    page's CSS @page size says otherwise; default margins). Returns the PDF's bytes."""
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.get(Path(path).resolve().as_uri())
    result = driver.execute_cdp_cmd(
        "Page.printToPDF",
        {
            "paperWidth": 8.27,
            "paperHeight": 11.69,
            "printBackground": True,
            "preferCSSPageSize": True,
        },
    )
    return base64.b64decode(result["data"])


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


# --------------------------------------------------------------------------- static parsing


class StaticPage(HTMLParser):
    """What the link and no-script checks need from one page, with line numbers."""

    RESOURCE_ATTRS = {
        "link": ("href",),
        "img": ("src", "srcset"),
        "source": ("src", "srcset"),
        "script": ("src",),
        "iframe": ("src",),
        "embed": ("src",),
        "object": ("data",),
        "video": ("src", "poster"),
        "audio": ("src",),
        "track": ("src",),
        "input": ("src",),
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[int, str, str]] = []  # (line, tag, href)
        self.resources: list[tuple[int, str, str, str]] = []  # (line, tag, attr, value)
        self.scripts: list[int] = []  # lines of inline scripts (a <script> without src)
        self.script_files: list[str] = []  # src of first-party script files
        self._in_script = False
        self.handlers: list[tuple[int, str, str]] = []  # (line, tag, attribute)
        self.javascript_urls: list[tuple[int, str, str]] = []

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        for name, value in attrs:
            value = value or ""
            if name == "id" and value:
                self.ids.add(value)
            if name.startswith("on"):
                self.handlers.append((line, tag, name))
            if name in ("href", "src", "action", "formaction", "data") and value.strip().lower().startswith("javascript:"):
                self.javascript_urls.append((line, tag, f'{name}="{value}"'))
        attributes = dict(attrs)
        if tag == "script":
            # A JSON data block (the picker's) is data the browser never runs, not script text.
            self._in_script = attributes.get("type") != "application/json"
            if attributes.get("src"):
                self.script_files.append(attributes["src"])
            elif self._in_script:
                self.scripts.append(line)
        if tag in ("a", "area") and "href" in attributes:
            self.links.append((line, tag, attributes["href"] or ""))
        for name in self.RESOURCE_ATTRS.get(tag, ()):
            if attributes.get(name):
                values = [attributes[name]]
                if name == "srcset":
                    values = [part.strip().split()[0] for part in attributes[name].split(",") if part.strip()]
                for value in values:
                    self.resources.append((line, tag, name, value))

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.scripts.append(self.getpos()[0])


@lru_cache(maxsize=None)
def parse_static(path: Path) -> StaticPage:
    parser = StaticPage()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser


SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def is_external(value: str) -> bool:
    value = value.strip().lower()
    return value.startswith(("http:", "https:", "//"))


def resolve_in_site(page: Page, reference: str) -> tuple[Path | None, str | None]:
    """(target file, problem) for a relative reference from `page`."""
    path = unquote(urlsplit(reference).path)
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(page.rel), path))
    if joined == ".." or joined.startswith("../"):
        return None, f"points outside the site ({joined})"
    target = SITE_DIR / joined
    if target.is_dir():
        return None, f"points at a directory ({joined}/), not a file"
    if not target.is_file():
        return None, f"target {joined} does not exist"
    return target, None


# --------------------------------------------------------------------------- 1. axe-core

AXE_RUN = """
const done = arguments[arguments.length - 1];
if (typeof axe === 'undefined') { done({error: 'axe did not load'}); return; }
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(r => done({
    version: r.testEngine && r.testEngine.version,
    violations: r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map(n => ({target: n.target, html: n.html, summary: n.failureSummary}))
    }))
  }))
  .catch(e => done({error: String(e && (e.stack || e.message) || e)}));
"""


def test_axe_accessibility(chrome, axe_source, page):
    chrome.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    load(chrome, page)
    chrome.execute_script(axe_source)
    result = chrome.execute_async_script(AXE_RUN, AXE_TAGS)
    expect("error" not in result, f"{page}: axe-core could not run: {result.get('error')}")
    violations = result["violations"]
    if violations:
        lines = [f"{page}: {len(violations)} axe-core {result.get('version')} violation(s) ({', '.join(AXE_TAGS)}):"]
        for v in violations:
            lines.append(f"  - {v['id']} [{v['impact']}] {v['help']} ({v['helpUrl']})")
            for node in v["nodes"][:10]:
                lines.append(f"      target: {node['target']}")
                lines.append(f"        html: {collapse(node['html'])[:200]}")
                if node.get("summary"):
                    lines.append("        " + collapse(node["summary"])[:400])
            if len(v["nodes"]) > 10:
                lines.append(f"      ... and {len(v['nodes']) - 10} more element(s)")
        pytest.fail("\n".join(lines), pytrace=False)


# --------------------------------------------------------------------------- 2. Nu validator


def test_nu_html_validator(vnu_report, page):
    problems = list(vnu_report.general)
    for m in vnu_report.by_file.get(page.path.resolve(), []):
        line = m.get("lastLine", m.get("firstLine", "?"))
        column = m.get("firstColumn", m.get("lastColumn", "?"))
        extract = f"  [{collapse(m['extract'])[:120]}]" if m.get("extract") else ""
        problems.append(f"line {line}, column {column}: {m.get('type')}: {m.get('message')}{extract}")
    if problems:
        pytest.fail(
            f"{page}: {len(problems)} Nu Html Checker {vnu_report.version} error(s):\n  " + "\n  ".join(problems),
            pytrace=False,
        )


# --------------------------------------------------------------------------- 3. 320 px reflow

OVERFLOW_PROBE = """
const limit = arguments[0];
function name(el) {
  let s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  for (const c of el.classList) s += '.' + c;
  return s;
}
function path(el) {
  const parts = [];
  for (let e = el; e && e.nodeType === 1 && parts.length < 6; e = e.parentElement) {
    parts.unshift(name(e));
    if (e.id) break;
  }
  return parts.join(' > ');
}
const offenders = [];
for (const el of document.querySelectorAll('body, body *')) {
  const r = el.getBoundingClientRect();
  if (r.right > limit + 0.5) {
    offenders.push({selector: path(el), right: Math.round(r.right), width: Math.round(r.width),
                    text: (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60)});
  }
}
offenders.sort((a, b) => b.right - a.right || a.width - b.width);
return {scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        count: offenders.length, offenders: offenders.slice(0, 8)};
"""


def test_no_horizontal_scroll_at_320px(chrome, page):
    with device_metrics(chrome, NARROW, 640, mobile=True):
        load(chrome, page)
        info = chrome.execute_script(OVERFLOW_PROBE, NARROW)
    expect(
        info["clientWidth"] == NARROW,
        f"{page}: layout viewport is {info['clientWidth']} px wide in a {NARROW} px mobile viewport "
        '(missing <meta name="viewport" content="width=device-width, initial-scale=1">?)',
    )
    if info["scrollWidth"] > NARROW:
        lines = [
            f"{page}: scrolls horizontally at {NARROW} px: document.documentElement.scrollWidth = "
            f"{info['scrollWidth']} px; {info['count']} element(s) extend past {NARROW} px, widest first:"
        ]
        for o in info["offenders"]:
            lines.append(f"  - {o['selector']}: right edge {o['right']} px, width {o['width']} px  {o['text']!r}")
        pytest.fail("\n".join(lines), pytrace=False)


# --------------------------------------------------------------------------- 4. JavaScript off


class MainFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.mains: list[dict] = []
        self.depth = 0  # open <main> elements
        self.in_h1 = 0

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.mains.append({"text": "", "h1": []})
            self.depth += 1
        elif tag == "h1" and self.depth:
            self.mains[-1]["h1"].append("")
            self.in_h1 += 1

    def handle_endtag(self, tag):
        if tag == "main" and self.depth:
            self.depth -= 1
        elif tag == "h1" and self.in_h1:
            self.in_h1 -= 1

    def handle_data(self, data):
        if self.depth:
            self.mains[-1]["text"] += data
            if self.in_h1:
                self.mains[-1]["h1"][-1] += data


def test_content_without_javascript(chrome_nojs, page):
    load(chrome_nojs, page)
    finder = MainFinder()
    finder.feed(chrome_nojs.page_source)
    finder.close()
    expect(len(finder.mains) == 1, f"{page}: expected exactly one <main>, found {len(finder.mains)} (JavaScript off)")
    main = finder.mains[0]
    expect(collapse(main["text"]), f"{page}: <main> is empty with JavaScript off")
    expect(main["h1"], f"{page}: <main> has no <h1> with JavaScript off")
    expect(any(collapse(t) for t in main["h1"]), f"{page}: the <h1> in <main> has no text with JavaScript off")
    # WebDriver's own scripting still works with page JavaScript off, so visibility can be checked.
    main_element = chrome_nojs.find_element(By.TAG_NAME, "main")
    expect(main_element.is_displayed(), f"{page}: <main> is not displayed with JavaScript off")
    expect(
        main_element.find_element(By.TAG_NAME, "h1").is_displayed(),
        f"{page}: the <h1> is not displayed with JavaScript off",
    )


# --------------------------------------------------------------------------- 5. links, no scripts


def test_links_resolve(page):
    parsed = parse_static(page.path)
    problems = []
    for line, tag, href in parsed.links:
        where = f'line {line}: <{tag} href="{href}">'
        stripped = href.strip()
        if stripped != href:
            problems.append(f"{where}: leading or trailing whitespace")
        if not stripped:
            problems.append(f"{where}: empty href")
            continue
        if SCHEME.match(stripped) or stripped.startswith("//"):
            continue  # external (http:, https:, mailto:, ...) — not checked here
        parts = urlsplit(stripped)
        if parts.path.startswith("/"):
            problems.append(f"{where}: absolute path; links must be relative so the site works from file://")
            continue
        if parts.path.endswith("/") or parts.path in (".", ".."):
            problems.append(f"{where}: ends at a directory; name the file explicitly (e.g. .../index.html)")
            continue
        if parts.path:
            target, problem = resolve_in_site(page, stripped)
            if problem:
                problems.append(f"{where}: {problem}")
                continue
        else:
            target = page.path  # "#fragment" on the same page
        fragment = unquote(parts.fragment)
        if fragment and target.suffix == ".html" and fragment not in parse_static(target).ids:
            problems.append(
                f"{where}: no element with id=\"{fragment}\" in {target.relative_to(SITE_DIR).as_posix()}"
            )
    for line, tag, attr, value in parsed.resources:
        if is_external(value) or SCHEME.match(value.strip()):
            continue  # external resources are reported by the next test
        path = urlsplit(value.strip()).path
        if not path:
            continue
        if path.startswith("/"):
            problems.append(f'line {line}: <{tag} {attr}="{value}">: absolute path')
            continue
        _, problem = resolve_in_site(page, value.strip())
        if problem:
            problems.append(f'line {line}: <{tag} {attr}="{value}">: {problem}')
    if problems:
        pytest.fail(f"{page}: {len(problems)} broken or inexplicit link(s):\n  " + "\n  ".join(problems), pytrace=False)


def test_no_scripts_or_external_resources(page):
    parsed = parse_static(page.path)
    # Scripts are first-party files only (the search page's), never inline: external ones are
    # reported with the other external resources below.
    problems = [f"line {line}: inline <script>" for line in parsed.scripts]
    problems += [f"line {line}: <{tag} {attr}=...> event-handler attribute" for line, tag, attr in parsed.handlers]
    problems += [f"line {line}: <{tag} {attr}> javascript: URL" for line, tag, attr in parsed.javascript_urls]
    problems += [
        f'line {line}: <{tag} {attr}="{value}"> loads an external resource'
        for line, tag, attr, value in parsed.resources
        if is_external(value)
    ]
    if problems:
        pytest.fail(f"{page}: no inline script, and nothing loaded from outside the site:\n  " + "\n  ".join(problems), pytrace=False)


# --------------------------------------------------------------------------- 6. screenshots


@pytest.mark.parametrize(
    "variant, width, height, mobile",
    [("desktop", 1280, 900, False), ("mobile", 360, 740, True)],
    ids=["desktop", "mobile"],
)
def test_screenshot(chrome, page, variant, width, height, mobile):
    with device_metrics(chrome, width, height, mobile):
        load(chrome, page)
        full_height = chrome.execute_script(
            "return Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)"
        )
        full_height = max(height, min(int(full_height), MAX_SCREENSHOT_HEIGHT))
        shot = chrome.execute_cdp_cmd(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": True,
                "optimizeForSpeed": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": full_height, "scale": 1},
            },
        )
    data = base64.b64decode(shot["data"])
    out = SCREENSHOTS_DIR / variant / f"{page.artifact_stem}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    size = png_size(data)
    expect(
        size == (width, full_height),
        f"{page}: {variant} screenshot is {size[0]}x{size[1]} px, expected {width}x{full_height} ({out})",
    )


# --------------------------------------------------------------------------- 7. print


def save_print_artifacts(name: str, pdf: bytes) -> Path:
    PRINT_DIR.mkdir(parents=True, exist_ok=True)
    pdf_path = PRINT_DIR / f"{name}.pdf"
    pdf_path.write_bytes(pdf)
    prefix = PRINT_DIR / f"{name}-page1"
    try:
        run = subprocess.run(
            [PDFTOPPM, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf_path), str(prefix)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    except OSError as error:
        pytest.fail(f"could not run {PDFTOPPM} (poppler-utils) for {pdf_path}: {error}", pytrace=False)
    expect(run.returncode == 0, f"pdftoppm failed on {pdf_path}: {run.stderr}")
    return pdf_path


def page_sizes(reader: PdfReader) -> list[tuple[float, float]]:
    sizes = []
    for p in reader.pages:
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        if (p.rotation or 0) % 180:
            w, h = h, w
        sizes.append((round(w, 2), round(h, 2)))
    return sizes


def is_a4_portrait(size: tuple[float, float]) -> bool:
    return abs(size[0] - A4_POINTS[0]) <= A4_TOLERANCE and abs(size[1] - A4_POINTS[1]) <= A4_TOLERANCE


def test_checklist_prints_on_one_a4_page(chrome, checklist_page):
    pdf = print_pdf(chrome, checklist_page.path)
    pdf_path = save_print_artifacts(checklist_page.artifact_stem, pdf)
    reader = PdfReader(io.BytesIO(pdf))
    sizes = page_sizes(reader)
    expect(len(sizes) == 1, f"{checklist_page}: prints on {len(sizes)} pages, expected exactly 1 ({pdf_path})")
    expect(
        is_a4_portrait(sizes[0]),
        f"{checklist_page}: printed page is {sizes[0][0]}x{sizes[0][1]} pt, expected A4 portrait "
        f"{A4_POINTS[0]}x{A4_POINTS[1]} ({pdf_path})",
    )


def test_all_checklists_print_one_page_each(chrome):
    directory = SITE_DIR / "checklists"
    if not directory.is_dir():
        pytest.fail(f"{directory}/ does not exist: the site must publish its checklists", pytrace=False)
    all_page = directory / "all.html"
    if not all_page.is_file():
        pytest.fail(f"checklists/all.html does not exist in {SITE_DIR}", pytrace=False)
    # One printed page per checklist (its one-authority sheets are not in the booklet).
    expected = len([rel for rel in checklist_pages() if rel.count("/") == 1])
    expect(expected > 0, f"{directory}/ has no checklist pages besides {', '.join(sorted(CHECKLIST_NON_ITEMS))}")
    pdf = print_pdf(chrome, all_page)
    pdf_path = save_print_artifacts("checklists__all", pdf)
    sizes = page_sizes(PdfReader(io.BytesIO(pdf)))
    expect(
        len(sizes) == expected,
        f"checklists/all.html: prints on {len(sizes)} pages, expected {expected} "
        f"(one per checklist page in checklists/) ({pdf_path})",
    )
    wrong = [f"page {i}: {w}x{h} pt" for i, (w, h) in enumerate(sizes, 1) if not is_a4_portrait((w, h))]
    expect(not wrong, f"checklists/all.html: pages not A4 portrait: {', '.join(wrong)} ({pdf_path})")


PRINT_VIEW_SCRIPT = """
const covering = [...document.querySelectorAll('body *')].filter(e => {
  const s = getComputedStyle(e);
  return (s.position === 'fixed' || s.position === 'sticky') && e.getClientRects().length > 0;
}).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
const stamp = document.querySelector('.site-footer .stamp').textContent;
return [document.body.innerText, covering, stamp.slice(0, stamp.search(/\\d{4}\\.(\\s|$)/) + 4)];
"""


def squeeze(text: str) -> str:
    """Text with every kind of space and soft hyphen removed and compatibility forms (ligatures)
    folded, so a line can be found however the PDF wrapped or spaced it."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    return "".join(text.split())


def without_margin(text: str, stamp: str, number: str) -> str:
    for margin in (number + stamp, stamp + number, number + "\n" + stamp, stamp + "\n" + number):
        if margin in text:
            return text.replace(margin, "", 1)
    return text.replace(number, "", 1).replace(stamp, "", 1)


def test_print_loses_no_line(chrome, page):
    """Every line the page shows in print is in the PDF, nothing fixed or sticky can cover a line
    (the footer once sat over the last lines of every printed page), and every printed page
    carries the guidance version and its page number in the margin."""
    pdf = print_pdf(chrome, page.path)
    chrome.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown, covering, stamp = chrome.execute_script(PRINT_VIEW_SCRIPT)
    finally:
        chrome.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    expect(not covering, f"{page}: in print, {', '.join(covering)} is fixed or sticky and can cover lines of text")
    reader = PdfReader(io.BytesIO(pdf))
    texts = [p.extract_text() or "" for p in reader.pages]
    total = len(texts)
    unstamped = [i for i, text in enumerate(texts, 1) if stamp not in text or f"Page {i} of {total}" not in text]
    expect(not unstamped, f"{page}: printed page(s) {unstamped} lack '{stamp}' or 'Page N of {total}' in the margin")
    # The margin boxes fall between the last line of one page and the first of the next: take
    # them out (once each: the footer at the end of the text says the same words).
    body = [without_margin(text, stamp, f"Page {i} of {total}") for i, text in enumerate(texts, 1)]
    printed = squeeze("".join(body))
    cells = [cell for line in shown.splitlines() for cell in line.split("\t") if cell.strip()]
    missing = [cell.strip() for cell in cells if squeeze(cell) not in printed]
    expect(not missing, f"{page}: {len(missing)} line(s) shown in print are not in the PDF, first: {missing[:3]}")


# --------------------------------------------------------------------------- 8. picker, JavaScript off


def visible_wordings(driver):
    return [w for w in driver.find_elements(By.CSS_SELECTOR, ".wording") if w.is_displayed()]


def label_of(driver, control, page: Page, what: str):
    labels = driver.execute_script("return Array.from(arguments[0].labels || [])", control)
    expect(labels, f"{page}: {what} has no <label>")
    return labels[0]


def stage_text_missing(stage_label: str, folded_text: str) -> list[str]:
    """Parts of a stage's label that the wording lacks. A label "Stage 2 (Head of service,
    5 working days)" may appear whole, or as its name and each detail on separate lines."""
    if stage_label.casefold() in folded_text:
        return []
    match = re.fullmatch(r"(.*?)\s*\((.*)\)", stage_label)
    parts = [match.group(1)] + match.group(2).split(",") if match else [stage_label]
    return [part.strip() for part in parts if part.strip() and part.strip().casefold() not in folded_text]


def test_picker_raiser_choice_without_javascript(chrome_nojs, picker_page):
    """On a route several raisers use, choosing a raiser (JavaScript off) hides the criteria the
    policy marks for another raiser only, and shows that raiser's own wording block."""
    page, driver = picker_page, chrome_nojs
    load(driver, page)
    raisers = driver.find_elements(By.CSS_SELECTOR, 'form.picker input[name="raiser"]')
    if not raisers:
        return  # one raiser: nothing to choose
    for k, radio in enumerate(raisers):
        load(driver, page)
        radio = driver.find_elements(By.CSS_SELECTOR, 'form.picker input[name="raiser"]')[k]
        label_of(driver, radio, page, f"raiser radio {k}").click()
        expect(radio.is_selected(), f"{page}: clicking raiser {k} did not select it")
        choices = driver.find_elements(By.CSS_SELECTOR, "form.picker .choice:has(input.crit)")
        for choice in choices:
            hidden = f"not-r-{k}" in (choice.get_attribute("class") or "").split()
            expect(choice.is_displayed() != hidden,
                   f"{page}: with raiser {k} chosen, {collapse(choice.text)!r} is {'shown' if choice.is_displayed() else 'hidden'}")
        offered = [c for c in choices if c.is_displayed()]
        expect(offered, f"{page}: raiser {k} is offered no criteria")
        offered[0].find_element(By.CSS_SELECTOR, "label").click()
        shown = visible_wordings(driver)
        expect(len(shown) == 1, f"{page}: {len(shown)} wording blocks visible for raiser {k}, expected 1")
        expect((shown[0].get_attribute("id") or "").startswith(f"w-{k}-"),
               f"{page}: raiser {k} shows block {shown[0].get_attribute('id')!r}, not its own")


def test_picker_without_javascript(chrome_nojs, picker_page):
    """Ticks the first two criteria (and the second stage) by clicking labels, JavaScript off:
    CSS alone must then show exactly one wording block holding the chosen criteria and stage."""
    page, driver = picker_page, chrome_nojs
    load(driver, page)
    forms = driver.find_elements(By.CSS_SELECTOR, "form.picker")
    expect(forms, f'{page}: route page has no <form class="picker">')
    form = forms[0]
    checkboxes = form.find_elements(By.CSS_SELECTOR, 'input[type="checkbox"]')
    if "no-criteria" in (form.get_attribute("class") or "").split():
        # The policy lists no criteria: the chosen stage's wording shows at once, with a
        # placeholder for the reason, and no "tick at least one criterion" dead end.
        expect(not checkboxes, f"{page}: a route with no criteria has criterion checkboxes")
        shown = visible_wordings(driver)
        expect(len(shown) == 1, f"{page}: {len(shown)} wording blocks visible on a route with no criteria, expected 1")
        expect("[REASON FOR ESCALATION" in shown[0].text, f"{page}: the wording has no [REASON FOR ESCALATION] placeholder")
        return
    expect(checkboxes, f"{page}: the picker has no criterion checkboxes")
    expect(not any(c.is_selected() for c in checkboxes), f"{page}: a criterion is already ticked on load")
    # On a route several raisers use, the criteria for another raiser only are hidden (see
    # test_picker_raiser_choice_without_javascript): those offered are the ones to choose.
    checkboxes = [c for c in checkboxes if label_of(driver, c, page, "a criterion checkbox").is_displayed()]
    expect(not visible_wordings(driver), f"{page}: wording is visible before any criterion is chosen")

    titles = []
    for index, checkbox in enumerate(checkboxes, 1):
        # The title, without a tag such as "IRO only" that the label adds after it.
        title = collapse(driver.execute_script(
            "const c = arguments[0].cloneNode(true); c.querySelectorAll('.tag').forEach(t => t.remove()); return c.textContent",
            label_of(driver, checkbox, page, f"criterion checkbox {index}")))
        expect(title, f"{page}: the label of criterion checkbox {index} has no visible text")
        titles.append(title)
    chosen = titles[:2]
    for index, checkbox in enumerate(checkboxes[:2], 1):
        label_of(driver, checkbox, page, f"criterion checkbox {index}").click()
        expect(checkbox.is_selected(), f"{page}: clicking the label {titles[index - 1]!r} did not tick its checkbox")

    stage, before = None, []
    radios = form.find_elements(By.CSS_SELECTOR, 'input[type="radio"][name="stage"]')
    if len(radios) >= 2:
        before = visible_wordings(driver)  # the default stage's block, if a stage is checked by default
        expect(len(before) <= 1, f"{page}: {len(before)} wording blocks visible after ticking {chosen}")
        label = label_of(driver, radios[1], page, "the second stage radio")
        stage = collapse(label.text)
        expect(stage, f"{page}: the label of the second stage radio has no visible text")
        label.click()
        expect(radios[1].is_selected(), f"{page}: clicking the label {stage!r} did not select its stage")

    shown = visible_wordings(driver)
    choice = f"criteria {chosen}" + (f" and stage {stage!r}" if stage else "")
    expect(len(shown) == 1, f"{page}: {len(shown)} wording blocks visible after choosing {choice}, expected exactly 1")
    block = shown[0]
    if stage and before:
        expect(block != before[0], f"{page}: choosing {stage!r} did not change which wording block is shown")
    text = collapse(block.text)
    folded = text.casefold()
    missing = [t for t in chosen if t.casefold() not in folded]
    expect(not missing, f"{page}: the visible wording lacks chosen criteria {missing} (chose {choice}):\n{text}")
    if stage:
        lacking = stage_text_missing(stage, folded)
        expect(
            not lacking,
            f"{page}: the visible wording lacks {lacking} of the chosen stage {stage!r} "
            f"(chose {choice}):\n{text}",
        )
    # Criteria left unticked must stay hidden: their text, present in the block's markup, must show
    # fewer times than it occurs there (so a title that also occurs elsewhere does not mislead).
    full = collapse(driver.execute_script("return arguments[0].textContent", block)).casefold()
    shown_anyway = [
        t for t in titles[2:] if full.count(t.casefold()) and folded.count(t.casefold()) >= full.count(t.casefold())
    ]
    expect(
        not shown_anyway,
        f"{page}: the visible wording shows unticked criteria {shown_anyway} "
        f"(chose {choice}):\n{text}",
    )
