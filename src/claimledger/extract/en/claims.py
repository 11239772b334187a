"""The claim grammar: counted weapons joined to the action that happened to them.

A counted item is a quantity with its weapon ("four Ukrainian drones"), a partitive ("12 of the
15 missiles"), or a bare number that refers back ("60 were shot down", "32 of them over
Bryansk"). An item takes the action that governs it: a verb before it ("shot down 14 drones",
"attacked Kyiv with 20 drones"), a noun through "of" ("the interception of four drones"), or a
verb after it, passive ("were shot down") or active for hits ("two missiles hit a school").
Items without their own verb inherit the action of the claim they break down ("23 drones were
destroyed: 9 over Kaluga, 8 over Bryansk").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimledger.extract.en.actions import ActionMention
from claimledger.extract.en.document import Document, within
from claimledger.extract.en.numbers import Quantity
from claimledger.extract.en.segments import Sentence
from claimledger.extract.en.weapons import WeaponMention
from claimledger.model import MISSILE_KINDS, Action, Weapon

_MOD_WORD = (
    r"(?:[A-Z][\w’'.-]*|enemy|hostile|attack|kamikaze|suicide|strike|combat|long-range"
    r"|medium-range|short-range|fixed-wing|aircraft-type|airplane-type|jet-powered|jet|unmanned"
    r"|incoming|more|other|additional|further|new|guided|hypersonic|subsonic|supersonic|heavy"
    r"|light|small|large|reconnaissance|decoy|dummy|cheap|improvised|low-flying|military|armed"
    r"|explosives?-laden|high-precision|precision|tactical|strategic|operational-tactical"
    r"|anti-aircraft|anti-ship|air-to-surface|surface-to-air|air-launched|sea-launched"
    r"|ground-launched|foreign|[a-z]+-(?:made|supplied|designed|type|class|wing|powered))"
)
_MODS = re.compile(rf"(?:\s+{_MOD_WORD}){{0,5}}\s+")
_PARTITIVE = re.compile(
    r"\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|all\s+|Russia['’]s\s+|Ukraine['’]s\s+)?"
)
_ANAPHORIC_OF = re.compile(r"\s+of\s+(?:them|which|these|those|the\s+total)\b", re.IGNORECASE)
# Where a breakdown's number is: "over Kursk", "over the territory of the Bryansk region".
_PLACE_AFTER = (
    r"\s+(?:over|above|in|across|near|off|on)\s+(?:the\s+)?(?:(?:territory|skies)\s+(?:of|over)"
    r"\s+(?:the\s+)?)?(?:[A-Z]|occupied|annexed|border)"
)
_BARE_NEXT = re.compile(
    rf"\s*(?:more\s+|others?\s+)?(?:were|was|had|have|has|been|are|is|got)\b|{_PLACE_AFTER}"
)
_BARE_BEFORE_BLOCK = re.compile(
    r"(?:\b(?:at|on|since|aged|age|article|number|no\.|page|from|to|by|until|till|in|of|per"
    r"|between)\s*|[#№$€£/]\s*|:)$",
    re.IGNORECASE,
)
_PRE_GAP = re.compile(
    r"\s+(?:(?:down|all|only|just|also|successfully|reportedly|allegedly|overnight|yesterday"
    r"|today|the|its|their)\s+)*"
)
_WITH_GAP = re.compile(r"\s+(?:[^\s.;:!?]+\s+){0,8}?with\s+")
_BY_GAP = re.compile(r"\s+by\s+")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
_ADVERBS = (
    r"(?:reportedly|allegedly|also|all|successfully|later|then|subsequently|already|eventually"
    r"|quickly|immediately|both|each|likely|probably|either|apparently|not|confirmed|reported"
    r"|officially)"
)
_PASSIVE_END = re.compile(
    rf"\b(?:were|was|been|being|are|is|got|get)(?:\s+{_ADVERBS})*\s+$", re.IGNORECASE
)
_AUX_OR_ADVERB = re.compile(rf"^(?:\s+(?:have|has|had|{_ADVERBS}))*\s*,?\s*$", re.IGNORECASE)
_GAP_STOP = re.compile(
    r"[.;:!?\"“”—–]|\s-\s|\b(?:that|said|says|according|while|but|whereas|because|after|before"
    r"|when|and|or|as)\b",
    re.IGNORECASE,
)
_WITH_STOP = re.compile(
    r"[.;:!?\"“”]|\b(?:that|said|says|according|while|but|whereas|because|after|before|when)\b",
    re.IGNORECASE,
)
_OBJECT_AFTER = re.compile(
    r"\s+(?:a|an|the|its|their|his|her|our|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|dozens|several|many|\d|[A-Z])"
)
_LOCATION_AFTER = re.compile(_PLACE_AFTER)
_MODAL = re.compile(
    r"\b(?:can|could|would|will|may|might|should|must|able\s+to|capable\s+of|plans?\s+to"
    r"|threaten(?:s|ed)?\s+to|going\s+to)(?:\s+(?:not|also|still|be|have|soon|easily|now)){0,2}"
    r"\s+$",
    re.IGNORECASE,
)
_TO_RECIPIENT = re.compile(r"\s+to\s+(?!(?:strike|attack|hit|target|bomb)\b)", re.IGNORECASE)
_LIST_LINE = re.compile(r"\s*[-–—•*▪]")
_LAUNCH_ATTACKS = re.compile(r"^(?:attack|target)", re.IGNORECASE)
_MAX_GAP = 100
# How many sentences back a bare "60 were shot down" may look for its weapon.
_ANTECEDENT_REACH = 3


@dataclass(slots=True)
class Counted:
    quantity: Quantity
    weapon: WeaponMention | None
    start: int
    end: int
    anaphoric: bool = False
    total: Counted | None = None  # "12 of the 15 drones": the 15 drones


@dataclass(slots=True)
class Frame:
    """One claim before its claimant, place, date and sides are resolved."""

    action: Action
    counted: Counted
    sentence: Sentence
    weapon: WeaponMention | None = None
    action_mention: ActionMention | None = None
    head: Frame | None = None  # the claim this one refers back to or breaks down
    implicit: bool = False
    followers: list[Frame] = field(default_factory=list)
    siblings: list[Frame] = field(default_factory=list)  # coordinated: "4 Kinzhals and 2 Iskanders"


def counted_items(doc: Document, sentence: Sentence) -> list[Counted]:
    text = doc.text
    weapons = within(doc.weapons, sentence.start, sentence.end)
    items: list[Counted] = []
    consumed_until = -1
    for quantity in within(doc.quantities, sentence.start, sentence.end):
        if quantity.start < consumed_until or _inside_weapon(quantity, weapons):
            continue
        item = _counted(text, quantity, weapons, doc, sentence)
        if item is not None:
            items.append(item)
            consumed_until = item.end
    return items


def _inside_weapon(quantity: Quantity, weapons: list[WeaponMention]) -> bool:
    return any(w.start <= quantity.number_start < w.end for w in weapons)


def _weapon_after(weapons: list[WeaponMention], text: str, end: int) -> WeaponMention | None:
    for weapon in weapons:
        if weapon.start >= end:
            return weapon if _MODS.fullmatch(text, end, weapon.start) else None
    return None


def _counted(
    text: str,
    quantity: Quantity,
    weapons: list[WeaponMention],
    doc: Document,
    sentence: Sentence,
) -> Counted | None:
    weapon = _weapon_after(weapons, text, quantity.end)
    if weapon is not None:
        return Counted(quantity, weapon, quantity.start, weapon.end)
    if quantity.article:
        return None
    anaphor = _ANAPHORIC_OF.match(text, quantity.end)
    if anaphor:
        return Counted(quantity, None, quantity.start, anaphor.end(), anaphoric=True)
    partitive = _PARTITIVE.match(text, quantity.end)
    if partitive:
        item = _partitive(text, quantity, partitive.end(), weapons, doc, sentence)
        if item is not None:
            return item
    if _bare_ok(text, quantity, sentence):
        return Counted(quantity, None, quantity.start, quantity.end, anaphoric=True)
    return None


def _partitive(
    text: str,
    quantity: Quantity,
    position: int,
    weapons: list[WeaponMention],
    doc: Document,
    sentence: Sentence,
) -> Counted | None:
    """ "12 of the 15 drones" (with the total) or "one of the incoming missiles"."""
    inner = next((q for q in within(doc.quantities, position, sentence.end)), None)
    if inner is not None and inner.start == position and not inner.article:
        weapon = _weapon_after(weapons, text, inner.end)
        if weapon is None:
            return None
        total = Counted(inner, weapon, inner.start, weapon.end)
        return Counted(quantity, weapon, quantity.start, weapon.end, total=total)
    weapon = _weapon_after(weapons, text, position - 1) if position else None
    if weapon is None:
        return None
    return Counted(quantity, weapon, quantity.start, weapon.end)


def _bare_ok(text: str, quantity: Quantity, sentence: Sentence) -> bool:
    if quantity.digits and 1900 <= quantity.value <= 2100:
        return False
    if _BARE_BEFORE_BLOCK.search(text, sentence.start, quantity.start):
        return False
    after = quantity.end
    return bool(_BARE_NEXT.match(text, after))


def _groups(text: str, items: list[Counted]) -> list[list[Counted]]:
    """Coordinated weapons share their verb: "two drones and a missile were shot down"."""
    groups: list[list[Counted]] = []
    for item in items:
        if (
            groups
            and item.weapon is not None
            and groups[-1][-1].weapon is not None
            and _COORDINATION.fullmatch(text, groups[-1][-1].end, item.start)
        ):
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


_COORDINATION = re.compile(
    r"\s*(?:,|,?\s+(?:and|as\s+well\s+as|plus|along\s+with))\s+(?:all\s+|the\s+)?"
)


def _between_free(start: int, end: int, items: list[Counted], actions: list[ActionMention]) -> bool:
    """Nothing that could take the verb lies between the item and the verb."""
    if any(start <= i.start < end for i in items):
        return False
    return not any(start <= a.start < end for a in actions)


def _pre_action(
    doc: Document,
    group: list[Counted],
    actions: list[ActionMention],
    items: list[Counted],
) -> Action | None:
    text = doc.text
    first = group[0]
    before = [a for a in actions if a.end <= first.start]
    if not before:
        return None
    act = before[-1]
    if not _between_free(act.end, first.start, items, []):
        return None
    if first.anaphoric and first.weapon is None and not first.end > first.quantity.end:
        return None
    if act.form == "verb" and _PRE_GAP.fullmatch(text, act.end, first.start):
        return act.action
    if act.form == "noun" and _OF_GAP.fullmatch(text, act.end, first.start):
        return act.action
    if act.form == "attack":
        if _WITH_GAP.fullmatch(text, act.end, first.start) and not _WITH_STOP.search(
            text, act.end, first.start
        ):
            return "launched"
        if _BY_GAP.fullmatch(text, act.end, first.start):
            return _attack_action(text, act)
    return None


def _attack_action(text: str, act: ActionMention) -> Action:
    """ "20 drones attacked Kyiv" is a launch; "two missiles struck a school" a hit."""
    return "launched" if _LAUNCH_ATTACKS.match(text[act.start : act.end]) else "hit"


def _post_action(
    doc: Document,
    group: list[Counted],
    actions: list[ActionMention],
    items: list[Counted],
) -> ActionMention | None:
    text = doc.text
    last = group[-1]
    after = [a for a in actions if a.start >= last.end]
    if not after:
        return None
    act = after[0]
    gap_start, gap_end = last.end, act.start
    if gap_end - gap_start > _MAX_GAP or _GAP_STOP.search(text, gap_start, gap_end):
        return None
    if not _between_free(gap_start, gap_end, items, []):
        return None
    if act.form == "noun":
        return None
    gap = text[gap_start:gap_end]
    passive = _PASSIVE_END.search(gap) is not None
    if act.needs_passive:
        if passive:
            return act
        if _OBJECT_AFTER.match(text, act.end) or not _no_finite_verb(gap):
            return None
        return _main_verb(text, act, after[1:]) or act
    if passive:
        return None
    return act if _AUX_OR_ADVERB.match(gap) or _no_finite_verb(gap) else None


def _main_verb(
    text: str, participle: ActionMention, following: list[ActionMention]
) -> ActionMention | None:
    """ "one of the two missiles launched struck a building": the participle describes the
    missiles, the verb after it says what they did."""
    if not following:
        return None
    verb = following[0]
    if verb.form != "attack" and verb.action != "hit":
        return None
    gap = text[participle.end : verb.start]
    return verb if len(gap.split()) <= 3 and not _GAP_STOP.search(gap) else None


_FINITE = re.compile(
    r"\b(?:were|was|is|are|had|have|has|flew|came|went|made|did|caused|said|says)\b", re.IGNORECASE
)


def _no_finite_verb(gap: str) -> bool:
    return _FINITE.search(gap) is None


def _frames_in_sentence(doc: Document, sentence: Sentence, history: list[Frame]) -> list[Frame]:
    text = doc.text
    items = counted_items(doc, sentence)
    if not items:
        return []
    actions = within(doc.actions, sentence.start, sentence.end)
    frames: list[Frame] = []
    for group in _groups(text, items):
        frames.extend(_group_frames(doc, sentence, group, actions, items, history + frames))
    return frames


def _group_frames(
    doc: Document,
    sentence: Sentence,
    group: list[Counted],
    actions: list[ActionMention],
    items: list[Counted],
    earlier: list[Frame],
) -> list[Frame]:
    action: Action | None = _pre_action(doc, group, actions, items)
    mention: ActionMention | None = None
    if action is not None:
        mention = _nearest_before(actions, group[0].start)
    else:
        mention = _post_action(doc, group, actions, items)
        if mention is not None:
            action = _post_meaning(doc.text, mention)
    if mention is not None and _MODAL.search(doc.text, max(0, mention.start - 30), mention.start):
        return []  # "could launch 100 missiles": a capability or a forecast, not an event
    if mention is not None and _delivery(doc.text, mention, group[-1]):
        return []  # "sent 30 ATACMS missiles to Ukraine": weapons delivered, not fired
    out: list[Frame] = []
    members: list[Frame] = []
    for item in group:
        frame = _frame_for(doc, sentence, item, action, mention, earlier)
        if frame is None:
            continue
        out.append(frame)
        members.append(frame)
        if item.total is not None and frame.action in ("intercepted", "suppressed", "hit"):
            out.append(_implicit_launch(item.total, frame, sentence))
    if len(members) > 1:
        for frame in members:
            frame.siblings = members
    return out


def _delivery(text: str, mention: ActionMention, last: Counted) -> bool:
    word = text[mention.start : mention.end].lower()
    return word.startswith("sen") and _TO_RECIPIENT.match(text, last.end) is not None


def _post_meaning(text: str, mention: ActionMention) -> Action:
    if mention.form == "attack":
        return _attack_action(text, mention)
    return mention.action


def _nearest_before(actions: list[ActionMention], position: int) -> ActionMention | None:
    before = [a for a in actions if a.end <= position]
    return before[-1] if before else None


def _frame_for(
    doc: Document,
    sentence: Sentence,
    item: Counted,
    action: Action | None,
    mention: ActionMention | None,
    earlier: list[Frame],
) -> Frame | None:
    if action is not None:
        weapon = _specific(doc, item, earlier)
        head = None
        if weapon is None:
            head = _antecedent(doc, sentence, item, earlier)
            if head is None:
                return None
            weapon = _referred_weapon(head, item)
        return Frame(action, item, sentence, weapon, mention, head)
    head = _breakdown_head(doc, sentence, item, earlier)
    if head is None:
        return None
    frame = Frame(head.action, item, sentence, item.weapon or head.weapon, None, head)
    head.followers.append(frame)
    return frame


_DEFINITE = re.compile(r"\b(?:all|the|both|these|those|all\s+the)\s+$", re.IGNORECASE)


def _specific(doc: Document, item: Counted, earlier: list[Frame]) -> WeaponMention | None:
    """ "all three missiles" after "three Kh-101 cruise missiles" are those cruise missiles;
    "both ballistic missiles" after "two Iskander-M ballistic missiles" those Iskanders."""
    weapon = item.weapon
    if weapon is None or weapon.weapon not in MISSILE_KINDS or weapon.model:
        return weapon
    if not _DEFINITE.search(doc.text, max(0, item.start - 12), item.start):
        return weapon
    for frame in reversed(earlier):
        known = frame.weapon
        if known is None or known.weapon not in MISSILE_KINDS or known.weapon == "missile":
            continue
        if weapon.weapon in ("missile", known.weapon):
            return known
    return weapon


def _referred_weapon(head: Frame, item: Counted) -> WeaponMention | None:
    """The weapon a bare number refers to; "all six" after "four Kinzhals and two Iskanders"
    counts both kinds: missiles if all are missiles, else air targets of mixed kinds."""
    group = head.siblings
    if not group or sum(f.counted.quantity.value for f in group) != item.quantity.value:
        return head.weapon
    kinds = {f.weapon.weapon for f in group if f.weapon is not None}
    first, last = group[0].weapon, group[-1].weapon
    if len(kinds) == 1 or first is None or last is None:
        return head.weapon
    kind: Weapon | None = "missile" if kinds <= MISSILE_KINDS else None
    sides = {f.weapon.side_hint for f in group if f.weapon is not None}
    side = sides.pop() if len(sides) == 1 else None
    return WeaponMention(kind, None, first.start, last.end, side)


def _implicit_launch(total: Counted, frame: Frame, sentence: Sentence) -> Frame:
    """ "shot down 60 of 75 drones" also says that 75 drones were launched."""
    return Frame("launched", total, sentence, total.weapon, None, frame, implicit=True)


def _antecedent(
    doc: Document, sentence: Sentence, item: Counted, earlier: list[Frame]
) -> Frame | None:
    """The claim whose weapon a bare number refers to: this sentence first, then just before."""
    for frame in reversed(earlier):
        if frame.weapon is None:
            continue
        if frame.counted.end > item.start:
            continue
        if sentence.index - frame.sentence.index > _ANTECEDENT_REACH:
            return None
        if frame.sentence.paragraph < sentence.paragraph - 1:
            return None
        return frame
    return None


def _breakdown_head(
    doc: Document, sentence: Sentence, item: Counted, earlier: list[Frame]
) -> Frame | None:
    """The total that a bare "9 over Kaluga" or a listed "- 8 over Bryansk" breaks down."""
    text = doc.text
    in_list = _LIST_LINE.match(text, sentence.start) is not None or _after_colon(doc, sentence)
    located = _LOCATION_AFTER.match(text, item.end) is not None
    for frame in reversed(earlier):
        if frame.implicit or frame.counted.end > item.start:
            continue
        head = frame.head if frame.head is not None and frame.action_mention is None else frame
        same_sentence = frame.sentence.index == sentence.index
        if same_sentence and (located or (item.anaphoric and item.end > item.quantity.end)):
            return head
        if in_list and sentence.index - frame.sentence.index <= len(head.followers) + 2:
            return head
        return None
    return None


def _after_colon(doc: Document, sentence: Sentence) -> bool:
    if sentence.index == 0:
        return False
    previous = doc.sentences[sentence.index - 1]
    return doc.text[previous.start : previous.end].rstrip().endswith(":")


def claim_frames(doc: Document) -> list[Frame]:
    """Every claim frame of the report, in text order; headlines are left out."""
    frames: list[Frame] = []
    for sentence in doc.sentences:
        if sentence.headline:
            continue
        frames.extend(_frames_in_sentence(doc, sentence, frames))
    return frames
