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
    "PEP": "policies/northamptonshire/iro-and-cp-chair/no-up-to-datepoor-quality-pep-lac-only.html",
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
