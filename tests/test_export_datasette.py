"""Datasette opens a ledger usefully: facets answer fast, full-text search finds posts.

The ledger is synthetic, the size of the Russian Telegram corpus (22,000 reports, 2,000 claims),
written through Ledger.write: ingesting the real corpus takes minutes, too long for a test.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from claimledger.export.datasette import metadata
from claimledger.ledger import Ledger
from claimledger.model import Claim, Extraction, Report, Span
from conftest import sql
from test_export_fixtures import AIR_FORCE, MOD, cli

datasette_app = pytest.importorskip("datasette.app", reason="the test extra `datasette` is absent")

REPORTS = 22_000
CLAIMS = 2_000
FACET_LIMIT_S = 1.0
RARE_WORD = "кракозябра"
WORDS = (
    "ночью дроны сбиты над областью губернатор сообщил пострадавших нет обломки упали "
    "поле склад пожар ликвидирован погода мост дорога школа рынок поезд"
).split()
PLACES = ("RU-KLU", "RU-BRY", "RU-KRS", "RU-BEL", "RU-MOS", "RU-MOW", "UA-63", "UA-59", "RU")


def synthetic(count: int, claims: int, seed: int = 9) -> Iterator[Extraction]:
    chooser = random.Random(seed)
    start = datetime(2024, 11, 1, tzinfo=UTC)
    for n in range(count):
        words = chooser.choices(WORDS, k=40)
        if n == count // 2:
            words[7] = RARE_WORD
        text = f"{n} " + " ".join(words)
        published = start + timedelta(minutes=3 * n)
        report = Report(
            text=text, id=f"syn:{n}", source=f"channel {n % 24}", lang="ru", published=published
        )
        found = []
        if n % (count // claims) == 0:
            place = PLACES[n % len(PLACES)]
            found.append(
                Claim.from_dict(
                    {
                        "action": "intercepted",
                        "weapon": "uav",
                        "quantity": 1 + n % 30,
                        "location": place,
                        "date": published.date().isoformat(),
                        "evidence": Span.of(text, 0, len(str(n))).to_dict(),
                        **(AIR_FORCE if place.startswith("UA") else MOD),
                    }
                )
            )
        yield Extraction(report, claims=found)


@pytest.fixture(scope="module")
def big_ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("datasette") / "claimledger.db"
    with Ledger.open(path) as ledger:
        stats = ledger.write(synthetic(REPORTS, CLAIMS), batch_size=2_000)
    assert (stats.new, stats.claims) == (REPORTS, CLAIMS)
    return path


def get(path: Path, *urls: str) -> list[tuple[dict[str, Any], float]]:
    async def fetch() -> list[tuple[dict[str, Any], float]]:
        ds = datasette_app.Datasette([str(path)], metadata=metadata(path))
        await ds.invoke_startup()
        answers = []
        for url in urls:
            started = time.perf_counter()
            response = await ds.client.get(url)
            assert response.status_code == 200, (url, response.text[:300])
            answers.append((response.json(), time.perf_counter() - started))
        return answers

    return asyncio.run(fetch())


def test_facet_on_location_answers_within_a_second(big_ledger: Path) -> None:
    ((data, seconds),) = get(big_ledger, "/claimledger/claims.json?_size=0")
    counts = {r["value"]: r["count"] for r in data["facet_results"]["location"]["results"]}
    assert sum(counts.values()) == CLAIMS
    assert set(counts) == set(PLACES)
    assert seconds < FACET_LIMIT_S, f"facet took {seconds:.2f} s"


def test_facets_on_the_joined_view_and_reports(big_ledger: Path) -> None:
    (view, view_s), (reports, reports_s) = get(
        big_ledger,
        # Facet suggestions (up to 50 ms per column) are what a busy machine finds slow.
        "/claimledger/claims_with_reports.json?_size=0&_nosuggest=1",
        "/claimledger/reports.json?_size=0&_nosuggest=1",
    )
    assert sum(r["count"] for r in view["facet_results"]["location"]["results"]) == CLAIMS
    sources = reports["facet_results"]["source"]["results"]
    assert sum(r["count"] for r in sources) == REPORTS
    assert max(view_s, reports_s) < FACET_LIMIT_S


def test_full_text_search_finds_a_post_by_a_word_in_it(big_ledger: Path) -> None:
    ((data, _),) = get(big_ledger, f"/claimledger/reports.json?_search={RARE_WORD}&_shape=objects")
    assert [row["id"] for row in data["rows"]] == [f"syn:{REPORTS // 2}"]
    assert RARE_WORD in data["rows"][0]["text"]


def test_metadata_describes_tables_and_licences(tmp_path: Path) -> None:
    data = metadata(tmp_path / "my-ledger.db")
    tables = data["databases"]["my-ledger"]["tables"]
    assert tables["reports"]["fts_table"] == "reports_fts"
    assert "CC BY 4.0" in tables["reports"]["description"]
    assert set(tables["claims"]["columns"]) >= {"action", "quantity", "location", "claimant"}
    Ledger.open(tmp_path / "my-ledger.db").close()
    found = sql(
        tmp_path / "my-ledger.db", "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
    )
    names = {r[0] for r in found}
    assert set(tables) <= names, set(tables) - names


def test_metadata_file_from_the_command_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    out = tmp_path / "metadata.json"
    result = CliRunner().invoke(
        cli(),
        [
            "export",
            "--format",
            "datasette-metadata",
            "--db",
            str(tmp_path / "war.db"),
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "war" in out.read_text(encoding="utf-8")
