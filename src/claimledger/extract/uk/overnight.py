"""Air Force overnight posts, regional administrations and their relays, read sentence by sentence.

"У ніч на 25 листопада противник атакував 75 ударними БпЛА типу Shahed ... Станом на 09:00
збито 60, локаційно втрачено 10 (ймовірно, внаслідок активної протидії РЕБ)" gives launched 75,
intercepted 60 and suppressed 10 drones; "загинули двоє людей, ще п'ятеро поранені" gives killed 2
and injured 5. A bare number ("збито 60") counts the weapon last named before it. Lines of a list
under a header with a cue ("Збито:" then "– 30 ударних БпЛА;") take the header's action.
"""

from __future__ import annotations

import re

from claimledger.extract.uk.context import Finding, ReportContext
from claimledger.extract.uk.items import (
    ALL,
    BARE,
    PEOPLE,
    WEAPON,
    Item,
    ItemReader,
    choose_cue,
)
from claimledger.extract.uk.scope import loss_tally_start, not_happened
from claimledger.extract.uk.text import Sentence
from claimledger.extract.uk.triggers import CASUALTY_ACTIONS, Cue
from claimledger.extract.uk.weapons import WeaponPhrase
from claimledger.model import Claim

_LIST_MARKER = re.compile(r"^\s*(?:[-•▪►➖✅🔹🔸]|\d+[.)]\s)")


class _State:
    """What earlier sentences leave to later ones: the last weapon named, an open list header."""

    def __init__(self) -> None:
        self.weapon: WeaponPhrase | None = None
        self.header: Cue | None = None
        # Counted weapon items of this sentence and the one before: what "усі" refers to.
        self.counts: list[Item] = []
        self.previous_counts: list[Item] = []


def find(ctx: ReportContext) -> list[Claim]:
    reader = ItemReader(ctx)
    state = _State()
    tally = loss_tally_start(ctx.doc.folded)
    claims: list[Claim] = []
    for sentence in ctx.doc.sentences:
        text = ctx.doc.folded[sentence.start : sentence.end]
        if (
            (tally is not None and sentence.end > tally)
            or not_happened(text)
            or (ctx.in_consumed(sentence.start))
        ):
            state.header = None
            continue
        claims.extend(_sentence_claims(ctx, reader, sentence, state, text))
    return claims


def _sentence_claims(
    ctx: ReportContext, reader: ItemReader, sentence: Sentence, state: _State, text: str
) -> list[Claim]:
    cues = ctx.cues.in_range(sentence.first, sentence.last)
    in_list = bool(_LIST_MARKER.match(text)) and state.header is not None and not cues
    usable = [state.header] if in_list and state.header else cues
    breaks = ctx.doc.segment_breaks(sentence)
    named = ctx.weapons.phrases(sentence.first, sentence.last)
    claims: list[Claim] = []
    state.previous_counts, state.counts = state.counts, []
    for found in reader.items(sentence, usable):
        cue = choose_cue(found, usable, breaks, ctx.doc.tokens)
        item = _all_of(found, state) if found.kind == ALL else found
        if item is None:
            continue
        if item.kind == WEAPON and item.quantity is not None:
            state.counts.append(item)
        antecedent = [p for p in named if p.last <= item.first]
        if antecedent:
            state.weapon = antecedent[-1]
        finding = _finding(ctx, item, cue, sentence, state, in_list)
        if item.phrase is not None:
            state.weapon = item.phrase
        if finding is not None and (claim := ctx.claim(finding)) is not None:
            claims.append(claim)
    if named:
        state.weapon = named[-1]
    if cues and text.rstrip().endswith(":"):
        state.header = cues[-1]
    elif not in_list:
        state.header = None
    return claims


def _all_of(item: Item, state: _State) -> Item | None:
    """ "усі збиті" counts the one weapon count made just before, and nothing if there were more."""
    counts = state.counts or state.previous_counts
    if len(counts) != 1:
        return None
    (count,) = counts
    return Item(
        WEAPON,
        count.value,
        count.qualifier,
        item.first,
        item.last,
        phrase=count.phrase,
        foreign=count.foreign,
    )


def _finding(
    ctx: ReportContext,
    item: Item,
    cue: Cue | None,
    sentence: Sentence,
    state: _State,
    in_list: bool,
) -> Finding | None:
    if cue is None:
        return None
    casualty = cue.action in CASUALTY_ACTIONS
    phrase = item.phrase
    if item.kind == BARE and not casualty:
        phrase = state.weapon
        if phrase is None:
            return None
    if casualty and item.kind not in (PEOPLE, BARE):
        return None
    tokens = ctx.doc.tokens
    item_start, item_end = tokens[item.first].start, tokens[item.last - 1].end
    if in_list:
        evidence = (item_start, item_end)
    else:
        evidence = (
            min(item_start, tokens[cue.first].start),
            max(item_end, tokens[cue.last - 1].end),
        )
    spans = {"action": (tokens[cue.first].start, tokens[cue.last - 1].end)}
    if item.quantity is not None:
        q = item.quantity
        spans["number"] = (tokens[q.first].start, tokens[q.last - 1].end)
    if item.phrase is not None:
        spans["weapon"] = (tokens[item.phrase.first].start, tokens[item.phrase.last - 1].end)
    return Finding(
        action=cue.action,
        value=item.value,
        qualifier=item.qualifier,
        weapon=None if casualty or phrase is None else phrase.weapon,
        model=None if casualty or phrase is None else phrase.model,
        position=item_start,
        evidence=evidence,
        spans=spans,
        sentence=sentence,
        foreign=item.foreign,
    )
