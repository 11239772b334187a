"""Independence, second step: the links only the whole incident shows.

- A collective description ("regional governors", "local authorities": lower-case by the
  annotation convention) is the one named official of the same kind and side it can stand for:
  in the same report first, else in the incident.
- An outlet's own-voice claim that repeats a number of an attributed account published earlier
  (the same incident, action and number, or the same running total) is a probable relay of that
  account's origin, shown with the earlier report it echoes and the minutes between.
- An own-voice claim whose sentence is near-identical to the sentence of the same number in an
  earlier report (SimHash, as for whole texts) copies that report: it has the same origin.
- An outlet that gives a number as its own information ("По данным SHOT") stays its own
  origin; when its number equals one an attributed account published earlier, the two are
  linked as a possible echo, which keeps them from corroborating each other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta

from claimledger.incidents.accounts import Account, Mention, Statement, build_account
from claimledger.incidents.incident import IncidentClaim
from claimledger.incidents.origins import (
    ATTRIBUTION,
    COPY,
    FORWARD,
    OWN_CHANNEL,
    OWN_VOICE,
    PROBABLE,
    RESTATEMENT,
    UNNAMED,
    Link,
    Origin,
    minutes_between,
)
from claimledger.incidents.simhash import MAX_DISTANCE, distance

# Relays of one post reach the corpus within minutes of each other and in any order (the
# official's own post is often not in it): an own-voice copy may precede the first report that
# names its source. Measured on Moscow, 10 November 2024: the mayor's first count was copied
# in three channels' own voice 1.5 to 2 minutes before the first report naming him.
WINDOW = timedelta(minutes=5)
# Links through which a claim is attributed to somebody other than its publisher.
ATTRIBUTED = frozenset({ATTRIBUTION, FORWARD, OWN_CHANNEL, UNNAMED, RESTATEMENT})


def fold_collective_origins(claims: Sequence[IncidentClaim]) -> None:
    """A collective description stands for the one official named beside it (same kind and
    side): in the same report its numbers are a restatement, shown but not added; elsewhere in
    the incident they are that official's numbers, relayed."""
    in_report: dict[tuple[str, str | None, str | None], set[str]] = defaultdict(set)
    in_incident: dict[tuple[str | None, str | None], set[str]] = defaultdict(set)
    first_report: dict[str, IncidentClaim] = {}
    by_key: dict[str, Origin] = {}
    for c in sorted(claims, key=_when):
        claim = c.record.claim
        if claim.claimant and claim.claimant[:1].isupper():
            in_report[(c.record.report_id, claim.claimant_kind, claim.claimant_side)].add(
                c.origin.key
            )
            in_incident[(claim.claimant_kind, claim.claimant_side)].add(c.origin.key)
            by_key[c.origin.key] = c.origin
            first_report.setdefault(c.origin.key, c)
    said: dict[tuple[str, str, int], bool] = {}
    for c in claims:
        said[(c.origin.key, c.record.claim.action, c.record.claim.quantity)] = True
    for c in claims:
        claim = c.record.claim
        if not claim.claimant or claim.claimant[:1].isupper() or claim.claimant_kind != "official":
            continue
        kind, side = claim.claimant_kind, claim.claimant_side
        here = in_report.get((c.record.report_id, kind, side), set())
        candidates = here or in_incident.get((kind, side), set())
        if len(candidates) > 1 and not here:
            # "The authorities say a woman was injured" beside a mayor and an administration:
            # the one of them who said that number.
            candidates = {k for k in candidates if (k, claim.action, claim.quantity) in said}
        if len(candidates) != 1:
            continue
        key = next(iter(candidates))
        c.origin = by_key[key]
        if here:
            # The official's own numbers are in the same report: counting the collective
            # restatement too would add the same drones twice.
            c.role, c.link = "restatement", Link(RESTATEMENT)
        else:
            first = first_report[key].record
            gap = minutes_between(c.record.published, first.published)
            c.link = Link(RESTATEMENT, first.report_id, gap)


def _when(c: IncidentClaim) -> tuple[bool, datetime | int, str]:
    return (c.record.published is None, c.record.published or 0, c.record.claim_id)


def attributed_accounts(
    claims: Sequence[IncidentClaim],
) -> dict[str, dict[str, tuple[Origin, Account]]]:
    """Per action, the accounts of the origins some report attributes a claim to."""
    attributed = {c.origin.key for c in claims if c.role == "claim" and c.link.how in ATTRIBUTED}
    grouped: dict[tuple[str, str], list[IncidentClaim]] = defaultdict(list)
    repeated: dict[tuple[str, str], list[IncidentClaim]] = defaultdict(list)
    for c in claims:
        if c.origin.key in attributed and c.role != "total":
            group = grouped if c.counted else repeated
            group[(c.record.claim.action, c.origin.key)].append(c)
    accounts: dict[str, dict[str, tuple[Origin, Account]]] = defaultdict(dict)
    for key in grouped.keys() | repeated.keys():
        members = grouped.get(key) or repeated[key]
        account = build_account(key[0], [m.record for m in members])
        # What its restatements and relays repeat was said too (a collective "a woman was
        # killed" folded into the governor), and may be echoed in turn.
        for m in sorted(repeated.get(key, []), key=_when):
            account.said(m.record.claim.quantity, m.record)
        accounts[key[0]][key[1]] = (members[0].origin, account)
    return accounts


def _earlier(
    accounts: dict[str, tuple[Origin, Account]],
    numbers: Sequence[int],
    published: datetime | None,
    late: bool,
) -> tuple[Origin, Mention] | None:
    """The attributed account that said one of `numbers` first, no later than allowed."""
    found: list[tuple[tuple[bool, datetime | int, str], Origin, Mention]] = []
    for origin, account in accounts.values():
        for number in numbers:
            mention = account.numbers.get(number)
            if mention is None:
                continue
            when = mention.published
            if late or when is None or published is None or when <= published + WINDOW:
                found.append(((when is None, when or 0, origin.key), origin, mention))
    if not found:
        return None
    _, origin, mention = min(found, key=lambda item: item[0])
    return origin, mention


def link_probable_relays(claims: Sequence[IncidentClaim]) -> None:
    """Own-voice claims that repeat an attributed account become relays of its origin."""
    accounts = attributed_accounts(claims)
    attributed = {key for per_action in accounts.values() for key in per_action}
    by_report: dict[str, list[IncidentClaim]] = defaultdict(list)
    for c in claims:
        if c.role == "claim" and c.link.how in (OWN_VOICE, COPY) and c.origin.key not in attributed:
            by_report[c.record.report_id].append(c)
    for members in by_report.values():
        if any(c.record.cues.own_sources for c in members):
            continue  # the outlet gives its own information: its own origin
        _link_report(members, accounts)


def _link_report(
    members: list[IncidentClaim], accounts: dict[str, dict[str, tuple[Origin, Account]]]
) -> None:
    by_action: dict[str, list[IncidentClaim]] = defaultdict(list)
    for c in members:
        by_action[c.record.claim.action].append(c)
    matched: tuple[Origin, Mention] | None = None
    for action, group in by_action.items():
        total = Statement.of([c.record for c in group]).alone()
        for c in group:
            if c.record.claim.quantity == 0:
                continue
            numbers = list(dict.fromkeys([c.record.claim.quantity, total]))
            found = _earlier(
                accounts.get(action, {}), numbers, c.record.published, c.record.cues.late
            )
            if found:
                _relay(c, *found)
                matched = matched or found
    nonzero = [c for c in members if c.record.claim.quantity]
    for c in members:
        if c.record.claim.quantity:
            continue
        # "No casualties" echoes an earlier "no casualties" of the incident when there is one,
        # else it goes with the account the report's numbers echo; a report whose numbers are
        # its own keeps its "no casualties" too.
        found = _earlier(
            accounts.get(c.record.claim.action, {}), [0], c.record.published, c.record.cues.late
        )
        if found and (matched or not nonzero):
            _relay(c, *found)
        elif matched:
            _relay(c, *matched)


def _relay(c: IncidentClaim, origin: Origin, mention: Mention) -> None:
    c.origin = origin
    gap = minutes_between(c.record.published, mention.published)
    c.link = Link(PROBABLE, mention.report_id, gap)


def possible_echoes(claims: Sequence[IncidentClaim]) -> dict[frozenset[str], str]:
    """Pairs of origins that must not corroborate each other, with why in words: an outlet's
    own account whose number an attributed account published earlier."""
    accounts = attributed_accounts(claims)
    attributed = {key for per_action in accounts.values() for key in per_action}
    own: dict[tuple[str, str], list[IncidentClaim]] = defaultdict(list)
    for c in claims:
        if c.counted and c.origin.key not in attributed:
            own[(c.record.claim.action, c.origin.key)].append(c)
    pairs: dict[frozenset[str], str] = {}
    for (action, key), members in own.items():
        account = build_account(action, [m.record for m in members])
        first = min(members, key=_when).record
        found = _earlier(accounts.get(action, {}), [account.value], first.published, False)
        if found:
            origin, mention = found
            gap = minutes_between(first.published, mention.published)
            when = f"{gap:.0f} min after" if gap is not None else "after"
            pairs.setdefault(
                frozenset({key, origin.key}),
                f"{members[0].origin.label}'s {action} {account.value} came {when} "
                f"{origin.label}'s ({mention.source or mention.report_id}): a possible echo",
            )
    return pairs


def link_copied_sentences(claims: Sequence[IncidentClaim]) -> None:
    """Own-voice claims whose sentence copies an earlier report's sentence of the same number
    take that report's origin ("Один человек, предварительно, пострадал ..." word for word
    two minutes later in another channel)."""
    earlier: list[IncidentClaim] = []
    for c in sorted(claims, key=_when):
        fingerprint = c.record.cues.sentence
        if c.role == "claim" and c.link.how == OWN_VOICE and fingerprint:
            claim = c.record.claim
            for other in earlier:
                o = other.record
                if (
                    o.report_id != c.record.report_id
                    and o.source != c.record.source
                    and o.claim.action == claim.action
                    and o.claim.quantity == claim.quantity
                    and distance(o.cues.sentence, fingerprint) <= MAX_DISTANCE
                ):
                    gap = minutes_between(c.record.published, o.published)
                    c.origin, c.link = other.origin, Link(COPY, o.report_id, gap)
                    break
        if fingerprint:
            earlier.append(c)
