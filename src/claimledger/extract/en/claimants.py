"""Reported speech: who a sentence says a claim comes from.

"X said", "according to X", "X wrote on Telegram", "X told Reuters", "citing X", "..., said X",
"X's statement". A relay names its origin: in "Reuters reported, citing the Russian defence
ministry, that ..." the claimant is the ministry, not Reuters (ANNOTATION.md), so attributions
that name an origin ("according to", "citing") outrank a medium that reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.en.speakers import People, Speaker, parse_speaker

_VERBS = (
    r"(?:said|says|say|reported|reports|report|stated|states|wrote|writes|posted|posts"
    r"|announced|announces|claimed|claims|added|adds|told|tells|noted|notes|confirmed|confirms"
    r"|informed|declared|explained|tweeted|indicated|specified|updated|reiterated|insisted"
    r"|alleged|alleges|revealed|warned|estimated|estimates|shared|published|recorded|counted"
    r"|assured|acknowledged|admitted|described|recounted|emphasi[sz]ed|stressed)"
)
_VERB = re.compile(rf"(?<![\w-]){_VERBS}(?![\w-])")
# The left edge of a subject: a clause link, punctuation, or the start.
_SUBJECT_EDGE = re.compile(
    r"(?:^|[,;:(“”\"]|\b(?:that|and|while|but|as|which|who|when|after|before|because|since"
    r"|whereas|although|though|where|so)\b)(?=[^,;:(“”\"]*$)",
    re.IGNORECASE,
)
_APPOSITIVE_TAIL = re.compile(
    r"(?P<np>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3}\s*,\s*(?:a|an|the)\s+[^,;:]{2,80}?)\s*,\s*$"
)
# "The governor of the Voronezh region, Alexander Gusev, reported".
_TITLE_FIRST_TAIL = re.compile(
    r"(?P<np>\b(?:[Tt]he|[Aa]n?)\s+[^,;:]{2,80}?\s*,\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,2})"
    r"\s*,\s*$"
)
# "A US official, speaking on condition of anonymity, told": the aside is not the speaker.
_PARENTHETICAL_TAIL = re.compile(
    r"\s*,\s*(?:speaking|who|which|citing|quoting|writing|according|in\s+a|on\s+\w+day)"
    r"[^,;:]*,\s*$",
    re.IGNORECASE,
)
_AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|also|later|earlier|previously|again|further|separately|then"
    r"|publicly|officially|initially|first))+\s*$",
    re.IGNORECASE,
)
_INTRO = (
    r"(?:(?:a|the|its|his|her)\s+)?(?:(?:latest|recent|official|preliminary|updated|daily|"
    r"morning|evening|initial)\s+)*(?:report|statement|post|message|update|data|figures"
    r"|information|reports|estimates?|tally|account|briefing|summary)\s+(?:from|by|of|issued\s+by"
    r"|published\s+by)\s+"
)
_NP_END = r"(?=\s*(?:[,;:.()“”\"]|$|\s+(?:that|as|on|in|via|who|which|to|at|after|showed|shows)\b))"
_ORIGIN = re.compile(
    rf"\b(?P<how>according\s+to|citing|quoting|cited|quoted|(?:in|under)\s+(?=(?:a|the|its)\s))"
    rf"\s*(?P<intro>{_INTRO})?(?P<np>[^,;:.()“”\"]{{2,90}}?){_NP_END}",
    re.IGNORECASE,
)
_INVERTED = re.compile(
    r"(?:[,“”\"]\s*)(?P<verb>said|says|added|wrote|reported|stated|noted|announced|claimed)\s+"
    r"(?P<np>[^,;:.()“”\"]{2,80}?)(?=\s*(?:[,;:.]|$|\s+(?:in|on|via|at)\s))"
)
_POSSESSIVE = re.compile(
    r"(?P<np>(?:the\s+)?[\w’'. -]{2,60}?)['’]s\s+(?:latest\s+|official\s+|daily\s+)?"
    r"(?:report|statement|message|post|update|account|claim|figures|data|Telegram\s+channel"
    r"|press\s+service|briefing)\b",
    re.IGNORECASE,
)
# An origin outranks a subject, a subject outranks a medium, and a possessive ranks last.
ORIGIN, SUBJECT, MEDIUM, POSSESSIVE = 4, 3, 2, 1


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: Speaker
    start: int  # the whole attribution phrase
    end: int
    rank: int


def attributions(text: str, start: int, end: int, people: People) -> list[Attribution]:
    """Attributions in text[start:end] (a sentence), in text order."""
    found: list[Attribution] = []
    found.extend(_origins(text, start, end, people))
    found.extend(_subjects(text, start, end, people))
    found.extend(_inverted(text, start, end, people))
    found.extend(_possessives(text, start, end, people))
    found.sort(key=lambda a: a.start)
    return _drop_nested(found)


def _drop_nested(found: list[Attribution]) -> list[Attribution]:
    out: list[Attribution] = []
    for item in found:
        if any(o.speaker.start == item.speaker.start and o.rank >= item.rank for o in out):
            continue
        out = [o for o in out if not (o.speaker.start == item.speaker.start and o.rank < item.rank)]
        out.append(item)
    return out


def _rank(speaker: Speaker, rank: int) -> int:
    return MEDIUM if speaker.medium and rank == SUBJECT else rank


def _origins(text: str, start: int, end: int, people: People) -> list[Attribution]:
    out: list[Attribution] = []
    for match in _ORIGIN.finditer(text, start, end):
        how = match.group("how").lower()
        if how.startswith(("in", "under")) and not match.group("intro"):
            continue
        speaker = parse_speaker(match.group("np"), match.start("np"), people)
        if speaker is None:
            continue
        rank = MEDIUM if speaker.medium else ORIGIN
        out.append(Attribution(speaker, match.start(), match.end(), rank))
    return out


def _subjects(text: str, start: int, end: int, people: People) -> list[Attribution]:
    out: list[Attribution] = []
    for verb in _VERB.finditer(text, start, end):
        left = text[start : verb.start()]
        phrase_start, phrase = subject_phrase(left)
        if not phrase.strip():
            continue
        speaker = parse_speaker(phrase, start + phrase_start, people)
        if speaker is None:
            continue
        out.append(Attribution(speaker, speaker.start, verb.end(), _rank(speaker, SUBJECT)))
    return out


def subject_phrase(left: str) -> tuple[int, str]:
    """The noun phrase right before a reporting verb, with its offset in `left`."""
    trimmed = _PARENTHETICAL_TAIL.sub("", _AUX_TAIL.sub("", left))
    for pattern in (_APPOSITIVE_TAIL, _TITLE_FIRST_TAIL):
        appositive = pattern.search(trimmed)
        if appositive:
            return appositive.start("np"), appositive.group("np")
    trimmed = trimmed.rstrip()
    edge = _SUBJECT_EDGE.search(trimmed)
    begin = edge.end() if edge else 0
    return begin, trimmed[begin:]


def _inverted(text: str, start: int, end: int, people: People) -> list[Attribution]:
    out: list[Attribution] = []
    for match in _INVERTED.finditer(text, start, end):
        speaker = parse_speaker(match.group("np"), match.start("np"), people)
        if speaker is None:
            continue
        out.append(Attribution(speaker, match.start("verb"), match.end(), _rank(speaker, SUBJECT)))
    return out


def _possessives(text: str, start: int, end: int, people: People) -> list[Attribution]:
    out: list[Attribution] = []
    for match in _POSSESSIVE.finditer(text, start, end):
        np = match.group("np")
        cut = max(np.rfind(","), np.rfind(" of "), np.rfind(" over "), np.rfind(" for "))
        begin = match.start("np") + (cut + 1 if cut >= 0 else 0)
        phrase = text[begin : match.end("np")]
        speaker = _shortest_speaker(phrase, begin, people)
        if speaker is None:
            continue
        out.append(Attribution(speaker, begin, match.end(), POSSESSIVE))
    return out


def _shortest_speaker(phrase: str, begin: int, people: People) -> Speaker | None:
    """The longest tail of `phrase` that names a speaker ("the accuracy of the governor")."""
    words = list(re.finditer(r"\S+", phrase))
    for word in words:
        tail = phrase[word.start() :]
        speaker = parse_speaker(tail, begin + word.start(), people)
        if speaker is not None:
            return speaker
    return None


def best_in(found: list[Attribution], start: int, end: int, anchor: int) -> Attribution | None:
    """The strongest attribution inside [start, end), the nearest to `anchor` among equals."""
    inside = [a for a in found if start <= a.start < end]
    if not inside:
        return None
    return max(inside, key=lambda a: (a.rank, -abs(a.start - anchor)))
