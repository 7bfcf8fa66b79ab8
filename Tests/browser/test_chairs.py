"""Issue 16: the route page's picker as a chair uses it, with JavaScript on and off.

The due dates picker.js shows are compared with `policyguide escalate --format json` for a
spread of dates (Christmas, Easter, year ends, a leap day): the release binary is run from
here (POLICYGUIDE_BIN, default .build/release/policyguide) on the repository's content/
(POLICYGUIDE_CONTENT), which must be the content SITE_DIR was built from.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import REPO_ROOT, SITE_DIR, Page, picker_pages
from test_site import AXE_RUN, collapse, device_metrics, expect, load

BIN = Path(os.environ.get("POLICYGUIDE_BIN") or REPO_ROOT / ".build/release/policyguide")
CONTENT = Path(os.environ.get("POLICYGUIDE_CONTENT") or REPO_ROOT / "content")
# Christmas Eve 2026, Good Friday 2027, New Year's Eve 2026, a leap day, Christmas Eve 2027
# (substitute days), the Friday before the Spring bank holiday 2029, and an ordinary Monday.
DATES = ["2026-12-24", "2027-03-26", "2026-12-31", "2028-02-29", "2027-12-24", "2029-05-25", "2026-11-16"]
SIZES = [("phone", 375, 740, True), ("desktop", 1280, 900, False)]


def routes() -> list[dict]:
    path = SITE_DIR / "data" / "routes.json"
    return json.loads(path.read_text(encoding="utf-8"))["routes"] if path.is_file() else []


def route_page(route: dict) -> Page:
    return Page(route["page"], SITE_DIR / route["page"])


def escalate(*args: str) -> subprocess.CompletedProcess:
    expect(BIN.is_file(), f"{BIN} does not exist: build it (swift build -c release --product policyguide) or set POLICYGUIDE_BIN")
    return subprocess.run([str(BIN), "escalate", "--content", str(CONTENT), *args], capture_output=True, text=True, timeout=60)


def cli_due(route: dict, stage: dict, raised: str) -> list[tuple]:
    raiser = stage["appliesTo"][0]
    args = ["--route", route["id"], "--stage", stage["id"], "--raised", raised, "--format", "json"]
    if len(route["raisedBy"]) > 1:
        args += ["--raiser", raiser]
    offered = [c for c in route["criteria"] if raiser in c["appliesTo"]]
    if offered:
        args += ["--criterion", offered[0]["id"]]
    run = escalate(*args)
    expect(run.returncode == 0, f"escalate {' '.join(args)} failed: {run.stderr}")
    readings = json.loads(run.stdout)["dueDates"]
    return [(r.get("due"), r.get("workingDayReading")) for r in readings if r["reading"] not in ("comparison", "not read")]


PAGE_DUE = """
const block = document.querySelector('.wording[data-stage="' + arguments[0] + '"]');
return Array.from(block.querySelectorAll('.due li[data-reading]')).map(li =>
  [li.getAttribute('data-due'), li.getAttribute('data-working-day-reading')]);
"""

SET_DATE = """
const input = document.getElementById('raised-date');
input.value = arguments[0];
input.dispatchEvent(new Event('input', {bubbles: true}));
"""


def test_due_dates_match_escalate(chrome):
    """For every stage of every route and a spread of dates, the page's due dates (working days
    with bank holidays, calendar days, both readings of 'days') are the CLI's, day for day."""
    all_routes = routes()
    expect(all_routes, f"{SITE_DIR}/data/routes.json lists no routes")
    compared = dated = 0
    for route in all_routes:
        if not route["stages"]:
            continue
        page = route_page(route)
        load(chrome, page)
        expect(chrome.find_elements(By.ID, "raised-date"), f"{page}: picker.js did not add the date raised")
        for raised in DATES:
            chrome.execute_script(SET_DATE, raised)
            for j, stage in enumerate(route["stages"]):
                on_page = [tuple(r) for r in chrome.execute_script(PAGE_DUE, j)]
                by_cli = cli_due(route, stage, raised)
                expect(on_page == by_cli, f"{page}: {stage['name']} raised {raised}: page gives {on_page}, escalate gives {by_cli}")
                compared += 1
                dated += sum(1 for due, _ in by_cli if due)
    expect(dated > 20, f"only {dated} dated readings compared over {compared} stage/date pairs: the comparison proves little")


def test_due_dates_say_the_policy_reading(chrome):
    """Northamptonshire's Level 1 (5 working days) raised on Christmas Eve 2026 is due on
    Tuesday 5 January 2027: Christmas Day, Boxing Day (substitute) and New Year's Day skipped."""
    route = next((r for r in routes() if r["id"] == "northamptonshire/iro-and-cp-chair"), None)
    expect(route, "no northamptonshire/iro-and-cp-chair route in routes.json")
    load(chrome, route_page(route))
    chrome.execute_script(SET_DATE, "2026-12-24")
    j = next(i for i, s in enumerate(route["stages"]) if s["id"] == "1")
    items = chrome.execute_script(
        "return Array.from(document.querySelector('.wording[data-stage=\"' + arguments[0] + '\"]').querySelectorAll('.due li')).map(li => li.textContent)", j)
    text = " ".join(items)
    expect("Tuesday 5 January 2027" in text, f"Level 1 raised 24 December 2026 is not due Tuesday 5 January 2027: {text}")
    expect("Christmas Day" in text and "New Year" in text, f"the bank holidays skipped are not named: {text}")


def offered_checkboxes(driver):
    return [c for c in driver.find_elements(By.CSS_SELECTOR, "form.picker input.crit")
            if driver.execute_script("return arguments[0].labels[0].offsetParent !== null", c)]


def visible_block(driver):
    shown = [w for w in driver.find_elements(By.CSS_SELECTOR, ".wording") if w.is_displayed()]
    return shown[0] if len(shown) == 1 else None


@pytest.mark.parametrize("name, width, height, mobile", SIZES, ids=[s[0] for s in SIZES])
def test_picker_with_javascript(chrome, picker_page, name, width, height, mobile):
    """JavaScript on: the 'Compose escalation wording' link is in the first screen and leads to
    the picker; the date raised is today; Copy wording copies and says 'Copied' politely."""
    page, driver = picker_page, chrome
    with device_metrics(driver, width, height, mobile):
        load(driver, page)
        links = [a for a in driver.find_elements(By.CSS_SELECTOR, "main a") if collapse(a.text) == "Compose escalation wording"]
        expect(links, f"{page}: no 'Compose escalation wording' link")
        top = driver.execute_script("return arguments[0].getBoundingClientRect().top", links[0])
        expect(top < height, f"{page} at {width} px: the 'Compose escalation wording' link is {top:.0f} px down, below the first screen")
        expect(links[0].get_attribute("href").endswith("#picker-heading"), f"{page}: the link does not lead to the picker")
        checkboxes = offered_checkboxes(driver)
        if checkboxes:
            driver.execute_script("arguments[0].labels[0].click()", checkboxes[0])
        block = visible_block(driver)
        expect(block is not None, f"{page} at {width} px: no single wording block shows after ticking a criterion")
        dates = driver.find_elements(By.ID, "raised-date")
        if dates:
            today = driver.execute_script("const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0')")
            expect(dates[0].get_attribute("value") == today, f"{page}: the date raised is {dates[0].get_attribute('value')!r}, not today {today}")
            expect(block.find_elements(By.CSS_SELECTOR, ".due li"), f"{page}: the chosen stage shows no due-date line")
        text = block.find_element(By.CSS_SELECTOR, ".wording-text")
        height_px = driver.execute_script("return arguments[0].getBoundingClientRect().height", text)
        expect(driver.execute_script("return getComputedStyle(arguments[0]).fontFamily", text)
               == driver.execute_script("return getComputedStyle(document.body).fontFamily"),
               f"{page}: the wording is not in the page's own font")
        expect(text.find_elements(By.CSS_SELECTOR, "mark"), f"{page}: no placeholder is marked in the wording")
        buttons = [b for b in block.find_elements(By.CSS_SELECTOR, "button.copy") if b.is_displayed()]
        expect(buttons, f"{page}: no visible Copy wording button with JavaScript on")
        driver.execute_cdp_cmd("Browser.grantPermissions", {"permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
        buttons[0].click()
        status = driver.find_element(By.CSS_SELECTOR, "form.picker [role=status]")
        for _ in range(40):
            if status.text:
                break
            time.sleep(0.05)
        expect(status.text == "Copied", f"{page}: after Copy wording the status says {status.text!r}, not 'Copied'")
        pasted = driver.execute_async_script("const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('ERROR ' + e))")
        expect(collapse(pasted) == collapse(text.text), f"{page}: the clipboard holds something else than the wording shown ({height_px:.0f} px tall)")
        expect("[" in pasted and "<mark>" not in pasted, f"{page}: the copied text lost its placeholders or carries markup")
        if dates:
            raised = driver.execute_script("const d = new Date(); return ['Sunday','Monday','Tuesday','Wednesday','Thursday','Friday','Saturday'][d.getDay()]"
                                           " + ' ' + d.getDate() + ' ' + ['January','February','March','April','May','June','July','August',"
                                           "'September','October','November','December'][d.getMonth()] + ' ' + d.getFullYear()")
            expect("[DATE RAISED]" not in pasted and f"Date raised: {raised}" in pasted,
                   f"{page}: the copied wording does not carry the date raised ({raised}) in place of [DATE RAISED]")


def test_picker_keyboard_only(chrome, picker_page):
    """Keyboard only: Tab reaches a criterion (Space ticks it), then the wording block itself,
    then its Copy wording button."""
    page, driver = picker_page, chrome
    load(driver, page)
    driver.find_element(By.ID, "picker-heading")
    driver.execute_script("document.getElementById('picker-heading').setAttribute('tabindex', '-1'); document.getElementById('picker-heading').focus()")
    ticked = not offered_checkboxes(driver)
    reached_text = reached_button = False
    for _ in range(250):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        active = driver.switch_to.active_element
        classes = (active.get_attribute("class") or "").split()
        if not ticked and "crit" in classes:
            ActionChains(driver).send_keys(Keys.SPACE).perform()
            ticked = active.is_selected()
        elif "wording-text" in classes:
            reached_text = active.is_displayed()
        elif "copy" in classes and reached_text:
            reached_button = active.is_displayed()
            break
    expect(ticked, f"{page}: Tab and Space did not tick a criterion")
    expect(reached_text, f"{page}: Tab never reached the wording block")
    expect(reached_button, f"{page}: Tab did not reach the Copy wording button after the wording")


@pytest.mark.parametrize("name, width, height, mobile", SIZES, ids=[s[0] for s in SIZES])
def test_picker_without_javascript_chair(chrome_nojs, picker_page, name, width, height, mobile):
    """JavaScript off: no button or date appears (nothing that cannot work), the wording still
    shows for the choice, can be reached with Tab (tabindex 0) and announces politely."""
    page, driver = picker_page, chrome_nojs
    with device_metrics(driver, width, height, mobile):
        load(driver, page)
        expect(not driver.find_elements(By.CSS_SELECTOR, "button.copy, #raised-date"), f"{page}: script-made controls without JavaScript")
        checkboxes = offered_checkboxes(driver)
        if checkboxes:
            driver.execute_script("arguments[0].labels[0].click()", checkboxes[0])
        block = visible_block(driver)
        expect(block is not None, f"{page} at {width} px: no single wording block shows")
        text = block.find_element(By.CSS_SELECTOR, ".wording-text")
        expect(text.get_attribute("tabindex") == "0" and text.get_attribute("aria-live") == "polite",
               f"{page}: the wording block is not focusable or not a polite live region")
        wide = driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
        expect(not wide, f"{page} at {width} px: the page scrolls sideways with the wording shown")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "script-blocked"])
def test_picker_axe_with_wording_shown(chrome, axe_source, picker_page, javascript):
    """axe-core finds no violation with a criterion ticked and the wording (and, with
    JavaScript, the due dates and copy button) shown. Without JavaScript is the page with
    picker.js blocked (axe itself needs script, so the no-script browser cannot run it)."""
    driver, page = chrome, picker_page
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": [] if javascript else ["*picker.js"]})
    try:
        load(driver, page)
        expect(bool(driver.find_elements(By.CSS_SELECTOR, "button.copy")) == javascript,
               f"{page}: picker.js {'did not run' if javascript else 'ran although blocked'}")
        _axe_with_wording(driver, axe_source, page, javascript)
    finally:
        driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})


def _axe_with_wording(driver, axe_source, page, javascript):
    checkboxes = offered_checkboxes(driver)
    if checkboxes:
        driver.execute_script("arguments[0].labels[0].click()", checkboxes[0])
    driver.execute_script(axe_source)
    result = driver.execute_async_script(AXE_RUN, ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    expect("error" not in result, f"{page}: {result.get('error')}")
    problems = [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in result["violations"]]
    expect(not problems, f"{page} ({'JavaScript on' if javascript else 'JavaScript off'}): axe violations:\n  " + "\n  ".join(problems))


def test_picker_prints_only_the_chosen_wording(chrome, picker_page):
    """In print, the picker's controls and heading do not print; with a criterion ticked, its
    wording does; with none ticked (on a route with criteria), nothing of the picker prints."""
    page, driver = picker_page, chrome
    load(driver, page)
    checkboxes = offered_checkboxes(driver)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        controls = [e for e in driver.find_elements(By.CSS_SELECTOR, "#picker-heading, form.picker fieldset, button.copy, #raised-date, .picker-intro") if e.is_displayed()]
        expect(not controls, f"{page}: in print, {len(controls)} picker controls or its heading print")
        if checkboxes:
            expect(visible_block(driver) is None, f"{page}: in print with nothing chosen, a wording block prints")
            driver.execute_script("arguments[0].click()", checkboxes[0])
        block = visible_block(driver)
        expect(block is not None and block.find_element(By.CSS_SELECTOR, ".wording-text").text.strip(),
               f"{page}: in print, the chosen wording does not print")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_fallback_where_has_is_unsupported():
    """Where :has() is not supported, the stylesheet shows the fallback, which links to the
    criterion pages (checked in the CSS and the page: Chromium itself supports :has())."""
    css = (SITE_DIR / "style.css").read_text(encoding="utf-8")
    rule = re.search(r"@supports not selector\(:has\(\*\)\)\s*\{(.*?)\n\s*\}", css, re.S)
    expect(rule and ".picker-fallback { display: block; }" in rule.group(1), "style.css has no @supports not selector(:has(*)) rule showing .picker-fallback")
    for route in routes():
        if not route["criteria"]:
            continue
        html = (SITE_DIR / route["page"]).read_text(encoding="utf-8")
        fallback = re.search(r'<div class="picker-fallback[^"]*">(.*?)</div>', html, re.S)
        expect(fallback and 'href="#criteria-pages"' in fallback.group(1), f"{route['page']}: no fallback linking to the criterion pages")
        expect('id="criteria-pages"' in html, f"{route['page']}: the criterion pages list has no id criteria-pages")


def test_criteria_grouped_and_offered_to_their_raisers(chrome_nojs):
    """Northamptonshire: the policy's four headings group the criteria; '(LAC only)' criteria are
    hidden from the CP Chair; labels lose list punctuation and the stray bracket, while the
    wording still quotes the policy exactly."""
    route = next((r for r in routes() if r["id"] == "northamptonshire/iro-and-cp-chair"), None)
    expect(route, "no northamptonshire/iro-and-cp-chair route")
    driver = chrome_nojs
    load(driver, route_page(route))
    legends = [collapse(e.text) for e in driver.find_elements(By.CSS_SELECTOR, "fieldset.crit-group > legend")]
    expect(len(legends) == 4 and legends[0].startswith("1. General issue"), f"criteria are not under the policy's four headings: {legends}")
    raisers = driver.find_elements(By.CSS_SELECTOR, 'form.picker input[name="raiser"]')
    cp = [r for r in raisers if r.get_attribute("value") == "cp-chair"][0]
    driver.execute_script("arguments[0].labels[0].click()", cp)
    offered = [collapse(driver.execute_script("return arguments[0].labels[0].textContent", c)) for c in offered_checkboxes(driver)]
    expect(offered and not [o for o in offered if "LAC only" in o], f"LAC-only criteria offered to the CP Chair: {[o for o in offered if 'LAC only' in o]}")
    labels = [collapse(e.text) for e in driver.find_elements(By.CSS_SELECTOR, "form.picker .choice label")]
    bad = [l for l in labels if l.endswith((";", ",", "and/or")) or l.count("(") != l.count(")")]
    expect(not bad, f"labels with list punctuation or an unbalanced bracket: {bad}")
    html = (SITE_DIR / route["page"]).read_text(encoding="utf-8")
    expect("Delays in applications for passports etc. LAC only);" in html, "the wording no longer quotes the policy's own 'passports etc. LAC only);'")


def test_moved_criterion_pages_lead_to_the_new_ones():
    """A criterion whose id changed (words split at '/') keeps its old page: it refreshes to the
    new page and links to it."""
    moved = [(r, c) for r in routes() for c in r["criteria"] if c.get("formerId")]
    expect(moved, "no criterion has a formerId: Northamptonshire's 'up to date/poor quality' ids changed")
    for route, c in moved:
        old = SITE_DIR / Path(c["page"]).parent / f"{c['formerId']}.html"
        expect(old.is_file(), f"{old} is missing: the old id no longer works")
        html = old.read_text(encoding="utf-8")
        target = Path(c["page"]).name
        expect(f'<meta http-equiv="refresh" content="0; url={target}">' in html and f'href="{target}"' in html,
               f"{old}: does not refresh and link to {target}")
    expect(any(c["id"] == "no-up-to-date-poor-quality-pep-lac-only" for _, c in moved), "the PEP criterion's id still joins 'date/poor'")


def test_routes_export_matches_schema():
    """data/routes.json validates against docs/routes.schema.json and names every route page."""
    import jsonschema
    schema = json.loads((REPO_ROOT / "docs" / "routes.schema.json").read_text(encoding="utf-8"))
    data = json.loads((SITE_DIR / "data" / "routes.json").read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.path))
    expect(not errors, "routes.json does not match its schema:\n  " + "\n  ".join(f"{e.json_path}: {e.message[:200]}" for e in errors[:10]))
    pages = {r["page"] for r in data["routes"]}
    expect(pages == {p for p in picker_pages() if p.startswith("policies/")}, f"routes.json pages {sorted(pages)} are not the route pages")


def test_picker_script_is_first_party_and_offline():
    """picker.js makes no network request and loads nothing."""
    source = (SITE_DIR / "picker.js").read_text(encoding="utf-8")
    for word in ("fetch(", "XMLHttpRequest", "http:", "https:", "import(", "WebSocket", "sendBeacon", "eval("):
        expect(word not in source, f"picker.js contains {word!r}")


def test_escalate_json_matches_schema():
    """`escalate --format json` validates against docs/escalate.schema.json, with the date raised
    and each dated reading's ISO date beside its sentence."""
    import jsonschema

    schema = json.loads((REPO_ROOT / "docs" / "escalate.schema.json").read_text(encoding="utf-8"))
    run = escalate("--route", "bexley/lac", "--criterion", "allocation-of-social-worker", "--stage", "2", "--raised", "2026-12-24", "--format", "json")
    expect(run.returncode == 0, run.stderr)
    data = json.loads(run.stdout)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    expect(not errors, "escalate JSON does not match its schema:\n  " + "\n  ".join(f"{e.json_path}: {e.message[:200]}" for e in errors[:10]))
    expect(data["raised"] == "2026-12-24", f"raised is {data.get('raised')!r}")
    dated = [d for d in data["dueDates"] if d.get("due")]
    expect(dated and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["due"]) and d["statement"] for d in dated), f"no ISO due date beside a sentence: {data['dueDates']}")
