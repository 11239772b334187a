"""The worked examples of docs/extending.md's "Adding a pattern" and "Adding a language": the
rows are read from the document, so that the document and what it promises cannot drift."""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest

from claimledger.extract.lexicon import install, uninstall
from claimledger.extract.pipeline import read_report
from claimledger.model import Report
from claimledger.resources import Resources

DOC = Path(__file__).resolve().parents[1] / "docs" / "extending.md"
PATTERN_SENTENCE = "A year earlier, Russia launched 40 drones at Kyiv."
POLISH_REPORT = (
    "Wojsko opublikowało nagranie z nocnego ataku. Nie udało się niezależnie zweryfikować tych "
    "doniesień. „Widziałem trzy drony nad miastem” – powiedział mieszkaniec Lublina."
)


def _section(title: str) -> str:
    doc = DOC.read_text(encoding="utf-8")
    return doc.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def _toml(title: str) -> str:
    (block,) = re.findall(r"```toml\n(.*?)```", _section(title), re.S)
    return block


def _says(title: str, text: str) -> bool:
    """Whether the section quotes `text` (line breaks of the prose folded)."""
    return " ".join(text.split()) in " ".join(_section(title).split())


@pytest.fixture
def resources() -> Iterator[Resources]:
    yield Resources()
    uninstall("en")
    uninstall("pl")


def _claims(text: str, resources: Resources) -> list[tuple[str, int]]:
    report = Report(text=text, lang="en")
    return [(c.action, c.quantity) for c in read_report(report, "en", resources).claims]


def test_adding_a_pattern(resources: Resources) -> None:
    assert _says("Adding a pattern", PATTERN_SENTENCE)
    other_night = "Overnight, Russia launched 30 drones at Odesa."
    text = f"{PATTERN_SENTENCE} {other_night}"
    assert _claims(text, resources) == [("launched", 40), ("launched", 30)]  # without the row
    table = files("claimledger.extract.lexicon").joinpath("en.toml").read_text(encoding="utf-8")
    install(table + "\n" + _toml("Adding a pattern"), "en.toml and docs/extending.md")
    assert _claims(text, resources) == [("launched", 30)]  # the row drops the recalled night
    uninstall("en")
    assert _claims(text, resources) == [("launched", 40), ("launched", 30)]


def test_adding_a_language(resources: Resources) -> None:
    assert _says("Adding a language", POLISH_REPORT)
    lex = install(_toml("Adding a language"), "docs/extending.md")
    assert (lex.lang, lex.time_zone, lex.morphology) == ("pl", "Europe/Warsaw", "plain")
    found = read_report(Report(text=POLISH_REPORT, lang="pl"), "pl", resources)  # type: ignore[arg-type]
    assert [(m.kind, m.evidence.text) for m in found.markers] == [
        ("unverified", "Nie udało się niezależnie zweryfikować")
    ]
    assert [(m.kind, m.evidence.text) for m in found.media] == [
        ("video", "opublikowało nagranie z nocnego ataku")
    ]
    assert [(q.speaker, q.speaker_description, q.text) for q in found.quotes] == [
        (None, "mieszkaniec", "Widziałem trzy drony nad miastem")
    ]
    assert found.claims == []  # no weapon is named in Polish in the catalogue yet
    for quoted in ("Nie udało się niezależnie zweryfikować", "opublikowało nagranie z nocnego"):
        assert _says("Adding a language", quoted)
