"""Channels named by their handles in a text ("пишет @rybar", "@rybar wrote"): the registry's
channel of that handle speaks, as it would named by its title."""

from __future__ import annotations

from claimledger.extract.document.tokens import Document
from claimledger.extract.mentions.types import ActorMention, Speaker
from claimledger.sources.registry import SourceRegistry


def handle_at(
    doc: Document, registry: SourceRegistry, own: str, index: int
) -> ActorMention | None:
    """The channel whose handle starts at token `index` (an "@" and the word joined to it), kind
    media (the report's own channel: outlet); None for a handle the registry does not know."""
    tokens = doc.tokens
    if tokens[index].text != "@" or index + 1 >= len(tokens):
        return None
    name = tokens[index + 1]
    if name.start != tokens[index].end:
        return None
    info = registry.lookup("@" + name.text)
    if info is None or info.kind != "outlet":
        return None
    kind = "outlet" if info.name == own else "media"
    return ActorMention(index, index + 2, Speaker(info.name, info.side, kind))
