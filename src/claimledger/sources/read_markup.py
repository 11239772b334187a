"""HTML fragments (a feed item's content) to plain text, and the media they show.

Paragraphs, line breaks and list items become line breaks, so that the extractors see the
sentences apart as a reader does; scripts and styles are dropped; entities are decoded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree, html

_BLOCKS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 blockquote pre tr table section article header footer "
    "figure figcaption dt dd".split()
)
_DROPPED = ("script", "style", "noscript", "template")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")
# Media elements and the attributes that name their files.
MEDIA_SOURCES = (("img", "src", "photo"), ("video", "src", "video"), ("source", "src", "video"))


def fragment_tree(markup: str) -> html.HtmlElement | None:
    """The fragment parsed under one `div`; None for empty or unparsable markup."""
    if not markup.strip():
        return None
    try:
        return html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return None


def html_text(markup: str) -> str:
    """The visible text of an HTML fragment; plain text passes through (entities decoded)."""
    if "<" not in markup and "&" not in markup:
        return _tidy(markup)
    tree = fragment_tree(markup)
    return "" if tree is None else tree_text(tree)


def tree_text(tree: html.HtmlElement) -> str:
    for element in list(tree.iter(*_DROPPED)):
        _drop(element)
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
    return _tidy(tree.text_content())


def media_sources(tree: html.HtmlElement) -> Iterator[tuple[str, str]]:
    """(source, kind) of the photos and videos in a tree, in document order; a video's poster
    frame counts as a photo."""
    for element in tree.iter("img", "video", "source"):
        for tag, attribute, kind in MEDIA_SOURCES:
            if element.tag != tag:
                continue
            if tag == "source" and _parent_tag(element) != "video":
                continue
            value = element.get(attribute)
            if value and not _tiny(element):
                yield value, kind
        if element.tag == "video" and element.get("poster"):
            yield str(element.get("poster")), "photo"


def _tiny(element: html.HtmlElement) -> bool:
    """Tracking pixels: an image declared one or zero pixels wide or high."""
    return any(element.get(side, "").strip() in {"0", "1"} for side in ("width", "height"))


def _parent_tag(element: html.HtmlElement) -> str | None:
    parent = element.getparent()
    return str(parent.tag) if parent is not None else None


def _drop(element: html.HtmlElement) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
