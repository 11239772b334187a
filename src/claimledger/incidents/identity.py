"""Who an origin is: one actor of the registry whatever the spelling, language or channel.

A Telegram forward names its origin by the channel's title ("Минобороны России"), an extractor
by the registry's English name ("Russian Ministry of Defence"), a user's source file by a handle
("@mod_russia"): all three are one Ministry with one side. Names the registry does not know stay
as they are, compared without case.
"""

from __future__ import annotations

from functools import lru_cache

from claimledger.catalog.actors import Actor, actors
from claimledger.model import LANGUAGES


@lru_cache(maxsize=4096)
def actor_named(name: str | None) -> Actor | None:
    """The actor a claimant, channel title, handle or name in any language stands for."""
    if not name or not name.strip():
        return None
    registry = actors()
    folded = name.strip().casefold()
    for actor in registry:
        if actor.name.casefold() == folded:
            return actor
    if found := registry.by_handle(name):
        return found
    # A name in one of the languages: only when it names one actor (two governors Nikitin
    # share a surname; "Nikitin" alone is nobody in particular).
    named = {actor.id: actor for lang in LANGUAGES for actor in registry.named(name, lang)}
    return next(iter(named.values())) if len(named) == 1 else None


def identity(name: str, side: str | None) -> tuple[str, str, str | None]:
    """The key, label and side of a named origin: the registry's when it knows the name.

    An actor without a side of its own ("local authorities") is one origin per side."""
    actor = actor_named(name)
    if actor is None:
        return f"name:{name.strip().casefold()}", name, side
    if actor.side is None:
        return f"actor:{actor.id}@{side or 'unknown'}", actor.name, side
    return f"actor:{actor.id}", actor.name, actor.side
