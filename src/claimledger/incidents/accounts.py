"""Running totals: an origin's successive statements in one night as one account.

An official posts through the night: "two drones shot down", then "two more", "eight more",
"22 so far", "seven more; 32 in all". Relays repeat each post, some late, some in other words.
The account walks the origin's reports in time order, each distinct statement once:
- a running total ("всего 32", "so far") replaces what was said before;
- an update ("ещё пять", "five more") adds to it;
- a plain count is the new value when larger (a later "11 by morning" after "2", then "5 more");
  a smaller one the account never said is another batch or time window and adds ("5 from 21:00
  to 23:55", then "2 overnight"); within one report the counts for different sub-places add up
  ("6 over the city and 1 in a district" is 7), counts for one place named alike are one count.
A report that repeats what the account said already (a relay) changes nothing. The latest value
stands; every value the account passed through is kept, with the first report that carried it,
so that an outlet repeating "4" in its own voice can be recognised as this account at 05:46.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from claimledger.incidents.records import ClaimRecord


@dataclass(frozen=True, slots=True)
class Mention:
    """A number an account stated or reached, first seen in `report_id` at `published`."""

    report_id: str
    source: str | None
    published: datetime | None


@dataclass(slots=True)
class Account:
    """One origin's account of one action in one incident."""

    action: str
    value: int = 0
    qualifier: str = "exact"
    increments: int = 0  # counts added as "N more" since the last running total
    reports: list[str] = field(default_factory=list)
    numbers: dict[int, Mention] = field(default_factory=dict)  # stated or reached, first seen

    def said(self, number: int, record: ClaimRecord) -> None:
        """Note that the account said or reached `number` in `record`'s report; the earliest
        report that did stands."""
        known = self.numbers.get(number)
        when = record.published
        if known is None or (
            when is not None and known.published is not None and when < known.published
        ):
            self.numbers[number] = Mention(record.report_id, record.source, when)


def _when(record: ClaimRecord) -> tuple[bool, datetime | int, str]:
    return (record.published is None, record.published or 0, record.report_id)


@dataclass(frozen=True, slots=True)
class Statement:
    """What one report says for an account: its running totals, its "N more" updates and its
    plain count (over distinct places), with the qualifier of the count that sets the value."""

    totals: tuple[int, ...]
    increments: tuple[int, ...]
    plain: int
    qualifier: str

    @classmethod
    def of(cls, claims: Sequence[ClaimRecord]) -> Statement:
        totals = [c for c in claims if c.cues.update == "total"]
        # Sub-places add up ("6 on the outskirts of Kaluga and 1 in a district"); one place
        # named alike twice is one count said twice (a headline and its body, or "about 17"
        # and an update "22" of the same post), so the larger stands.
        per_place: dict[tuple[str | None, str], int] = {}
        for c in claims:
            if not c.cues.update:
                place = c.claim.spans.get("place")
                where = (c.claim.location, place.text if place else "")
                per_place[where] = max(per_place.get(where, 0), c.claim.quantity)
        if totals:
            qualifier = max(totals, key=lambda c: c.claim.quantity).claim.qualifier
        else:
            qualifier = claims[0].claim.qualifier if len(claims) == 1 else "exact"
        return cls(
            tuple(sorted(c.claim.quantity for c in totals)),
            tuple(c.claim.quantity for c in claims if c.cues.update == "increment"),
            sum(per_place.values()),
            qualifier,
        )

    def alone(self) -> int:
        """The value of this statement on its own: an outlet's post read as a whole."""
        if self.totals:
            return max(self.totals)
        return self.plain + sum(self.increments)


@dataclass(slots=True)
class _Walk:
    """The account being built, with the totals and updates already counted: relays repeat
    them, late and in other words ("Ещё 8", a digest's "10, then eight more")."""

    account: Account
    totals: set[int] = field(default_factory=set)
    updates: dict[int, datetime | None] = field(default_factory=dict)
    last_total: datetime | None = None
    # The value before the last plain count that raised it, and when that count came: "sbili
    # 2" may be the first one plus an update whose relays ("ещё один") arrive just after it.
    raised: tuple[int, datetime | None] | None = None

    def repeated(self, number: int, when: datetime | None) -> bool:
        """An update already counted, relayed: within UPDATE_WINDOW of it (officials rarely
        post two equal updates within half an hour; relays of one post come within minutes),
        or after a running total that followed it (a digest recounting the night)."""
        if self.raised is not None:
            before, at = self.raised
            close = at is None or when is None or abs(when - at) <= UPDATE_WINDOW
            if close and before + number == self.account.value:
                return True
        if number not in self.updates:
            return False
        seen = self.updates[number]
        if seen is None or when is None or abs(when - seen) <= UPDATE_WINDOW:
            return True
        return self.last_total is not None and self.last_total > seen

    def step(self, statement: Statement, when: datetime | None, known: set[int]) -> None:
        """Walk one report's statement; `known` are the numbers the account said before it."""
        account = self.account
        if statement.totals:
            for number in statement.increments:
                self.updates.setdefault(number, when)  # inside the total; relays may follow
            new_totals = [t for t in statement.totals if t not in self.totals]
            if new_totals:
                # The latest running total stands; updates in the same post are inside it.
                self.raised = None
                account.value, account.increments = max(new_totals), 0
                account.qualifier = statement.qualifier
                self.totals.update(new_totals)
                self.last_total = when
            return  # else a running total already counted, relayed
        added = 0
        for number in statement.increments:
            if not self.repeated(number, when):
                self.updates[number] = when
                added += number
        before = account.value
        if before and added and statement.plain >= before + added:
            # "32 in all. Seven more over Domodedovo": the count already holds the seven.
            account.value, account.increments = statement.plain, 0
        elif statement.plain > before:
            account.value, account.increments = statement.plain + added, added
            self.raised = (before, when) if before and not added else None
        elif statement.plain not in known and statement.qualifier == "exact" and not added:
            # A new, smaller count cannot be the running count again: it is another batch or
            # the count of another time window ("5 from 21:00 to 23:55", then "2 overnight").
            account.value, account.increments = before + statement.plain, account.increments
            account.increments += statement.plain
        else:
            account.value, account.increments = before + added, account.increments + added
        if account.value != before:
            account.qualifier = statement.qualifier


# Two equal updates of one account within this time are one update relayed.
UPDATE_WINDOW = timedelta(minutes=30)


def build_account(action: str, records: Sequence[ClaimRecord]) -> Account:
    """The account of one origin and action from its claims (any order)."""
    by_report: dict[str, list[ClaimRecord]] = defaultdict(list)
    for record in sorted(records, key=_when):
        by_report[record.report_id].append(record)
    walk = _Walk(Account(action))
    for claims in by_report.values():
        walk.account.reports.append(claims[0].report_id)
        known = set(walk.account.numbers)
        for record in claims:
            walk.account.said(record.claim.quantity, record)
        walk.step(Statement.of(claims), claims[0].published, known)
        walk.account.said(walk.account.value, claims[0])
    walk.account.reports.sort()
    return walk.account
