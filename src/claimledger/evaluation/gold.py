"""Loading hand annotations and joining them with the texts they point into.

Gold files under `eval/gold/` hold no text: each record names its corpus (a JSON Lines file under
the shared data folder), the text's id and the sha256 of the text, and every claim's evidence is
a pair of character offsets. Loading reads the corpus, checks the hash (a text that changed
invalidates its offsets) and the offsets, and fills in the evidence text. Every failure names the
gold file, the line and the text id.

The legacy `eval/gold-dev.jsonl` of the shared folder (evidence given as text, no split) loads
too: its posts come from the Russian Telegram corpus and are all `dev`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimledger.errors import GoldError
from claimledger.evaluation.sets import (
    LEGACY_GOLD,
    RU_TELEGRAM,
    SPLITS,
    Split,
    read_records,
    text_sha256,
)
from claimledger.model import LANGUAGES, Language

LEGACY_SET = "legacy"
GOLD_KEYS = ("corpus", "id", "lang", "split", "text_sha256", "claims")


@dataclass(slots=True)
class GoldText:
    """One annotated text, joined with its corpus record."""

    corpus: str
    id: str
    lang: Language
    split: Split
    record: dict[str, Any]  # the corpus record: text, published, channel, url ...
    claims: list[dict[str, Any]]  # evidence as {"text", "start", "end"} (or text alone, legacy)
    source: str  # the gold file and line, for messages
    note: str | None = None
    set_name: str = LEGACY_SET  # the gold file's stem: the eval set it belongs to

    @property
    def text(self) -> str:
        return str(self.record["text"])


@dataclass(slots=True)
class _Pending:
    """A gold record read but not yet joined with its text."""

    row: dict[str, Any]
    path: str
    line: int
    meta: dict[str, Any] = field(default_factory=dict)


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise GoldError(str(path), None, None, f"cannot read: {exc.strerror}") from None
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(str(path), number, None, f"not valid JSON: {exc.msg}") from None
            if not isinstance(row, dict) or not isinstance(row.get("id"), str):
                raise GoldError(str(path), number, None, "a gold record needs a string `id`")
            yield number, row


def _check_record(pending: _Pending) -> None:
    row, path, line = pending.row, pending.path, pending.line
    missing = [key for key in GOLD_KEYS if key not in row]
    if missing:
        raise GoldError(path, line, row["id"], f"missing keys {', '.join(missing)}")
    if row["lang"] not in LANGUAGES:
        raise GoldError(path, line, row["id"], f"unknown lang {row['lang']!r}")
    if row["split"] not in SPLITS:
        raise GoldError(path, line, row["id"], f"split must be dev or blind, not {row['split']!r}")
    if not isinstance(row["claims"], list):
        raise GoldError(path, line, row["id"], "claims must be a list")


def _corpus_texts(shared: Path, corpus: str, wanted: set[str], source: str) -> dict[str, Any]:
    path = shared / corpus
    if not path.is_file():
        raise GoldError(source, None, None, f"corpus {corpus} not found under {shared}")
    found: dict[str, Any] = {}
    for record in read_records(path):
        if record.get("id") in wanted:
            found[str(record["id"])] = record
    return found


def _with_offsets(pending: _Pending, text: str) -> list[dict[str, Any]]:
    claims: list[dict[str, Any]] = []
    for index, claim in enumerate(pending.row["claims"]):
        evidence = claim.get("evidence") if isinstance(claim, Mapping) else None
        if not isinstance(evidence, Mapping):
            raise GoldError(
                pending.path,
                pending.line,
                pending.row["id"],
                f"claim {index}: evidence must be {{start, end}}",
            )
        start, end = evidence.get("start"), evidence.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise GoldError(
                pending.path,
                pending.line,
                pending.row["id"],
                f"claim {index}: evidence offsets {start}..{end} fall outside the text "
                f"({len(text)} characters)",
            )
        claims.append({**claim, "evidence": {"text": text[start:end], "start": start, "end": end}})
    return claims


def load_gold_files(paths: Iterable[Path], shared: Path) -> list[GoldText]:
    """Load gold files (offset form), join each record with its text, check hash and offsets."""
    pending: list[_Pending] = []
    seen: dict[str, str] = {}
    for path in paths:
        for line, row in _rows(path):
            item = _Pending(row, str(path), line)
            _check_record(item)
            if row["id"] in seen:
                also = seen[row["id"]]
                raise GoldError(item.path, line, row["id"], f"annotated twice (also {also})")
            seen[row["id"]] = f"{path}:{line}"
            pending.append(item)
    by_corpus: dict[str, list[_Pending]] = {}
    for item in pending:
        by_corpus.setdefault(str(item.row["corpus"]), []).append(item)
    texts: list[GoldText] = []
    for corpus, items in by_corpus.items():
        records = _corpus_texts(shared, corpus, {i.row["id"] for i in items}, items[0].path)
        for item in items:
            texts.append(_joined(item, records.get(item.row["id"])))
    return texts


def _joined(item: _Pending, record: dict[str, Any] | None) -> GoldText:
    row = item.row
    if record is None:
        raise GoldError(item.path, item.line, row["id"], f"no text with this id in {row['corpus']}")
    text = str(record.get("text", ""))
    if text_sha256(text) != row["text_sha256"]:
        raise GoldError(
            item.path,
            item.line,
            row["id"],
            f"the text in {row['corpus']} has changed since it was annotated (sha256 "
            f"{text_sha256(text)[:12]}..., gold says {str(row['text_sha256'])[:12]}...)",
        )
    return GoldText(
        corpus=str(row["corpus"]),
        id=row["id"],
        lang=row["lang"],
        split=row["split"],
        record=record,
        claims=_with_offsets(item, text),
        source=f"{item.path}:{item.line}",
        note=row.get("note"),
        set_name=Path(item.path).stem,
    )


def load_legacy_gold(shared: Path) -> list[GoldText]:
    """The shared folder's gold-dev.jsonl (evidence as text), all of it in the dev split."""
    path = shared / LEGACY_GOLD
    rows = list(_rows(path))
    records = _corpus_texts(shared, RU_TELEGRAM, {row["id"] for _, row in rows}, str(path))
    texts: list[GoldText] = []
    for line, row in rows:
        record = records.get(row["id"])
        if record is None:
            raise GoldError(str(path), line, row["id"], f"no text with this id in {RU_TELEGRAM}")
        texts.append(
            GoldText(
                RU_TELEGRAM, row["id"], "ru", "dev", record, list(row["claims"]), f"{path}:{line}"
            )
        )
    return texts


def gold_paths(folder: Path) -> list[Path]:
    """The gold files of a folder, in name order."""
    return sorted(folder.glob("*.jsonl"))


def load_all(folder: Path, shared: Path, *, legacy: bool = True) -> list[GoldText]:
    """Every gold text: the folder's files, and the legacy dev gold when present."""
    texts = load_gold_files(gold_paths(folder), shared)
    if legacy and (shared / LEGACY_GOLD).is_file():
        texts.extend(load_legacy_gold(shared))
    return texts


def gold_record(
    corpus: str,
    text_id: str,
    lang: Language,
    split: Split,
    text: str,
    claims: list[dict[str, Any]],
    note: str | None = None,
) -> dict[str, Any]:
    """The stored form of one annotated text (no text; evidence as offsets)."""
    row: dict[str, Any] = {
        "corpus": corpus,
        "id": text_id,
        "lang": lang,
        "split": split,
        "text_sha256": text_sha256(text),
        "claims": claims,
    }
    if note:
        row["note"] = note
    return row
