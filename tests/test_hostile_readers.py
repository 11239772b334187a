"""Issue 19, the readers' boundary: each numbered case of hostile input is one problem line (or
a warning), never a traceback, a crash or a lost file; the good records around it come out."""

from __future__ import annotations

import json
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from claimledger.model import Report
from claimledger.sources.read_bounds import MAX_DEPTH
from claimledger.sources.read_decode import looks_binary
from claimledger.sources.readers import ReadProblem, read_reports

GOOD = "Над Курской областью ночью сбиты 3 беспилотника."


def read(path: Path) -> tuple[list[Report], list[ReadProblem]]:
    problems: list[ReadProblem] = []
    return list(read_reports([path], errors=problems)), problems


def line(rid: str, **fields: Any) -> str:
    return json.dumps({"id": rid, "text": GOOD, **fields}, ensure_ascii=False)


def jsonl(path: Path, *lines: str | bytes) -> Path:
    path.write_bytes(b"\n".join(x if isinstance(x, bytes) else x.encode() for x in lines) + b"\n")
    return path


def export(path: Path, *messages: str, head: str = "", chat_id: str = "777") -> Path:
    body = ",\n".join(messages)
    text = f'{{{head}"name": "C", "type": "public_channel", "id": {chat_id}, "messages": [\n'
    path.write_text(text + body + "\n]}\n", encoding="utf-8", errors="surrogatepass")
    return path


def message(number: int, **fields: Any) -> str:
    fields = {
        "id": number,
        "type": "message",
        "date_unixtime": "1732262400",
        "text": GOOD,
        **fields,
    }
    return json.dumps(fields, ensure_ascii=False)


def errors_of(problems: list[ReadProblem]) -> list[tuple[int | None, str]]:
    return [(p.line, p.message) for p in problems if p.is_error]


def nest(depth: int) -> str:
    return "[" * depth + "]" * depth


# -- case 1: a time without UTC offset --------------------------------------------------------


def test_case_1_a_time_without_offset_is_utc_with_a_warning(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "p.jsonl",
        line("a", published="2024-11-22T08:00:00"),
        line("b", published="2024-11-22T08:00:00+03:00"),
    )
    (naive, offset), problems = read(path)
    assert naive.published == datetime(2024, 11, 22, 8, tzinfo=UTC)
    assert offset.published == datetime(2024, 11, 22, 5, tzinfo=UTC)
    assert offset.published is not None and offset.published.tzinfo is UTC
    assert [str(p) for p in problems] == [
        f"{path}:1: warning: published 2024-11-22T08:00:00 has no UTC offset; taken as UTC"
    ]


# -- case 2: deep nesting ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["jsonl", "array", "telegram", "telegram-field"])
def test_case_2_nesting_100k_deep_is_one_error_in_bounded_memory(tmp_path: Path, kind: str) -> None:
    deep = nest(100_000)  # 200 KB
    if kind == "jsonl":
        path = jsonl(tmp_path / "p.jsonl", line("a"), deep, line("b"))
    elif kind == "array":
        path = tmp_path / "a.json"
        path.write_text(f"[{line('a')}, {deep}, {line('b')}]", "utf-8")
    elif kind == "telegram":
        path = export(tmp_path / "result.json", message(1), deep, message(2))
    else:
        path = export(tmp_path / "result.json", message(1), message(2), head=f'"about": {deep}, ')
    tracemalloc.start()
    started = time.monotonic()
    try:
        reports, problems = read(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 10
    assert peak < 30 * 2**20
    assert len(reports) == 2
    found = [message for _, message in errors_of(problems)]
    if kind == "telegram-field":  # a field nobody reads is skipped unparsed
        assert found == []
    else:
        (only,) = found
        assert only.endswith(f"nested deeper than {MAX_DEPTH} levels; skipped")


def test_case_2_a_record_just_within_the_depth_limit_is_read(tmp_path: Path) -> None:
    inside = "[" * (MAX_DEPTH - 1) + "1" + "]" * (MAX_DEPTH - 1)
    path = jsonl(tmp_path / "p.jsonl", f'{{"id": "a", "text": "{GOOD}", "deep": {inside}}}')
    (report,), problems = read(path)
    assert problems == [] and report.id == "a"


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("[[[]]]", 3),
        ('{"a": "[[[[[[[[", "b": [[1]]}', 3),
        ('{"id": "x", "meta": ' + nest(900) + "}", MAX_DEPTH + 1),
        ("[1]" * 500, 1),
        ('["' + "[" * 500, 1),
        (nest(100_000), MAX_DEPTH + 1),
    ],
)
def test_depth_is_measured_outside_strings_and_stops_past_the_limit(text: str, depth: int) -> None:
    from claimledger.sources.read_bounds import depth_of

    found = depth_of(text)
    if depth > MAX_DEPTH:
        assert found > MAX_DEPTH
    else:  # exact, or a bound that is still within the limit
        assert depth <= found <= MAX_DEPTH


# -- case 3: NUL bytes ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["posts.jsonl", "posts.json", "posts"])
def test_case_3_a_nul_byte_makes_its_line_bad_not_the_file(tmp_path: Path, name: str) -> None:
    lines = [line(f"r{n}").encode() for n in range(1, 51)]
    lines[4] = lines[4].replace("Курской".encode(), b"\x00", 1)
    path = jsonl(tmp_path / name, *lines)
    reports, problems = read(path)
    assert len(reports) == 49 and "r5" not in {r.id for r in reports}
    assert [(p.line, p.level) for p in problems] == [(5, "error")]
    assert problems[0].message.startswith("NUL byte at column ")


def test_case_3_nul_in_a_plain_text_report_is_removed_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(f"Первая строка.\n{GOOD}\x00\x07 конец.".encode())
    (report,), problems = read(path)
    assert report.text == f"Первая строка.\n{GOOD} конец."
    assert [(p.line, p.level, p.message) for p in problems] == [
        (2, "warning", "2 control character(s) removed, 1 of them NUL")
    ]


def test_case_3_a_truly_binary_file_is_refused_whole(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    assert looks_binary(png) and looks_binary(bytes(range(256)) * 40)
    assert not looks_binary(b"\n".join(line(f"r{n}").encode() for n in range(50)) + b"\x00")
    path = tmp_path / "image.jsonl"
    path.write_bytes(png)
    reports, problems = read(path)
    assert reports == [] and [p.message for p in problems] == ["binary file (NUL bytes), not text"]


# -- case 4: lone surrogates, 4,301 digits ----------------------------------------------------


def test_case_4_lone_surrogates_are_replaced_and_counted(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "p.jsonl",
        line("a"),
        '{"id": "b\\ud800", "text": "x \\udfff y", "channel": "\\ud83d", "tag": {"\\ud800": 1}}',
        '{"text": "no id \\ud800"}',
    )
    reports, problems = read(path)
    assert [r.id for r in reports][:2] == ["a", "b\ufffd"]
    second, third = reports[1], reports[2]
    assert second.text == "x \ufffd y" and second.source == "\ufffd"
    assert second.meta == {"tag": {"\ufffd": 1}}
    assert third.id.startswith("sha256:")  # made again from the clean text
    for report in reports:
        report.text.encode("utf-8")  # encodable, hashable, storable
    assert [(p.line, p.message) for p in problems] == [
        (2, "4 lone surrogate(s) replaced with U+FFFD"),
        (3, "1 lone surrogate(s) replaced with U+FFFD"),
    ]


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        ("9" * 4_301, "integer of 4301 digits, beyond 64 bits; skipped"),
        ("9" * 5_000, "integer of 5000 digits, beyond 64 bits; skipped"),
        (str(2**63), f"integer {2**63} outside the 64-bit range; skipped"),
        ("-" + str(2**63 + 1), f"integer -{2**63 + 1} outside the 64-bit range; skipped"),
        ("1e999", "number 1e999 too large for a double; skipped"),
        ("NaN", "NaN is not a JSON number; skipped"),
    ],
)
def test_case_4_and_9_numbers_out_of_range_are_one_bad_line(
    tmp_path: Path, number: str, problem: str
) -> None:
    path = jsonl(
        tmp_path / "p.jsonl", line("a"), f'{{"id": "b", "text": "x", "n": {number}}}', line("c")
    )
    reports, problems = read(path)
    assert [r.id for r in reports] == ["a", "c"]
    assert errors_of(problems) == [(2, problem)]


def test_int64_bounds_themselves_are_fine(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "p.jsonl", line("a", low=-(2**63), high=2**63 - 1, small=1e-999))
    (report,), problems = read(path)
    assert problems == [] and report.meta == {"low": -(2**63), "high": 2**63 - 1, "small": 0.0}


# -- case 5 and 9: Telegram exports -----------------------------------------------------------


def test_case_5_an_export_with_a_5000_digit_id_is_no_crash(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    path.write_text('{"id": ' + "9" * 5_000 + ', "messages": []}', "utf-8")
    reports, problems = read(path)
    assert reports == [] and errors_of(problems) == []
    assert [p.message for p in problems] == [
        "chat id: integer of 5000 digits, beyond 64 bits; skipped"
    ]


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        (message(2, date_unixtime="999999999999"), "message 2: date_unixtime 999999999999 is out"),
        (message(2, reply_to_message_id=10**30), "integer of 31 digits, beyond 64 bits"),
        ('{"id": 2, "type": "message", "n": 1e999, "text": "x"}', "too large for a double"),
        ('{"id": 2, "type": "message", "text": ' + nest(300) + "}", "nested deeper than"),
    ],
)
def test_case_9_a_bad_message_is_one_error_and_the_export_goes_on(
    tmp_path: Path, bad: str, problem: str
) -> None:
    path = export(tmp_path / "result.json", message(1), bad, message(3))
    reports, problems = read(path)
    assert [r.id for r in reports] == ["tg:777:1", "tg:777:3"]
    ((where, found),) = errors_of(problems)
    assert where == 3 and problem in found


def test_case_9_a_lone_surrogate_in_an_export_is_replaced(tmp_path: Path) -> None:
    escaped = '{"id": 1, "type": "message", "date_unixtime": "1732262400", "text": "a \\ud800 b"}'
    path = export(tmp_path / "result.json", escaped, message(2))
    reports, problems = read(path)
    assert [r.text for r in reports] == ["a \ufffd b", GOOD]
    assert [(p.line, p.message) for p in problems] == [
        (2, "message 1: 1 lone surrogate(s) replaced with U+FFFD")
    ]


@pytest.mark.parametrize("bad", ["1e999", str(10**30), "-" + str(10**20)])
def test_case_9_huge_numbers_in_a_json_array_cost_their_item(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "items.json"
    path.write_text(f'[{line("a")},\n{{"id": "b", "text": "x", "n": {bad}}},\n{line("c")}]')
    reports, problems = read(path)
    assert [r.id for r in reports] == ["a", "c"]
    ((where, found),) = errors_of(problems)
    assert where == 2 and found.startswith("item 2: ")


# -- case 8: languages and times extraction cannot use ------------------------------------------


def test_case_8_language_tags_and_bad_times(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "p.jsonl",
        line("en-us", lang="en-US"),
        line("ru-ru", lang="ru-RU"),
        line("space", lang=" ru"),
        line("upper", lang="UK"),
        line("xx", lang="xx"),
        line("far", published="9999-12-31T23:59:59-14:00"),
        line("old", published="0001-01-01T00:00:00+00:00"),
        line("last"),
    )
    reports, problems = read(path)
    assert [(r.id, r.lang) for r in reports] == [
        ("en-us", "en"),
        ("ru-ru", "ru"),
        ("space", "ru"),
        ("upper", "uk"),
        ("last", None),
    ]
    assert errors_of(problems) == [
        (5, "lang 'xx' is not a language claimledger reads (en, ru, uk); skipped"),
        (6, "published 9999-12-31T23:59:59-14:00 is out of range; skipped"),
        (7, "published 0001-01-01T00:00:00+00:00 is outside 1900-2199; skipped"),
    ]


# -- case 9 and 11: feeds ---------------------------------------------------------------------


def rss(*items: str, head: str = '<?xml version="1.0" encoding="utf-8"?>\n') -> str:
    return (
        head + '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
        "<title>Wire</title><link>https://wire.example.org/</link>"
        + "".join(items)
        + "</channel></rss>\n"
    )


def item(guid: str, title: str = "Сбиты 3 беспилотника", extra: str = "") -> str:
    return f"<item><guid>https://wire.example.org/{guid}</guid><title>{title}</title>{extra}</item>"


def test_case_9_a_reference_to_no_character_costs_nothing_but_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(rss(item("1"), item("2", "a &#xD800; b &#0; c"), item("3")), "utf-8")
    reports, problems = read(path)
    assert [r.id.rsplit("/", 1)[1] for r in reports] == ["1", "2", "3"]
    assert "\ufffd" in reports[1].text
    assert [(p.level, p.message) for p in problems] == [
        ("warning", "2 character reference(s) to no character replaced with U+FFFD")
    ]


def test_case_8_an_item_dated_past_year_9999_is_one_error(tmp_path: Path) -> None:
    far = "<pubDate>9999-12-31T23:59:59-14:00</pubDate>"
    path = tmp_path / "feed.xml"
    path.write_text(rss(item("1"), item("2", extra=far), item("3")), "utf-8")
    reports, problems = read(path)
    assert [r.id.rsplit("/", 1)[1] for r in reports] == ["1", "3"]
    assert errors_of(problems) == [
        (
            None,
            "item 2 (https://wire.example.org/2): published 9999-12-31T23:59:59-14:00 "
            "is out of range; skipped",
        )
    ]


@pytest.mark.parametrize("head", ["<!DOCTYPE rss>\n", '<?xml version="1.0"?>\n<!DOCTYPE rss>\n'])
@pytest.mark.parametrize("name", ["feed", "feed.txt.bak", "latest"])
def test_case_11_a_feed_without_xml_suffix_is_sniffed_by_content(
    tmp_path: Path, head: str, name: str
) -> None:
    path = tmp_path / name
    path.write_text(rss(item("1"), item("2"), head=head), "utf-8")
    reports, problems = read(path)
    assert [r.source for r in reports] == ["Wire", "Wire"] and problems == []
    assert not any("<rss" in r.text for r in reports)


def test_case_11_enclosures_are_kept_only_at_http_urls(tmp_path: Path) -> None:
    media = (
        '<enclosure url="../../etc/passwd" type="image/jpeg"/>'
        '<enclosure url="javascript:alert(1)" type="video/mp4"/>'
        '<enclosure url="file:///etc/shadow" type="image/png"/>'
        '<media:thumbnail url="data:image/png;base64,AAAA"/>'
        '<enclosure url="https://cdn.example.org/a.jpg" type="image/jpeg"/>'
        '<media:content url="//cdn.example.org/b.mp4" type="video/mp4"/>'
    )
    path = tmp_path / "feed.rss"
    path.write_text(rss(item("1", extra=media)), "utf-8")
    (report,), problems = read(path)
    assert [m["path"] for m in report.meta["media"]] == [
        "https://cdn.example.org/a.jpg",
        "https://cdn.example.org/b.mp4",
    ]
    (warning,) = problems
    assert warning.level == "warning" and "'../../etc/passwd', 'javascript:alert(1)'" in str(
        warning
    )
