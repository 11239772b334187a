"""The batch directory: extractions to Parquet and back unchanged; refusals; worker tasks.

No Dask cluster here (see test_batch_dask.py): the tables are made and read in this process.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow", reason="pyarrow not installed")
pytest.importorskip("distributed", reason="dask not installed (pip install -e '.[scale]')")

from claimledger.batch import BatchError, engine, is_batch_dir, read_parquet_dir  # noqa: E402
from claimledger.batch.parquet import (  # noqa: E402
    MANIFEST,
    Partition,
    partition_tables,
    write_manifest,
    write_partition,
)
from claimledger.extract import Extractor  # noqa: E402
from claimledger.ledger import Ledger  # noqa: E402
from claimledger.model import (  # noqa: E402
    Check,
    Claim,
    Extraction,
    Marker,
    MediaMention,
    Quote,
    Report,
    Span,
)

TEXT = (
    "Губернатор Брянской области Александр Богомаз сообщил, что над регионом сбиты 7 "
    "беспилотников. «Пострадавших нет», — написал он. Видео не удалось проверить."
)


def span(part: str) -> Span:
    start = TEXT.index(part)
    return Span(start, start + len(part), part)


def everything() -> Extraction:
    """An extraction using every field the model has, with awkward values."""
    report = Report(
        text=TEXT,
        id="bry-1",
        source="Bryansk governor",
        published=datetime(2024, 11, 28, 9, 30, tzinfo=timezone(timedelta(hours=3))),
        lang="ru",
        url="https://example.org/b/1",
        meta={"views": 1200, "forwarded_from": None, "tags": ["ПВО", "UAV"]},
    )
    claim = Claim(
        action="intercepted",
        quantity=7,
        evidence=span("над регионом сбиты 7 беспилотников"),
        weapon="uav",
        model=None,
        qualifier="exact",
        location="RU-BRY",
        claimant="Alexander Bogomaz",
        claimant_side="ru",
        claimant_kind="official",
        attacker_side="ua",
        date="2024-11-28",
        spans={"number": span("7"), "weapon": span("беспилотников")},
    )
    return Extraction(
        report=report,
        claims=[claim, Claim("hit", 0, span("Пострадавших нет"), qualifier="at_most")],
        quotes=[
            Quote(None, "governor", "Пострадавших нет", [span("Пострадавших нет")], span("он"))
        ],
        markers=[Marker("unverified", span("не удалось проверить"))],
        checks=[
            Check(
                "distance",
                "Bryansk",
                "Moscow",
                span("Брянской области"),
                stated_km=None,
                computed_km=347.123456789,
                computed_bearing_deg=236.5,
                verdict="unknown",
                subject_code="RU-BRY",
            )
        ],
        media=[MediaMention("video", span("Видео"), claimant=None, provenance="unclear")],
    )


def bare(report_id: str, text: str) -> Extraction:
    return Extraction(Report(text=text, id=report_id))


def write_dir(folder: Path, partitions: list[list[Extraction]]) -> Path:
    folder.mkdir()
    entries = []
    for index, extractions in enumerate(partitions):
        reports, claims = partition_tables(extractions)
        entries.append(write_partition(folder, index, Partition(reports, claims)))
    write_manifest(folder, {"partitions": entries})
    return folder


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    written = [
        [everything(), bare("empty-1", "Nothing to see.")],
        [],
        [bare("plain", "No claims here either.")],
    ]
    folder = write_dir(tmp_path / "out", written)
    assert is_batch_dir(folder)
    back = list(read_parquet_dir(folder))
    expected = [e for part in written for e in part]
    assert [e.to_dict() for e in back] == [e.to_dict() for e in expected]
    assert back[0].report == expected[0].report  # url, meta, offset of `published` too
    assert back[0].quotes[0].speaker_span == span("он")


def test_claims_are_flat_columns_for_other_tools(tmp_path: Path) -> None:
    folder = write_dir(tmp_path / "out", [[everything()]])
    table = pa.parquet.read_table(folder / "claims" / "part-00000.parquet")
    rows = table.to_pylist()
    assert [(r["report_id"], r["ordinal"], r["quantity"], r["location"]) for r in rows] == [
        ("bry-1", 0, 7, "RU-BRY"),
        ("bry-1", 1, 0, None),
    ]
    assert rows[0]["evidence_text"] == "над регионом сбиты 7 беспилотников"
    assert json.loads(rows[0]["spans"])["number"]["text"] == "7"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: None, "not a claimledger batch directory"),
        (lambda d: (d / "claims").mkdir(), "unfinished batch run"),
        (lambda d: (d / MANIFEST).write_text("{not json", "utf-8"), "unreadable manifest"),
        (lambda d: (d / MANIFEST).write_text('{"format": "x"}', "utf-8"), "not a claimledger"),
        (
            lambda d: (d / MANIFEST).write_text(
                '{"format": "claimledger-batch", "version": 99}', "utf-8"
            ),
            "version 99",
        ),
    ],
)
def test_what_is_not_a_finished_batch_is_refused(tmp_path: Path, setup: Any, message: str) -> None:
    setup(tmp_path)
    with pytest.raises(BatchError, match=message):
        list(read_parquet_dir(tmp_path))


def test_missing_partition_file_is_refused(tmp_path: Path) -> None:
    folder = write_dir(tmp_path / "out", [[bare("a", "A.")], [bare("b", "B.")]])
    (folder / "claims" / "part-00001.parquet").unlink()
    reader = read_parquet_dir(folder)
    assert next(reader).report.id == "a"
    with pytest.raises(BatchError, match="partition 1 unreadable"):
        next(reader)


@pytest.mark.parametrize("kind", ["file", "non-empty"])
def test_output_must_be_new_or_empty(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "out"
    if kind == "file":
        target.write_text("x", "utf-8")
    else:
        target.mkdir()
        (target / "old.parquet").write_text("x", "utf-8")
    with pytest.raises(BatchError, match="new or empty directory"):
        engine.extract_to_parquet([], target)


def test_a_failing_report_is_left_out_and_named(monkeypatch: pytest.MonkeyPatch) -> None:
    class Brittle(Extractor):
        def extract(self, report: Report, lang: str | None = "auto") -> Extraction:
            if "BOOM" in report.text:
                raise ValueError("cannot parse this")
            return Extraction(report)

    monkeypatch.setattr(engine, "_extractor", Brittle())
    reports = [Report(text="Fine.", id="ok-1"), Report(text="BOOM", id="bad"), Report(text="Ok.")]
    partition = engine.extract_partition(reports, "en")
    assert partition.reports.column("id").to_pylist() == ["ok-1", reports[2].id]
    assert partition.failures == [("bad", "extraction failed: ValueError: cannot parse this")]
    stats = engine.BatchStats()
    engine._count(stats, partition)
    assert (stats.reports, stats.failed, stats.error_count) == (2, 1, 1)
    assert str(stats.errors[0]) == "report bad: extraction failed: ValueError: cannot parse this"


def test_batch_dir_writes_into_a_ledger_like_the_extractions(
    tmp_path: Path, ledger_url: str
) -> None:
    extractions = [everything(), bare("plain", "No claims.")]
    folder = write_dir(tmp_path / "out", [extractions])
    with Ledger.open(ledger_url) as ledger:
        assert ledger.write(read_parquet_dir(folder)).new == 2
        stored = ledger.report("bry-1")
        assert stored is not None and stored.to_dict() == everything().to_dict()
        again = ledger.write(read_parquet_dir(folder))
        assert (again.new, again.unchanged) == (0, 2)


def test_worker_extractor_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "_extractor", None)
    first = engine.worker_extractor()
    assert engine.worker_extractor() is first
