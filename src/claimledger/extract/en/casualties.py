"""People killed or injured by an aerial attack: "two people were killed", "no casualties".

Casualty counts are everywhere in war news, most of them from ground fighting or running totals
of the war, so a count is a claim only in a sentence about an air attack (or, in a report that
already holds an air-war claim, about an attack, blast or impact), and never when the sentence
sums up a period ("since February 2022", "so far this year"). Soldiers are not counted.
"""

from __future__ import annotations

import re

from claimledger.extract.en.actions import ActionMention
from claimledger.extract.en.claims import Counted, Frame
from claimledger.extract.en.document import Document
from claimledger.extract.en.numbers import Quantity, quantities
from claimledger.extract.en.segments import Sentence
from claimledger.model import Action

_PERSON = (
    r"(?:people|persons?|civilians?|residents?|children|child|kids?|teenagers?|boys?|girls?"
    r"|men|man|women|woman|pensioners?|employees|workers?|passengers?|rescuers?|firefighters?"
    r"|medics?|doctors?|journalists?|others|infants?|babies|baby|family\s+members|locals)"
)
_PERSON_MODS = (
    r"(?:\s+(?:[\w-]+-year-old|elderly|young|local|more|other|civilian|innocent|adult|"
    r"Ukrainian|Russian|teenage|pregnant))*"
)
_VERB_AFTER = re.compile(
    rf"(?P<noun>{_PERSON_MODS}\s+{_PERSON})?"
    r"(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got))?"
    r"(?:\s+(?:reportedly|also|later|allegedly|all))?"
    r"\s+(?P<verb>killed|dead|died|injured|wounded|hurt|hospitali[sz]ed|lost\s+their\s+lives)\b",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"\b(?P<verb>killing|killed|injuring|injured|wounding|wounded|left|leaving|claimed\s+the"
    r"\s+lives\s+of)\s+$",
    re.IGNORECASE,
)
_AFTER_OBJECT = re.compile(
    rf"(?P<noun>{_PERSON_MODS}\s+{_PERSON})?(?:\s+(?P<state>dead|injured|wounded|hurt))?"
    r"(?=\s*(?:[,.;]|$|\s+(?:and|in|on|at|when|as|after|during|including|while)\b))",
    re.IGNORECASE,
)
_TOLL = re.compile(
    r"\bdeath\s+toll\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|increased|reached|stands\s+at"
    r"|stood\s+at|is|was|grew|rises)\s+(?:to\s+)?$",
    re.IGNORECASE,
)
_NONE = re.compile(
    r"\b(?P<q>no\s+(?:immediate\s+|reported\s+|initial\s+|known\s+|further\s+)?(?:reports?\s+of\s+)?)"
    r"(?P<what>casualties|victims|fatalities|deaths|injuries|dead|wounded|injured)\b"
    r"|\b(?P<q2>(?:no\s+one|nobody|no\s+people|none\s+of\s+the\s+residents))"
    r"\s+(?:was|were|has\s+been|had\s+been)\s+(?P<what2>killed\s+or\s+injured|killed\s+or\s+hurt"
    r"|injured\s+or\s+killed|killed|hurt|injured|wounded|harmed)\b"
    r"|\b(?P<q3>without)\s+(?P<what3>casualties|victims|injuries)\b",
    re.IGNORECASE,
)
_AERIAL = re.compile(
    r"\b(?:drones?|UAVs?|missiles?|rockets?|bombs?|bombing|bombed|air\s*strikes?|airstrikes?"
    r"|air\s+(?:attack|raid)s?|aerial|Shaheds?|KABs?|debris|strikes?|struck)\b",
    re.IGNORECASE,
)
_ATTACK = re.compile(
    r"\b(?:attacks?|attacked|explosions?|blasts?|impacts?|hit|fell|crashed|incident|destroyed"
    r"|damaged)\b",
    re.IGNORECASE,
)
_GROUND = re.compile(
    r"\b(?:artillery|shelling|shelled|shells?|mortars?|gunfire|sniper|mines?)\b", re.IGNORECASE
)
_PERIOD = re.compile(
    r"\b(?:since|so\s+far|in\s+total|total\s+of|throughout|over\s+the\s+(?:past|last)"
    r"|during\s+the\s+(?:war|conflict|invasion)|in\s+the\s+(?:war|conflict)|of\s+the\s+war|to\s+date"
    r"|every\s+day|a\s+day|per\s+day|daily|each\s+day|this\s+year|last\s+(?:year|month|week)"
    r"|a\s+week|a\s+month|in\s+\d{4}|soldiers|troops|servicemen)\b",
    re.IGNORECASE,
)
_SUBCOUNT = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+$", re.IGNORECASE)
_MAX_COUNT = 1000
_KINDS: dict[str, tuple[Action, ...]] = {
    "casualties": ("killed", "injured"),
    "victims": ("killed", "injured"),
    "fatalities": ("killed",),
    "deaths": ("killed",),
    "dead": ("killed",),
    "killed": ("killed",),
    "injuries": ("injured",),
    "wounded": ("injured",),
    "injured": ("injured",),
    "hurt": ("injured",),
    "harmed": ("injured",),
}


def casualty_frames(doc: Document, has_air_claims: bool) -> list[Frame]:
    frames: list[Frame] = []
    for sentence in doc.sentences:
        if sentence.headline:
            continue
        text = doc.text[sentence.start : sentence.end]
        if _PERIOD.search(text):
            continue
        aerial = _AERIAL.search(text) is not None
        if not aerial and _GROUND.search(text):
            continue
        if not aerial and not (has_air_claims and _ATTACK.search(text)):
            none = _none_frames(doc, sentence) if has_air_claims else []
            frames.extend(none)
            continue
        frames.extend(_none_frames(doc, sentence))
        frames.extend(_count_frames(doc, sentence))
    return frames


def _none_frames(doc: Document, sentence: Sentence) -> list[Frame]:
    out: list[Frame] = []
    for match in _NONE.finditer(doc.text, sentence.start, sentence.end):
        q_group = next(g for g in ("q", "q2", "q3") if match.group(g))
        what_group = {"q": "what", "q2": "what2", "q3": "what3"}[q_group]
        what = " ".join(match.group(what_group).lower().split())
        kinds = ("killed", "injured") if " or " in what else _KINDS[what.split()[0]]
        quantity = Quantity(
            0, "exact", match.start(q_group), match.end(q_group), match.start(q_group), True, False
        )
        counted = Counted(quantity, None, match.start(), match.end())
        for action in kinds:
            mention = ActionMention(
                action, match.start(what_group), match.end(what_group), "verb", False
            )
            out.append(Frame(action, counted, sentence, None, mention))
    return out


def _count_frames(doc: Document, sentence: Sentence) -> list[Frame]:
    text = doc.text
    out: list[Frame] = []
    for quantity in quantities(text, sentence.start, sentence.end):
        if quantity.value > _MAX_COUNT or quantity.value == 0:
            continue
        if _SUBCOUNT.search(text, sentence.start, quantity.start):
            continue
        frame = _after(doc, sentence, quantity) or _before(doc, sentence, quantity)
        if frame is not None:
            out.extend(frame)
    return out


def _action_of(verb: str) -> Action:
    verb = verb.lower()
    return "killed" if verb.startswith(("kill", "dead", "died", "lost", "claimed")) else "injured"


def _after(doc: Document, sentence: Sentence, quantity: Quantity) -> list[Frame] | None:
    """ "two people were killed", "18 injured", "a woman was wounded"."""
    match = _VERB_AFTER.match(doc.text, quantity.end, sentence.end)
    if match is None or (quantity.article and not match.group("noun")):
        return None
    action = _action_of(match.group("verb"))
    return [_frame(doc, sentence, quantity, match.end(), action, match.span("verb"))]


def _before(doc: Document, sentence: Sentence, quantity: Quantity) -> list[Frame] | None:
    """ "killing three people", "left two dead and five injured", "death toll rose to 7"."""
    text = doc.text
    head = text[sentence.start : quantity.start]
    toll = _TOLL.search(head)
    verb = _VERB_BEFORE.search(head)
    if toll is None and verb is None:
        return None
    after = _AFTER_OBJECT.match(text, quantity.end, sentence.end)
    if after is None or (quantity.article and not after.group("noun")):
        return None
    if toll is not None:
        span = (sentence.start + toll.start(), sentence.start + toll.end())
        return [_frame(doc, sentence, quantity, after.end(), "killed", span)]
    assert verb is not None
    word = verb.group("verb").lower()
    state = after.group("state")
    if word in ("left", "leaving"):
        if not state:
            return None
        action = _action_of(state)
        return [_frame(doc, sentence, quantity, after.end(), action, after.span("state"))]
    span = (sentence.start + verb.start("verb"), sentence.start + verb.end("verb"))
    return [_frame(doc, sentence, quantity, after.end(), _action_of(word), span)]


def _frame(
    doc: Document,
    sentence: Sentence,
    quantity: Quantity,
    end: int,
    action: Action,
    verb: tuple[int, int],
) -> Frame:
    counted = Counted(quantity, None, quantity.start, end)
    mention = ActionMention(action, verb[0], verb[1], "verb", False)
    return Frame(action, counted, sentence, None, mention)
