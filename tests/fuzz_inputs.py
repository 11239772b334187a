"""Hostile inputs for every reader, as Hypothesis strategies, each knowing what must survive it.

An `Input` is one file: its name (the suffix picks or misleads the reader), its bytes, and the
ids of the good records in it, which must come out whatever the bad ones around them do. Bad
records carry ids starting "bad-" (when they carry one) and are never counted as good.

Used by tests/test_fuzz_readers.py (a short profile in `make test`) and bench/fuzz.py (the long
profile, whole processes included).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

GOOD_TEXTS = (
    "Над Курской областью ночью сбиты 3 беспилотника, сообщил губернатор.",
    "Air defences shot down 5 drones over the Kyiv region overnight, the Air Force said.",
    "Сили ППО знищили 7 ударних БпЛА над Одещиною.",
)
GOOD_TIME = "2024-11-22T05:00:00+00:00"
_BOMB_LEVELS = 9


@dataclass(frozen=True)
class Input:
    kind: str
    name: str
    data: bytes
    good: frozenset[str] = field(default_factory=frozenset)
    hostile: int = 1  # malformed elements in it

    @property
    def suffix(self) -> str:
        return self.name.rsplit(".", 1)[-1] if "." in self.name else ""


def good_record(number: int, prefix: str = "good") -> dict[str, Any]:
    return {
        "id": f"{prefix}-{number}",
        "text": GOOD_TEXTS[number % len(GOOD_TEXTS)],
        "published": GOOD_TIME,
        "channel": "Fuzz channel",
    }


def good_line(number: int, prefix: str = "good") -> bytes:
    return json.dumps(good_record(number, prefix), ensure_ascii=False).encode("utf-8")


# -- hostile JSON values (complete, bracket-balanced texts: an item of an array or a message) ---


def _nest(depth: int, inner: str = "1") -> str:
    return "[" * depth + inner + "]" * depth


_BAD_VALUES: list[str] = [
    '{"id": "bad-deep", "text": "x", "meta": ' + _nest(100) + "}",
    _nest(100_000),
    "{" + '"a":{' * 3_000 + '"b":1' + "}" * 3_001,
    '{"id": ' + "9" * 5_000 + ', "text": "x"}',
    '{"id": ' + "9" * 4_301 + ', "text": "x"}',
    '{"id": "bad-big", "text": "x", "n": ' + str(10**30) + "}",
    '{"id": "bad-neg", "text": "x", "n": -' + str(2**63 + 1) + "}",
    '{"id": "bad-inf", "text": "x", "n": 1e999}',
    '{"id": "bad-ninf", "text": "x", "n": -1e999}',
    '{"id": "bad-nan", "text": "x", "n": NaN}',
    '{"id": "bad-infinity", "text": "x", "n": Infinity}',
    '{"id": "bad-sur", "text": "a \\ud800 b"}',
    '{"id": "bad-\\udfff", "text": "lone low surrogate in the id"}',
    '{"id": "bad-nul", "text": "a\\u0000b\\u0007c\\u009f"}',
    '{"id": "bad-only-nul", "text": "\\u0000\\u0001"}',
    '{"id": "bad-type", "text": 5}',
    '{"id": "bad-null", "text": null}',
    '{"id": ["bad"], "text": "x"}',
    '{"id": "bad-pub", "text": "x", "published": 5}',
    '{"id": "bad-pub2", "text": "x", "published": "9999-12-31T23:59:59-14:00"}',
    '{"id": "bad-pub3", "text": "x", "published": "0001-01-01T00:00:00+14:00"}',
    '{"id": "bad-pub4", "text": "x", "published": "2024-13-45"}',
    '{"id": "bad-naive", "text": "x", "published": "2024-11-22T08:00:00"}',
    '{"id": "bad-lang", "text": "x", "lang": "xx"}',
    '{"id": "bad-lang2", "text": "x", "lang": "en-US"}',
    '{"id": "bad-lang3", "text": "x", "lang": " ru"}',
    '{"id": "bad-lang4", "text": "x", "lang": {}}',
    '{"id": "bad-url", "text": "x", "url": 7}',
    '{"id": "bad-inner", "text": "x",, "a": [1,]}',
    '{"id": "bad-esc", "text": "\\x"}',
    '{"id": "bad-esc2", "text": "\\u12"}',
    "[]",
    '"a string"',
    "7",
    "null",
    "true",
    "{}",
    '{"text": "   "}',
]


def _bad_value(draw: st.DrawFn) -> str:
    """A hostile JSON value, complete: what an array item or a message may be."""
    choice = draw(st.integers(0, len(_BAD_VALUES) + 2))
    if choice < len(_BAD_VALUES):
        return _BAD_VALUES[choice]
    if choice == len(_BAD_VALUES):
        depth = draw(st.integers(60, 3_000))
        return '{"id": "bad-nest", "text": "x", "deep": ' + _nest(depth) + "}"
    if choice == len(_BAD_VALUES) + 1:
        digits = draw(st.integers(19, 6_000))
        return '{"id": "bad-digits", "text": "x", "n": ' + "7" * digits + "}"
    text = draw(st.text(max_size=80))  # any code point, lone surrogates included
    return json.dumps({"id": "bad-text", "text": text})


# -- JSON Lines ---------------------------------------------------------------------------------


def _bad_line(draw: st.DrawFn) -> bytes:
    """A hostile line, without a line break."""
    kind = draw(st.integers(0, 6))
    if kind == 0:
        line = draw(st.binary(max_size=120))
    elif kind == 1:  # a good line cut short
        whole = good_line(draw(st.integers(0, 9)), "bad")
        line = whole[: draw(st.integers(1, len(whole) - 1))]
    elif kind == 2:  # bytes that are no UTF-8 in a string
        broken = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80"]))
        line = b'{"id": "bad-utf8", "text": "a' + broken + b'"}'
    elif kind == 3:  # NUL and other control bytes, raw
        raw = draw(st.sampled_from([b"\x00", b"\x01", b"\x1f", b"\x7f", b"\x00\x00"]))
        line = b'{"id": "bad-raw", "text": "a' + raw + b'b"}'
    elif kind == 4:  # unbalanced nesting
        line = b"[" * draw(st.integers(1, 100_000))
    else:
        line = _bad_value(draw).encode("utf-8", "surrogatepass")
    return line.replace(b"\n", b" ").replace(b"\r", b" ")


@st.composite
def jsonl_inputs(draw: st.DrawFn) -> Input:
    bad = [_bad_line(draw) for _ in range(draw(st.integers(1, 6)))]
    base = _base(draw)
    good = list(range(base, base + len(bad) + draw(st.integers(1, 6))))
    lines: list[tuple[bool, bytes]] = [(True, good_line(n)) for n in good]
    lines += [(False, line) for line in bad]
    order = draw(st.permutations(range(len(lines))))
    ordered = [lines[i] for i in order]
    suffix = draw(st.sampled_from(["jsonl", "ndjson", "json", ""]))
    if suffix in ("json", "") and not ordered[0][0]:  # sniffed by content: a good first line
        first = next(i for i, (ok, _) in enumerate(ordered) if ok)
        ordered.insert(0, ordered.pop(first))
    data = b"\n".join(line for _, line in ordered) + b"\n"
    data = _padded_with_good(data, good[-1] + 1)
    name = "posts." + suffix if suffix else "posts"
    ids = _good_ids(data)
    return Input("jsonl", name, data, frozenset(ids), len(bad))


def _base(draw: st.DrawFn) -> int:
    """The first number of an input's good records: ids unique across the inputs of a run."""
    return draw(st.integers(0, 10**9)) * 100


def _padded_with_good(data: bytes, number: int) -> bytes:
    """Good lines before `data` until control bytes are a small share of the file's head: a file
    of mostly random bytes is binary by the readers' documented test, and refused whole."""
    while _control_share(data[:65536]) > 0.04 or data[:65536].count(0) * 20 > len(data[:65536]):
        data = good_line(number) + b"\n" + data
        number += 1
    return data


def _control_share(head: bytes) -> float:
    controls = sum(1 for b in head if (b < 32 and b not in b"\t\n\v\f\r\x1b") or b == 127)
    return controls / max(1, len(head))


def _good_ids(data: bytes) -> list[str]:
    ids = []
    for line in data.split(b"\n"):
        if line.startswith(b'{"id": "good-'):
            ids.append(json.loads(line)["id"])
    return ids


# -- JSON arrays --------------------------------------------------------------------------------


@st.composite
def array_inputs(draw: st.DrawFn) -> Input:
    bad = [_bad_value(draw) for _ in range(draw(st.integers(1, 5)))]
    base = _base(draw)
    good = list(range(base, base + draw(st.integers(1, 6))))
    items: list[tuple[str | None, str]] = [
        (f"good-{n}", json.dumps(good_record(n), ensure_ascii=False)) for n in good
    ]
    items += [(None, value) for value in bad]
    order = draw(st.permutations(range(len(items))))
    ordered = [items[i] for i in order]
    text = "[\n" + ",\n".join(value for _, value in ordered) + "\n]\n"
    data = text.encode("utf-8", "surrogatepass")
    expected = {rid for rid, _ in ordered if rid}
    if draw(st.booleans()) and len(data) > 4:  # truncated: what ended before the cut survives
        cut = draw(st.integers(1, len(data) - 1))
        data = data[:cut]
        expected = {rid for rid, value in ordered if rid and _ends_before(text, value, cut)}
    return Input("array", "items.json", data, frozenset(expected), len(bad))


def _ends_before(text: str, value: str, cut: int) -> bool:
    end = text.index(value) + len(value)
    return len(text[:end].encode("utf-8", "surrogatepass")) < cut


# -- Telegram exports ---------------------------------------------------------------------------


def _good_message(number: int) -> dict[str, Any]:
    return {
        "id": number,
        "type": "message",
        "date": "2024-11-22T08:00:00",
        "date_unixtime": "1732262400",
        "text": ["Сбиты ", {"type": "bold", "text": str(number)}, " беспилотника."],
        "text_entities": [{"type": "plain", "text": "Сбиты"}],
    }


_BAD_MESSAGES: list[str] = [
    '{"id": 9001, "type": "message", "date_unixtime": "999999999999", "text": "x"}',
    '{"id": 9002, "type": "message", "date_unixtime": "' + "9" * 40 + '", "text": "x"}',
    '{"id": 9003, "type": "message", "reply_to_message_id": ' + str(10**30) + ', "text": "x"}',
    '{"id": 9004, "type": "message", "text": "a \\ud800 b"}',
    '{"id": 9005, "type": "message", "text": ' + _nest(80, '"deep"') + "}",
    '{"id": 9006, "type": "message", "photo": "../../etc/passwd", "text": "x"}',
    '{"id": 9007, "type": "message", "file": "/etc/shadow", "mime_type": "video/mp4", "text": "x"}',
    '{"id": 9008, "type": "message", "date": "yesterday", "text": "x"}',
    '{"id": 9009, "type": "message", "edited_unixtime": "99999999999999", "text": "x"}',
    '{"type": "message", "text": "no id"}',
    '{"id": true, "type": "message", "text": "boolean id"}',
    '{"id": 9010, "type": "message"}',
    '{"id": 9011, "type": "message", "text": 12}',
    '{"id": 9012, "type": "message", "text": "\\u0000\\u0000"}',
    '{"id": 9013, "type": "service", "action": "pin_message"}',
    '{"id": 9014, "type": "message", "text": "x", "date_unixtime": 1e999}',
]


@st.composite
def telegram_inputs(draw: st.DrawFn) -> Input:
    chat_id = draw(st.integers(1, 2**40))
    good = list(range(1, draw(st.integers(1, 6)) + 1))
    items: list[tuple[int | None, str]] = [
        (n, json.dumps(_good_message(n), ensure_ascii=False)) for n in good
    ]
    bad_count = draw(st.integers(1, 5))
    for _ in range(bad_count):
        if draw(st.booleans()):
            items.append((None, draw(st.sampled_from(_BAD_MESSAGES))))
        else:
            items.append((None, _bad_value(draw)))
    order = draw(st.permutations(range(len(items))))
    messages = ",\n  ".join(items[i][1] for i in order)
    extra = draw(
        st.sampled_from(
            [
                "",
                '"about": ' + _nest(50_000) + ",",
                '"about": ' + "1" * 5_000 + ",",
                '"left_chats": {"list": [{"id": 1e999, "messages": [' + _nest(70) + "]}]},",
                '"personal_information": {"phone": "\\ud800\\u0000"},',
                '"contacts": {"list": [' + ",".join(["[1e999]"] * 200) + "]},",
            ]
        )
    )
    account = draw(st.booleans())
    chat = (
        f'{{"name": "Fuzz \\ud83d\\ude80 chan", "type": "public_channel", "id": {chat_id}, '
        f'"messages": [\n  {messages}\n]}}'
    )
    text = f'{{{extra}"chats": {{"list": [{chat}]}}}}' if account else "{" + extra + chat[1:]
    data = text.encode("utf-8", "surrogatepass")
    expected = {f"tg:{chat_id}:{n}" for n in good}
    if draw(st.integers(0, 4)) == 0:  # truncated
        cut = draw(st.integers(1, len(data) - 1))
        data = data[:cut]
        expected = {
            f"tg:{chat_id}:{n}"
            for n in good
            if _ends_before(text, json.dumps(_good_message(n), ensure_ascii=False), cut)
        }
    return Input("telegram", "result.json", data, frozenset(expected), bad_count)


# -- feeds --------------------------------------------------------------------------------------


def _good_item(number: int) -> str:
    return (
        f"<item><title>Сбиты {number} беспилотника</title>"
        f"<guid>https://example.org/good-{number}</guid>"
        f"<description>{GOOD_TEXTS[number % len(GOOD_TEXTS)]}</description>"
        "<pubDate>Fri, 22 Nov 2024 05:00:00 +0000</pubDate></item>"
    )


_BAD_ITEMS = [
    "<item><title>bad &#xD800; surrogate</title><guid>bad-1</guid></item>",
    "<item><title>bad &#0; &#1; &#x1F; refs</title><guid>bad-2</guid></item>",
    "<item><title>bad &#99999999999; ref</title><guid>bad-3</guid></item>",
    "<item><title>bad date</title><pubDate>9999-12-31T23:59:59-14:00</pubDate></item>",
    "<item><title>bad date 2</title><pubDate>Fri, 31 Dec 9999 23:59:59 -1400</pubDate></item>",
    '<item><title>bad media</title><enclosure url="../../etc/passwd" type="image/jpeg"/>'
    '<enclosure url="javascript:alert(1)" type="video/mp4"/></item>',
    '<item><title>bad media 2</title><media:content url="file:///etc/passwd" type="image/png"/>'
    "</item>",
    "<item><title>deep</title><description>"
    + "&lt;div&gt;" * 5_000
    + "x"
    + "&lt;/div&gt;" * 5_000
    + "</description></item>",
    "<item><title>bad\x00nul</title></item>",
    "<item></item>",
    "<item><title>" + "\u202e" * 50 + "</title><language>xx</language></item>",
]

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY lol0 "lol">\n'
    + "".join(f' <!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">\n' for n in range(1, _BOMB_LEVELS + 1))
    + ']>\n<rss version="2.0"><channel><title>&lol9;</title>'
    + f"<item><title>&lol{_BOMB_LEVELS};</title></item></channel></rss>\n"
)
QUADRATIC = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "'
    + "x" * 50_000
    + '">]>\n<rss version="2.0"><channel><title>q</title><item><title>'
    + "&a;" * 5_000
    + "</title></item></channel></rss>\n"
)
XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    '<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title>'
    "<description>&xxe;</description></item></channel></rss>\n"
)


@st.composite
def feed_inputs(draw: st.DrawFn) -> Input:
    if draw(st.integers(0, 5)) == 0:  # a bomb, whole: nothing in it is good
        bomb = draw(st.sampled_from([BILLION_LAUGHS, QUADRATIC, XXE]))
        name = draw(st.sampled_from(["bomb.xml", "bomb.rss", "bomb"]))
        return Input("feed", name, bomb.encode(), frozenset(), 1)
    base = _base(draw)
    good = list(range(base, base + draw(st.integers(1, 5))))
    items = [(f"https://example.org/good-{n}", _good_item(n)) for n in good]
    bad_count = draw(st.integers(1, 4))
    items += [(None, draw(st.sampled_from(_BAD_ITEMS))) for _ in range(bad_count)]
    order = draw(st.permutations(range(len(items))))
    body = "".join(items[i][1] for i in order)
    head = draw(
        st.sampled_from(['<?xml version="1.0" encoding="utf-8"?>\n', "<!DOCTYPE rss>\n", ""])
    )
    text = (
        head + '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
        "<title>Fuzz feed</title><link>https://example.org/</link>" + body + "</channel></rss>\n"
    )
    name = draw(st.sampled_from(["feed.xml", "feed.rss", "feed"]))
    data = text.encode("utf-8")
    return Input("feed", name, data, frozenset(rid for rid, _ in items if rid), bad_count)


# -- web pages, plain text, random files --------------------------------------------------------


@st.composite
def html_inputs(draw: st.DrawFn) -> Input:
    depth = draw(st.integers(1, 5_000))
    inner = draw(
        st.sampled_from(
            [
                GOOD_TEXTS[0],
                "\x00\x01 control \x7f",
                "&#xD800; &#0; &#99999999;",
                "<script>" + "x" * 10_000 + "</script>",
                '<img src="../../etc/passwd"><video src="javascript:alert(1)"></video>',
            ]
        )
    )
    page = (
        '<!DOCTYPE html><html lang="xx-YY"><head><title>t</title>'
        '<meta property="article:published_time" content="9999-12-31T23:59:59-14:00">'
        "</head><body><article>"
        + "<div>" * depth
        + f"<p>{inner}</p>"
        + "</div>" * depth
        + "</article></body></html>"
    )
    name = draw(st.sampled_from(["page.html", "page.htm", "page"]))
    return Input("html", name, page.encode("utf-8", "surrogatepass"), frozenset(), 1)


@st.composite
def text_inputs(draw: st.DrawFn) -> Input:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        data = draw(st.binary(min_size=1, max_size=2_000))
    elif kind == 1:
        front = draw(
            st.sampled_from(
                [
                    "published: 9999-12-31T23:59:59-14:00\n",
                    "published: 2024-11-22T08:00:00\n",
                    "lang: xx\n",
                    "lang: en-US\n",
                    "published: 0000-00-00\n",
                ]
            )
        )
        data = f"---\n{front}---\n{GOOD_TEXTS[1]}\n".encode()
    elif kind == 2:
        data = (GOOD_TEXTS[0] + "\x00" + GOOD_TEXTS[0] + "\x07\x1b[31m").encode()
    else:
        data = draw(st.text(max_size=500)).encode("utf-8", "surrogatepass")
    name = draw(st.sampled_from(["report.txt", "report.md", "report"]))
    return Input("text", name, data, frozenset(), 1)


def any_inputs() -> st.SearchStrategy[Input]:
    """Every kind of hostile input."""
    return st.one_of(
        jsonl_inputs(),
        array_inputs(),
        telegram_inputs(),
        feed_inputs(),
        html_inputs(),
        text_inputs(),
    )
