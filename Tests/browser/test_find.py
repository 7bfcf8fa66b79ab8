"""Finding things (issue 17): the search box on every page with JavaScript on, and the keyword
index it falls back to with JavaScript off, find the same pages for words practitioners use."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import SITE_DIR

# (what a practitioner types, the keyword it is indexed under, the page expected first)
SEARCHES = [
    ("missing", "missing", "checklists/significant-changes.html"),
    ("passport", "passports", "policies/northamptonshire/iro-and-cp-chair/delays-in-applications-for-passports-etc-lac-only.html"),
    ("Cafcass", "cafcass", "glossary/index.html#term-cafcass"),
    ("PEP", "pep", "glossary/index.html#term-pep"),
    ("24 hours", "24 hours", "policies/cumberland-westmorland-furness/multi-agency/index.html"),
]
# Pages expected among the first three results as well as the first.
ALSO_NEAR_TOP = {
    "Cafcass": "policies/bexley/lac/index.html",
    "PEP": "policies/northamptonshire/iro-and-cp-chair/no-up-to-date-poor-quality-pep-lac-only.html",
}


def site_url(rel: str) -> str:
    return (SITE_DIR / rel.split("#")[0]).as_uri() + ("#" + rel.split("#")[1] if "#" in rel else "")


def without_fragment(url: str) -> str:
    return url.split("#")[0]


def search_from_home(driver, words: str) -> None:
    """Types into the header's search box on the home page and submits it, as a person would."""
    driver.get("about:blank")
    driver.get((SITE_DIR / "index.html").as_uri())
    box = driver.find_element(By.ID, "site-search-q")
    box.send_keys(words)
    box.find_element(By.XPATH, "ancestor::form").find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(driver, 10).until(lambda d: "a-z/index.html" in d.current_url)


def result_links(driver) -> list[tuple[str, str]]:
    """(absolute href, the result's text) for each search result, in order."""
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results h2"))
    return [
        (a.get_property("href"), li.text)
        for li in driver.find_elements(By.CSS_SELECTOR, "#search-results ol.results > li")
        for a in li.find_elements(By.CSS_SELECTOR, "a")[:1]
    ]


@pytest.mark.parametrize("words, keyword, expected", SEARCHES, ids=[s[0] for s in SEARCHES])
def test_search_with_javascript_puts_the_expected_page_first(chrome, words, keyword, expected):
    search_from_home(chrome, words)
    results = result_links(chrome)
    assert results, f"searching {words!r} found nothing"
    first_href, first_text = results[0]
    if "#" in expected:
        assert first_href == site_url(expected), f"{words!r}: first result is {first_href}, expected {expected}"
    else:
        assert without_fragment(first_href) == site_url(expected), f"{words!r}: first result is {first_href}, expected {expected}"
    # The matching words are shown with each result.
    assert f"Matching words: {keyword}" in first_text, first_text
    near = ALSO_NEAR_TOP.get(words)
    if near:
        assert site_url(near) in [without_fragment(h) for h, _ in results[:3]], f"{words!r}: {near} not in the first three"


def test_search_narrowed_to_one_authority_shows_only_its_pages(chrome):
    chrome.get("about:blank")
    chrome.get((SITE_DIR / "a-z" / "index.html").as_uri() + "?q=cafcass&authority=northamptonshire")
    results = result_links(chrome)
    assert results, "Northamptonshire's policy refers to CAFCASS; nothing was found"
    for href, _ in results:
        assert "/policies/northamptonshire/" in href, f"{href} is not Northamptonshire's"
    assert "in Northamptonshire" in chrome.find_element(By.CSS_SELECTOR, "#search-results h2").text


@pytest.mark.parametrize("words, keyword, expected", SEARCHES, ids=[s[0] for s in SEARCHES])
def test_keyword_index_without_javascript_finds_the_same_page(chrome_nojs, words, keyword, expected):
    # The header's search box still submits, to the keyword index.
    search_from_home(chrome_nojs, words)
    assert not chrome_nojs.find_elements(By.CSS_SELECTOR, "#search-results *"), "results rendered with JavaScript off?"
    letter = "0–9" if keyword[0].isdigit() else keyword[0].upper()
    chrome_nojs.find_element(By.CSS_SELECTOR, "nav[aria-label=Letters]").find_element(By.LINK_TEXT, letter).click()
    term = chrome_nojs.find_element(By.ID, "kw-" + keyword.replace(" ", "-"))
    assert term.text == keyword
    links = [a.get_property("href") for a in term.find_elements(By.XPATH, "following-sibling::dd[1]//a")]
    found = [without_fragment(h) for h in links] if "#" not in expected else links
    assert site_url(expected) in found, f"keyword {keyword!r} does not list {expected}: {links}"


def test_keyword_index_lists_words_not_first_words():
    # "Any missing care episodes" was listed only under A; "The …" entries filled T.
    m = (SITE_DIR / "a-z" / "m.html").read_text(encoding="utf-8")
    assert 'id="kw-missing"' in m
    t = (SITE_DIR / "a-z" / "t.html").read_text(encoding="utf-8")
    assert 'id="kw-the"' not in t, "a stop word is a keyword"
    assert 'id="kw-passports"' in (SITE_DIR / "a-z" / "p.html").read_text(encoding="utf-8")


def test_changes_feed_is_atom_with_the_required_elements():
    import xml.etree.ElementTree as ET

    atom = "{http://www.w3.org/2005/Atom}"
    root = ET.parse(SITE_DIR / "changes.xml").getroot()
    assert root.tag == atom + "feed"
    for name in ("id", "title", "updated", "author"):
        assert root.find(atom + name) is not None, f"feed has no <{name}>"
    entries = root.findall(atom + "entry")
    assert entries, "the feed has no entries"
    for entry in entries:
        for name in ("id", "title", "updated", "link"):
            assert entry.find(atom + name) is not None, f"an entry has no <{name}>"
        # Links are relative to the feed and lead to a page that exists.
        assert (SITE_DIR / entry.find(atom + "link").get("href")).is_file()
    changes = (SITE_DIR / "changes" / "index.html").read_text(encoding="utf-8")
    assert 'href="../changes.xml"' in changes, "the Recent changes page does not offer the feed"


HANDOUTS = sorted(p.relative_to(SITE_DIR).as_posix() for p in SITE_DIR.glob("policies/*/*/print_handout.html"))


@pytest.mark.parametrize("rel", HANDOUTS)
def test_route_handout_prints_on_one_a4_page(chrome, rel):
    import io

    from pypdf import PdfReader
    from test_site import A4_POINTS, is_a4_portrait, page_sizes, print_pdf, save_print_artifacts

    pdf = print_pdf(chrome, SITE_DIR / rel)
    pdf_path = save_print_artifacts(rel[: -len(".html")].replace("/", "__"), pdf)
    reader = PdfReader(io.BytesIO(pdf))
    sizes = page_sizes(reader)
    assert len(sizes) == 1, f"{rel}: prints on {len(sizes)} pages, expected one A4 page ({pdf_path})"
    assert is_a4_portrait(sizes[0]), f"{rel}: {sizes[0]} is not A4 portrait {A4_POINTS}"
    text = reader.pages[0].extract_text()
    # The ladder, the stages and the criteria are all on it.
    for needed in ("Who raises it", "First step", "Criteria", "Page 1 of 1"):
        assert needed in text, f"{rel}: {needed!r} not on the printed handout"


def test_handouts_exist_for_every_route():
    routes = {p.parent.relative_to(SITE_DIR).as_posix() for p in SITE_DIR.glob("policies/*/*/index.html")}
    assert routes and routes == {h.rsplit("/", 1)[0] for h in HANDOUTS}


def test_print_this_policy_prints_with_javascript_and_explains_without(chrome, chrome_nojs):
    page = (SITE_DIR / "policies" / "bexley" / "index.html").as_uri()
    chrome.get("about:blank")
    chrome.get(page)
    # Record window.print instead of opening the dialog.
    chrome.execute_script("window.__printed = 0; window.print = function () { window.__printed++; };")
    chrome.find_element(By.LINK_TEXT, "Print this policy").click()
    assert chrome.execute_script("return window.__printed") == 1
    chrome_nojs.get("about:blank")
    chrome_nojs.get(page)
    chrome_nojs.find_element(By.LINK_TEXT, "Print this policy").click()
    assert chrome_nojs.current_url.endswith("#how-to-print")
    assert "Print command" in chrome_nojs.find_element(By.ID, "how-to-print").text


def test_facts_come_first_and_editor_notices_are_collapsed(chrome):
    chrome.get("about:blank")
    chrome.get((SITE_DIR / "policies" / "northamptonshire" / "index.html").as_uri())
    main = chrome.find_element(By.TAG_NAME, "main")
    first_h2 = main.find_elements(By.TAG_NAME, "h2")[0]
    assert first_h2.text.startswith("At a glance"), first_h2.text
    facts = main.find_element(By.CSS_SELECTOR, "dl.key-facts").text
    for label in ("Who raises it", "First step", "How long", "What next"):
        assert label in facts
    notices = main.find_element(By.ID, "editor-notices")
    details = main.find_element(By.CSS_SELECTOR, ".editor-notices details")
    assert details.get_attribute("open") is None, "editor notices are open"
    # Announced (a heading and a summary) but below the facts and the routes.
    assert notices.text == "Notices for editors"
    assert details.find_element(By.TAG_NAME, "summary").text.endswith("about this policy’s dates or timescales")
    assert chrome.execute_script("return arguments[0].compareDocumentPosition(arguments[1]) & 4", first_h2, notices)
    assert not chrome.find_element(By.CSS_SELECTOR, ".editor-notices .notice").is_displayed()


def test_compare_page_is_stacked_per_route_on_a_phone_and_a_table_on_a_desktop(chrome):
    from test_site import device_metrics

    url = (SITE_DIR / "compare" / "index.html").as_uri()
    with device_metrics(chrome, 320, 700, True):
        chrome.get("about:blank")
        chrome.get(url)
        assert not chrome.find_element(By.CSS_SELECTOR, "table.compare").is_displayed()
        routes = chrome.find_elements(By.CSS_SELECTOR, ".compare-stacked .compare-route")
        assert len(routes) >= 6 and all(r.is_displayed() for r in routes)
        assert chrome.execute_script("return document.documentElement.scrollWidth") <= 320
    chrome.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    chrome.set_window_size(1280, 900)
    chrome.get("about:blank")
    chrome.get(url)
    assert chrome.find_element(By.CSS_SELECTOR, "table.compare").is_displayed()
    assert not chrome.find_element(By.CSS_SELECTOR, ".compare-stacked").is_displayed()


def test_route_page_links_related_routes_of_other_authorities():
    html = (SITE_DIR / "policies" / "bexley" / "lac" / "index.html").read_text(encoding="utf-8")
    assert 'id="related-routes"' in html
    assert 'href="../../northamptonshire/iro-and-cp-chair/index.html"' in html  # IRO route elsewhere
    assert 'href="../../bexley/cp/index.html"' not in html  # not its own policy's


def test_keyword_index_narrowed_to_one_authority_without_javascript(chrome_nojs):
    chrome_nojs.get("about:blank")
    chrome_nojs.get((SITE_DIR / "a-z" / "index.html").as_uri())
    chrome_nojs.find_element(By.LINK_TEXT, "Northamptonshire").click()
    term = chrome_nojs.find_element(By.ID, "kw-passports")
    links = [a.get_property("href") for a in term.find_elements(By.XPATH, "following-sibling::dd[1]//a")]
    assert site_url("policies/northamptonshire/iro-and-cp-chair/delays-in-applications-for-passports-etc-lac-only.html") in links
    # Only that authority's pages (and checklists citing it) are listed.
    for a in chrome_nojs.find_elements(By.CSS_SELECTOR, "dl.keywords a"):
        href = a.get_property("href")
        assert "/policies/northamptonshire/" in href or "/checklists/" in href, href
    bexley = (SITE_DIR / "policies" / "bexley" / "keywords.html").read_text(encoding="utf-8")
    assert "northamptonshire/" not in bexley and 'id="kw-cafcass"' in bexley
