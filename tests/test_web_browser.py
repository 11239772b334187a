"""The dashboard in headless Chromium (Debian's, driven by Playwright): map, region, incident,
report with highlighted evidence, and a hostile report whose markup must never run.

The server runs in a thread on 127.0.0.1 with a free port. Screenshots go to tests/artifacts/
(gitignored). Needs /usr/bin/chromium (`make browser` installs it as root on Debian).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from test_web_fixtures import build_ledger, hostile_id

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright not installed (pip install -e '.[test]')"
)
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="no /usr/bin/chromium: install Debian's chromium (`make browser` does as root)",
)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from claimledger.web import WebSettings, create_app

    db = build_ledger(tmp_path_factory.mktemp("web") / "browser.db")
    port = _free_port()
    config = uvicorn.Config(
        create_app(WebSettings(db)), host="127.0.0.1", port=port, log_level="warning"
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the dashboard server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as engine:
        # Root in a container has no user namespaces for Chromium's sandbox.
        launched = engine.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"]
        )
        yield launched
        launched.close()


class Watch:
    """Dialogs and CSP complaints seen by a page: both must stay empty."""

    def __init__(self, page: Any) -> None:
        self.dialogs: list[str] = []
        self.csp: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", self._console)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _console(self, message: Any) -> None:
        if "Content Security Policy" in message.text:
            self.csp.append(message.text)


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(10_000)
    opened.watch = Watch(opened)
    yield opened
    context.close()


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"web-{name}.png"), full_page=True)


def test_map_region_incident_report_walk(server: str, page: Any) -> None:
    page.goto(server + "/")
    # The Leaflet circle when Leaflet is installed (make vendor), else the SVG one.
    region = page.locator("[data-region='RU-KLU'] >> visible=true")
    region.wait_for()
    shot(page, "map")
    region.click()
    page.wait_for_url("**region=RU-KLU**")
    panel = page.locator("#region")
    assert "Kaluga" in panel.inner_text()
    shot(page, "map-region")

    panel.get_by_role("link", name="2024-11-22/RU-KLU/uav/ua").click()
    page.wait_for_url("**/incidents/2024-11-22/RU-KLU/uav/ua")
    cards = page.locator(".claim-card")
    claimants = " ".join(cards.all_inner_texts())
    assert "Russian Ministry of Defence" in claimants and "Vladislav Shapsha" in claimants
    assert page.locator("h1 .badge").inner_text() == "disputed"
    assert "disagree" in page.locator("#status").inner_text()  # 12 against 7
    shot(page, "incident")

    ministry = cards.filter(has=page.locator("header", has_text="Russian Ministry of Defence"))
    ministry.get_by_role("link", name="report").click()
    page.wait_for_selector(".report-text")
    numbers = page.locator(".report-text .hl-number").all_inner_texts()
    assert "12" in numbers
    assert "Kaluga region" in " ".join(page.locator(".report-text .hl-place").all_inner_texts())
    assert page.locator(".report-text .hl-claimant").count() >= 1
    assert page.locator(".report-text .hl-marker").count() == 1  # "Kyiv did not comment"
    shot(page, "report")
    assert page.watch.dialogs == [] and page.watch.csp == []


def test_hostile_report_renders_as_text_and_runs_nothing(server: str, page: Any) -> None:
    page.goto(server + "/reports/" + quote(hostile_id(), safe="/"))
    text = page.locator(".report-text").inner_text()
    assert "<script>window.__pwned = 1</script>" in text
    assert "javascript:alert(document.cookie)" in text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("main script, main img, main iframe").count() == 0
    assert page.locator("a[href^='javascript' i]").count() == 0
    assert page.locator(".facts").get_by_text("javascript:window.__pwned=5").count() == 1
    shot(page, "hostile-report")
    for path in ["/sources", "/reports", "/claims", "/search?q=statement", "/?region=RU-BRY"]:
        page.goto(server + path)
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.locator("a[href^='javascript' i]").count() == 0, path
    assert page.watch.dialogs == []
    assert page.watch.csp == []


def test_other_pages_render(server: str, page: Any) -> None:
    for name, path, probe in [
        ("timeline", "/timeline", "table.data tfoot"),
        ("search", "/search?q=drones", "ol.results li"),
        ("sources", "/sources", "table.data tbody tr"),
        ("incidents", "/incidents", "table.data tbody tr"),
    ]:
        page.goto(server + path)
        page.wait_for_selector(probe)
        shot(page, name)
    page.goto(server + "/search?q=drones")
    assert page.locator("ol.results mark").count() >= 1
    assert page.watch.csp == []


def test_map_works_without_javascript(server: str, browser: Any) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server + "/")
        page.locator("#map-svg a.region[data-region='RU-BRY']").click()
        page.wait_for_url("**region=RU-BRY**")
        assert "2024-11-23/RU-BRY/uav/ua" in page.locator("#region").inner_text()
        shot(page, "map-nojs")
    finally:
        context.close()
