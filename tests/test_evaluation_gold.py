"""Gold files in offset form: joining with their texts, and every way a gold file can go stale.

The corpus here is a small folder of our own sentences laid out like the shared data folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.errors import ClaimledgerError, GoldError
from claimledger.evaluation.drafts import agreement, import_drafts
from claimledger.evaluation.gold import gold_record, load_gold_files
from claimledger.evaluation.run import evaluate
from claimledger.evaluation.score import Score, score_report
from claimledger.evaluation.sets import fold_of, split_of, text_sha256

CORPUS = "corpus/news-uk/texts.jsonl"
TEXTS = {
    "pages-uk:1": "Вночі сили ППО збили 12 із 15 шахедів над Одещиною, повідомили Повітряні сили.",
    "pages-uk:2": "У Києві лунала повітряна тривога, про наслідки не повідомляють.",
}
CLAIM = {
    "action": "intercepted", "weapon": "uav", "model": None, "quantity": 12, "qualifier": "exact",
    "location": "UA-51", "claimant": "Ukrainian Air Force", "claimant_side": "ua",
    "claimant_kind": "military", "attacker_side": "ru", "date": None,
}


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    (folder / CORPUS).parent.mkdir(parents=True)
    lines = [json.dumps({"id": i, "lang": "uk", "published": None, "text": t}, ensure_ascii=False)
             for i, t in TEXTS.items()]
    (folder / CORPUS).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def write_gold(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def good_rows() -> list[dict[str, Any]]:
    text = TEXTS["pages-uk:1"]
    start = text.index("збили 12")
    claim = {**CLAIM, "evidence": {"start": start, "end": start + len("збили 12 із 15 шахедів")}}
    return [
        gold_record(CORPUS, "pages-uk:1", "uk", split_of("pages-uk:1"), text, [claim]),
        gold_record(CORPUS, "pages-uk:2", "uk", split_of("pages-uk:2"), TEXTS["pages-uk:2"], []),
    ]


def test_gold_joins_texts_and_fills_in_the_evidence(shared: Path, tmp_path: Path) -> None:
    texts = load_gold_files([write_gold(tmp_path / "g.jsonl", good_rows())], shared)
    assert [t.id for t in texts] == ["pages-uk:1", "pages-uk:2"]
    evidence = texts[0].claims[0]["evidence"]
    assert evidence["text"] == "збили 12 із 15 шахедів"
    assert TEXTS["pages-uk:1"][evidence["start"]:evidence["end"]] == evidence["text"]
    assert texts[1].claims == []


def test_stored_gold_holds_no_text(tmp_path: Path) -> None:
    stored = write_gold(tmp_path / "g.jsonl", good_rows()).read_text("utf-8")
    assert "шахедів" not in stored and "тривога" not in stored


def test_a_changed_text_fails_naming_file_line_and_id(shared: Path, tmp_path: Path) -> None:
    rows = good_rows()
    rows[1]["text_sha256"] = text_sha256("a text that was edited since")
    path = write_gold(tmp_path / "g.jsonl", rows)
    with pytest.raises(GoldError) as caught:
        load_gold_files([path], shared)
    message = str(caught.value)
    assert f"{path}:2: pages-uk:2:" in message and "has changed" in message
    assert isinstance(caught.value, ClaimledgerError)


@pytest.mark.parametrize(("start", "end"), [(70, 500), (-1, 4), (10, 10), (12, 5)])
def test_offsets_outside_the_text_fail(
    shared: Path, tmp_path: Path, start: int, end: int
) -> None:
    rows = good_rows()
    rows[0]["claims"][0]["evidence"] = {"start": start, "end": end}
    path = write_gold(tmp_path / "g.jsonl", rows)
    with pytest.raises(GoldError, match=rf"{path}:1: pages-uk:1: claim 0: evidence offsets"):
        load_gold_files([path], shared)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("{not json", "not valid JSON"),
        ('{"id": "pages-uk:1"}', "missing keys corpus, lang, split, text_sha256, claims"),
        (json.dumps({**good_rows()[1], "split": "test"}), "split must be dev or blind"),
        (json.dumps({**good_rows()[1], "id": "pages-uk:9"}), "no text with this id"),
    ],
)
def test_malformed_gold_lines_fail_with_their_line(
    shared: Path, tmp_path: Path, line: str, expected: str
) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(good_rows()[0], ensure_ascii=False) + "\n" + line + "\n", "utf-8")
    with pytest.raises(GoldError, match=expected) as caught:
        load_gold_files([path], shared)
    assert caught.value.line == 2 or caught.value.line is None


def test_the_same_text_annotated_twice_fails(shared: Path, tmp_path: Path) -> None:
    rows = good_rows()
    path = write_gold(tmp_path / "g.jsonl", [*rows, rows[0]])
    with pytest.raises(GoldError, match="annotated twice"):
        load_gold_files([path], shared)


def test_evaluate_cli_names_the_stale_gold(shared: Path, tmp_path: Path) -> None:
    rows = good_rows()
    rows[0]["text_sha256"] = "0" * 64
    folder = tmp_path / "gold"
    folder.mkdir()
    write_gold(folder / "news-uk.jsonl", rows)
    result = CliRunner().invoke(
        main, ["evaluate", "--gold-dir", str(folder), "--shared", str(shared), "--no-legacy"]
    )
    assert result.exit_code == 1
    assert "news-uk.jsonl:1: pages-uk:1:" in result.output and "Traceback" not in result.output


def test_splits_are_stable_and_sixty_forty() -> None:
    assert split_of("pages-uk:1") == split_of("pages-uk:1")
    ids = [f"text:{n}" for n in range(5000)]
    dev = sum(split_of(i) == "dev" for i in ids)
    assert 0.57 < dev / len(ids) < 0.63


def test_folds_halve_each_split_independently_of_it() -> None:
    ids = [f"text:{n}" for n in range(5000)]
    for split in ("dev", "blind"):
        members = [i for i in ids if split_of(i) == split]
        share = sum(fold_of(i) == "a" for i in members) / len(members)
        assert 0.47 < share < 0.53, split


def test_evaluate_scores_one_fold(shared: Path, tmp_path: Path) -> None:
    # both fixture texts hash into fold "a"; fold "b" holds none of them
    assert {fold_of(i) for i in TEXTS} == {"a"}
    folder = tmp_path / "gold"
    folder.mkdir()
    write_gold(folder / "news-uk.jsonl", good_rows())
    args = ["evaluate", "--gold-dir", str(folder), "--shared", str(shared), "--no-legacy", "-q"]
    both = ["--split", "all", "--fold", "a", "--format", "json"]
    rows = json.loads(CliRunner().invoke(main, [*args, *both]).output)["by_language"]
    assert sum(row["reports"] for row in rows if row["lang"] == "uk") == len(TEXTS)
    empty = CliRunner().invoke(main, [*args, "--fold", "b"])
    assert empty.exit_code == 1 and "--fold" in empty.output


def test_a_fold_alone_scores_dev_alone(shared: Path, tmp_path: Path) -> None:
    # Folds are for writing rules on dev: without --split, a fold run must not print blind's
    # figures beside dev's (one fixture text is blind, the other dev, both in fold "a").
    assert {split_of(i) for i in TEXTS} == {"dev", "blind"}
    folder = tmp_path / "gold"
    folder.mkdir()
    write_gold(folder / "news-uk.jsonl", good_rows())
    args = ["evaluate", "--gold-dir", str(folder), "--shared", str(shared), "--no-legacy", "-q",
            "--format", "json"]
    alone = json.loads(CliRunner().invoke(main, [*args, "--fold", "a"]).output)["by_language"]
    assert {row["split"] for row in alone} == {"dev"}
    asked = CliRunner().invoke(main, [*args, "--fold", "a", "--split", "blind"]).output
    assert {row["split"] for row in json.loads(asked)["by_language"]} == {"blind"}


def test_blind_errors_are_never_kept(shared: Path, tmp_path: Path) -> None:
    rows = good_rows()
    for row in rows:
        row["split"] = "blind"
    texts = load_gold_files([write_gold(tmp_path / "g.jsonl", rows)], shared)
    result = evaluate(texts, lambda report: [{**CLAIM, "quantity": 99}])
    cell = result.cell("uk", "blind")
    assert cell.gold == 1 and cell.predicted == 2 and cell.matched == 0
    assert cell.misses == [] and cell.extras == [] and cell.mismatches == []
    # What stays is counts: the gold claim misread as 99, the empty text's claim a false one.
    assert cell.classes == {("quantity", "missed"): 1, ("quantity", "extra"): 1,
                            ("false_on_empty", "extra"): 1}


def test_location_accuracy_pairs_claims_without_their_place() -> None:
    result = Score()
    gold = [CLAIM, {**CLAIM, "quantity": 3, "location": "UA"}]
    score_report(result, "t", gold, [{**CLAIM, "location": "UA"}, {**CLAIM, "quantity": 3,
                                                                   "location": "UA"}])
    assert result.matched == 1 and result.placed == 2 and result.location_accuracy == 0.5


def test_drafts_become_offsets_and_agreement_is_scored(shared: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.jsonl"
    claim = {**CLAIM, "evidence": "збили 12 із 15 шахедів"}
    launched = {**CLAIM, "action": "launched", "quantity": 15, "evidence": "із 15 шахедів"}
    write_gold(draft, [{"id": "pages-uk:1", "claims": [claim, launched]},
                       {"id": "pages-uk:2", "claims": []}])
    rows = import_drafts("news-uk", [draft], shared)
    assert [r["id"] for r in rows] == ["pages-uk:1", "pages-uk:2"]
    start = TEXTS["pages-uk:1"].index("із 15")
    assert rows[0]["claims"][1]["evidence"] == {"start": start, "end": start + 13}
    first = load_gold_files([write_gold(tmp_path / "a.jsonl", rows)], shared)
    rows[0]["claims"] = rows[0]["claims"][:1]
    second = load_gold_files([write_gold(tmp_path / "b.jsonl", rows)], shared)
    result = agreement(first, second)
    assert (result.gold, result.predicted, result.matched) == (2, 1, 1)


def test_a_draft_evidence_not_in_the_text_fails(shared: Path, tmp_path: Path) -> None:
    draft = write_gold(tmp_path / "draft.jsonl",
                       [{"id": "pages-uk:1", "claims": [{**CLAIM, "evidence": "збили 13"}]}])
    with pytest.raises(GoldError, match=r"draft.jsonl:1: pages-uk:1: .*not in the text"):
        import_drafts("news-uk", [draft], shared)


def test_evaluate_prints_f1_intervals(shared: Path, tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    write_gold(folder / "news-uk.jsonl", good_rows())
    args = ["evaluate", "--gold-dir", str(folder), "--shared", str(shared), "--no-legacy", "-q"]
    result = CliRunner().invoke(main, [*args, "--intervals"])
    assert result.exit_code == 0, result.output
    assert "95% interval (1,000 resamples of the texts" in result.output
    assert any(line.split()[:2] == ["uk", "dev"] and "[" in line
               for line in result.output.splitlines() if line.startswith("  "))
