"""Settling a post's drafts: the speaker of each (its sentence's voice, an office named by
role, or the outlet: `speaking`), a place from the speaker's region, the date (`dating`), the
attacking side.

A speaker who stands for one region (a governor, local authorities) does not carry over to a claim
about another region: that claim is the outlet's own.
"""

from __future__ import annotations

from datetime import date, datetime

from claimledger.catalog.actors import actors
from claimledger.extract.grammar.clauses import ends_with_colon
from claimledger.extract.grammar.draft import CASUALTY_ACTIONS, WEAPON_ACTIONS, Draft
from claimledger.extract.grammar.reader import SentenceReader
from claimledger.extract.mentions.officials import speaker_of
from claimledger.extract.mentions.place_codes import HOME_COUNTRIES, country_of_code
from claimledger.extract.mentions.types import Speaker
from claimledger.extract.resolve.dating import (
    in_brackets,
    local_day,
    long_before,
    opens_with_then,
    recall_opened,
    settle_date,
)
from claimledger.extract.resolve.located import (
    abroad_party,
    acting_defender,
    approached_totals,
    attacked_by_states,
    attacked_nation,
    carried_on,
    casualties_ashore,
    default_location,
    defended_countries,
    defender_country,
    from_abroad,
    happened_at,
    missile_family,
    named_countries,
    own_sky,
    region_anaphor,
    regional_denial,
    sole_region,
    speaker_place,
    struck_not_defended,
    target_ahead,
    targeted_country,
    whole_elsewhere,
    within,
)
from claimledger.extract.resolve.sides import (
    OPPOSITE,
    attacker,
    casualty_attacker,
    defended_country,
    place_attacker,
    place_side,
    third_country,
)
from claimledger.extract.resolve.speaking import (
    DEFENCE,
    clause_voice,
    fits,
    other_side,
    region_in_attribution,
    speaker_for,
)
from claimledger.extract.resolve.voices import Voice
from claimledger.places.model import Place


def settle(
    reader: SentenceReader, voices: list[Voice], outlet: Speaker, published: datetime | None
) -> list[Draft]:
    places = reader.gazetteer_places
    today = published.date() if published else None
    out: list[Draft] = []
    last_date: tuple[str | None, tuple[int, int]] | None = None
    before = _SidesBefore()
    last_history = False  # the last date said was another time's ("в июле 2022 года")
    recall_paragraph = -1  # the paragraph that a recall opened ("Нагадаємо, ...")
    # the paragraph whose last dated sentence told only another time's counts ("DEC 29, 2023:
    # Russia fired 122 missiles ... At least 41 people were killed."): its undated sentences
    # after it go on about that time
    history_paragraph = -1
    for index, drafts in enumerate(reader.drafts):
        facts = reader.facts[index]
        sentence = reader.doc.sentences[index]
        if recall_opened(reader, sentence):
            recall_paragraph = sentence.paragraph
        recalled = sentence.paragraph == recall_paragraph
        voice = voices[index]
        if (
            voice.inherited
            and voice.speaker is not None
            and not all(
                fits(voice.speaker, d.location, places, voice.source)
                and not other_side(voice.speaker, d, places)
                for d in drafts
            )
        ):
            voice = Voice(None, None, False)  # one sentence, one voice: the outlet's
        for draft in drafts:
            said_by = clause_voice(voice, facts.speaker, draft)
            side_before = before.side(draft)  # of the claims settled before this one
            told = attacker(reader, draft, _NOBODY, places, side_before, infer=False)
            speaker = (
                speaker_for(
                    draft,
                    said_by,
                    places,
                    today,
                    reader.lex,
                    OPPOSITE.get(told or ""),
                    outlet.side,
                )
                or outlet
            )
            speaker = _sided(reader, draft, speaker, places, today, side_before)
            speaker = _reporting_body(draft, speaker, today)
            draft.speaker = speaker
            if (
                said_by.source is not None
                and said_by.source.mention is not None
                and speaker is not outlet
            ):
                mention = said_by.source.mention
                draft.speaker_span = (mention.first, mention.last)
                draft.speaker_named = not (mention.role or mention.local or mention.back)
                draft.speaker_guessed = said_by.lead
                _with_subject(reader, draft, mention.first, mention.last)
            explicit = facts.speaker.explicit
            if speaker.region and (
                (draft.location is None and draft.speaker_region)
                or (
                    # named here, or "He confirmed there were no casualties" after the governor
                    (explicit or facts.speaker.back)
                    and draft.location_source in (None, "context")
                    and not within(draft.location, speaker.region, places)
                )
            ):
                draft.location, draft.location_source = speaker_place(speaker), "speaker"
            elif region_in_attribution(
                reader,
                said_by.source,
                draft,
                speaker,
                same_sentence=True,
                by_context=reader.lex.attribution_widens_towns,
            ):
                # ANNOTATION.md: a town is its region where the attribution names the region
                # ("..., said Dnipropetrovsk Governor Serhiy Lysak" of a claim placed by the
                # sentence before in Dnipro)
                draft.location, draft.location_source = speaker.region, "speaker"
            elif regional_denial(draft, speaker, places):
                # ANNOTATION.md: a governor's "пострадавших нет" is of the governor's region,
                # not of the town the post named last
                draft.location, draft.location_source = speaker.region, "speaker"
            if (
                draft.action not in CASUALTY_ACTIONS  # "при перехвате пострадавших нет": there
                # "..., it said", or no cue at all: the same body's words go on
                and (
                    explicit
                    or (carried_on(facts.speaker) and whole_elsewhere(out, draft))
                    or (speaker is outlet and draft.action in DEFENCE)
                )
                and speaker.region is None
                and speaker.kind == "military"
                and (speaker.national or speaker is outlet)  # a regional command is no nation's
                and (draft.location_source == "context")
                and not region_anaphor(reader, draft)
                and not (
                    # relayed, not the ministry's own channel ("Усі три збиті" there is its
                    # national count)
                    speaker is not outlet
                    and reader.lex.sole_region_context
                    and sole_region(reader, draft.location)
                )
            ):
                # a ministry's or air force's count is its own, not the last place said (in its
                # own channel too: "... атакував Дніпропетровщину ... Усі три збиті")
                draft.location = None
            if struck_not_defended(draft, speaker, places):
                # "Удары нанесены по Харькову. Кроме того, сбиты 95 беспилотников": a side's
                # downings are not where its own strikes went, in the other side's country
                draft.location = None
            settle_date(reader, draft, facts.dates, last_date,
                        local_day(reader, draft, speaker.side, places, published))
            if long_before(reader, draft, today):
                draft.history = True  # "On the night of September 20," in a report of the 23rd
            if last_history and not facts.dates and opens_with_then(reader, draft):
                draft.history = True  # "... в июле 2022 года. Тогда погибли 29": that time's
            if not facts.dates and sentence.paragraph == history_paragraph:
                draft.history = True
            if recalled and today and draft.date and draft.date < today.isoformat():
                draft.history = True  # "Нагадаємо, в ніч на 19 серпня ...": another night's
            in_sentence = before.in_sentence(draft)
            draft.side = attacker(
                reader, draft, speaker, places, side_before, sentence_before=in_sentence
            )
            if draft.location is None and reader.lex.infer_sides:
                # a regional official's count with no place of its own is of the region
                abroad = abroad_party(draft, facts.places, places)
                draft.location = (
                    speaker_place(speaker)
                    or (default_location(draft, speaker, reader.lex) if abroad is None else abroad)
                    or defended_country(reader, draft)
                )
                sky = own_sky(draft, speaker, from_abroad=from_abroad(draft, facts)) or (
                    acting_defender(draft, facts.actors))
                if draft.location is None and sky is not None:
                    draft.location = sky
                    draft.side = draft.side or place_attacker(sky, speaker, places)
            elif draft.location is None and speaker.region and speaker.kind == "official":
                # "There were no casualties," after the governor's words: the governor's region
                draft.location = speaker_place(speaker)
            elif draft.location is None:
                draft.location = (
                    targeted_country(reader, draft)
                    or defender_country(
                        draft, speaker, speaker is outlet, from_abroad=from_abroad(draft, facts)
                    )
                    or defended_country(reader, draft)
                    or attacked_nation(draft, speaker)
                    or acting_defender(draft, facts.actors)
                )
            if draft.location is None and draft.part_of is not None:
                # "15 of the 20 rockets fired from Lebanon were intercepted": the 20 launched
                # were where their intercepted part was
                draft.location = draft.part_of.location
            if draft.side is None and not reader.lex.infer_sides:
                draft.side = casualty_attacker(draft, speaker) or place_attacker(
                    draft.location, speaker, places
                )
            elif draft.side is None and place_attacker(draft.location, speaker, places) == "other":
                draft.side = "other"  # "ПВО Израиля перехватила 20 ракет": a third party's war
            out.append(draft)
            before.settled(draft)
        dated = [d for d in facts.dates if not d.opens and not in_brackets(reader, d)]
        if dated:
            last_history = dated[-1].history
            # only where that sentence counted something of its time itself: "In January, the
            # US struck Houthi targets. Three drones were shot down." is this report's
            counted = all(d.history for d in dated) and bool(drafts)
            history_paragraph = sentence.paragraph if counted else -1
        said_dates = [d for d in dated if not d.history]
        if said_dates:
            said = said_dates[-1]
            last_date = (said.value, (said.first, said.last))
    _breakdowns(reader, out)
    approached_totals(out)
    happened_at(reader, out)
    casualties_ashore(reader, out)
    target_ahead(reader, out)
    if reader.lex.places_ahead:
        _placed_ahead(reader, out)
        _launch_where_downed(out)
    _parts_of_launches(reader, out)
    _bodies_told_later(out, today, places, named_countries(reader), defended_countries(reader))
    if not reader.lex.infer_sides:
        for draft in out:  # a place the breakdowns gave a total ("40 drones ... : one over ...")
            if draft.side is None and draft.speaker is not None:
                draft.side = casualty_attacker(draft, draft.speaker) or place_attacker(
                    draft.location, draft.speaker, places
                )
            if draft.side is None and draft.location is None and draft.speaker is not None:
                # a side of the war telling of weapons with no place: the other side's
                draft.side = OPPOSITE.get(draft.speaker.side or "")
    return out


def _placed_ahead(reader: SentenceReader, drafts: list[Draft]) -> None:
    """A weapon claim no words placed, where the next sentences (of its paragraph or the one
    after), telling no claim of their own, name the one sea or country of the event: "US
    forces shot down a missile and two drones. ... the destroyer, which is patrolling the Red
    Sea." """
    told = {d.sentence.index for d in drafts}
    for draft in drafts:
        if draft.location is not None or draft.action not in WEAPON_ACTIONS:
            continue
        index = draft.sentence.index
        for ahead in range(index + 1, min(len(reader.facts), index + 1 + reader.lex.places_ahead)):
            sentence = reader.doc.sentences[ahead]
            if sentence.paragraph > draft.sentence.paragraph + 1 or ahead in told:
                break  # the paragraph's sentences, or the next paragraph's first
            theatre = {
                p.place.code
                for p in reader.facts[ahead].places
                if not p.in_actor and (p.place.kind == "sea" or p.place.kind == "country")
            }
            if len(theatre) == 1:
                draft.location, draft.location_source = theatre.pop(), "ahead"
                break
            if theatre:
                break


def _bodies_told_later(
    drafts: list[Draft],
    today: date | None,
    places: dict[str, Place],
    named: set[str],
    defended: set[str],
) -> None:
    """A body named without its country whose claims gave it no side ("the defence ministry
    said" before any place) is the one the report's other claims show it to be, else the one
    of the only country of its table the report names ("the military said" of a missile over
    the Red Sea in a report on Eilat: the IDF)."""
    for draft in drafts:
        speaker = draft.speaker
        actor = actors().get(speaker.actor) if speaker and speaker.actor else None
        if actor is None or not actor.by_side or speaker is None or speaker.side is not None:
            continue
        sided = {other for _, other in actor.by_side}
        told = next(
            (d.speaker.actor for d in drafts if d.speaker and d.speaker.actor in sided), None
        )
        if told is None:
            told = actor.in_country(_report_country(drafts, places))
        if told is None:
            candidates = {code for code, _ in actor.by_country} & named
            if len(candidates) == 1:
                told = actor.in_country(candidates.pop())
        home = next((code for code, other in actor.by_country if other == told), None)
        if home in defended and draft.location is None and draft.action in WEAPON_ACTIONS:
            # "Israeli air defences intercepted 12 of 15 rockets, the military said": a third
            # country's military counting weapons with no place speaks of its own sky
            draft.location = home
        if told is not None:
            draft.speaker = speaker_of(told, today)


def _report_country(drafts: list[Draft], places: dict[str, Place]) -> str | None:
    """The third country the report's claims are placed in, when they name one alone."""
    found = {third_country(d.location, places) for d in drafts if d.location is not None}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _breakdowns(reader: SentenceReader, drafts: list[Draft]) -> None:
    """A total before a colon whose breakdown follows on the lines below ("destroyed 31 UAVs:
    – 14 over Bryansk; – 10 over Kursk"): the country of the places listed."""
    places = reader.gazetteer_places
    for position, draft in enumerate(drafts):
        if draft.location is not None or not ends_with_colon(
            reader.doc, draft.sentence, draft.first
        ):
            continue
        codes: list[str] = []
        for later in drafts[position + 1 :]:
            if later.sentence.index == draft.sentence.index or later.action != draft.action:
                continue
            if later.sentence.index > draft.sentence.index + len(codes) + 1 or not later.location:
                break
            codes.append(later.location)
        countries = {country_of_code(code, places) for code in codes}
        if codes and len(countries) == 1:
            draft.location = countries.pop()


_SUBJECT_GAP = 2


def _with_subject(reader: SentenceReader, draft: Draft, first: int, last: int) -> None:
    """The speaker joins the evidence when it is the subject just before the claim's words
    ("emergency services have reported no immediate casualties")."""
    between = reader.doc.tokens[last : draft.first]
    if (
        first >= draft.sentence.first
        and last <= draft.first
        and len(between) <= _SUBJECT_GAP
        and all(t.is_word and t.low not in reader.lex.words.complementizers for t in between)
    ):
        draft.first = first


class _SidesBefore:
    """The attacker of the last claim before: the same attack told on. A casualty count takes
    it from anywhere before; a weapon count only from its paragraph or the one before, where
    no claim settled since the last one with a side lies further back.

    Kept as `settle` goes (the last draft with a side, and the lowest paragraph of the drafts
    from it on) rather than searched for back through every draft settled: that search, for
    each draft, made a long text of claims without sides quadratic."""

    def __init__(self) -> None:
        self.sided: Draft | None = None
        self.floor = 0  # the lowest paragraph of the drafts settled since `sided`, it included
        self.armed: Draft | None = None  # the last weapon claim with a side

    def settled(self, draft: Draft) -> None:
        paragraph = draft.sentence.paragraph
        if draft.side is not None:
            self.sided, self.floor = draft, paragraph
            if draft.action in WEAPON_ACTIONS:
                self.armed = draft
        elif self.sided is not None:
            self.floor = min(self.floor, paragraph)

    def in_sentence(self, draft: Draft) -> str | None:
        """The attacker of a weapon claim settled in the draft's own sentence."""
        armed = self.armed
        if armed is None or armed.sentence.index != draft.sentence.index:
            return None
        return armed.side

    def side(self, draft: Draft) -> str | None:
        if self.sided is None:
            return None
        if draft.action in WEAPON_ACTIONS and self.floor < draft.sentence.paragraph - 1:
            return None
        return self.sided.side


def _sided(
    reader: SentenceReader,
    draft: Draft,
    speaker: Speaker,
    places: dict[str, Place],
    today: date | None,
    before: str | None,
) -> Speaker:
    """A body named without its country ("the air force said") is the one of the side opposed
    to the attacker, else of the side that holds the place."""
    actor = actors().get(speaker.actor) if speaker.actor else None
    if actor is None or not actor.by_side or speaker.side is not None:
        return speaker
    side = OPPOSITE.get(attacker(reader, draft, speaker, places, before) or "")
    sided = actor.on_side(side or place_side(draft.location, places))
    abroad = third_country(draft.location, places) if draft.location is not None else None
    if sided is None and abroad is not None:
        sided = actor.in_country(abroad)
        if sided is None and actor.role == "authorities":
            # unnamed officials of a place in a third country with no body of its own in the
            # registry ("... hit a building in Eilat, officials said") are that country's
            return Speaker(speaker.name, "other", speaker.kind, actor=speaker.actor)
    if sided is None and draft.location is None:
        # "Explosions were heard in Kyiv. The air force said 80 drones were shot down": the
        # one side of the war whose places the report names, else the one its states attack
        war = named_countries(reader) & HOME_COUNTRIES or attacked_by_states(reader)
        if len(war) == 1:
            sided = actor.on_side(war.pop().lower())
    return speaker_of(sided, today) if sided is not None else speaker


def _reporting_body(draft: Draft, speaker: Speaker, today: date | None) -> Speaker:
    """A state told as the speaker of what its military reports ("Russia said air defences
    shot down five drones") speaks through that body."""
    actor = actors().get(speaker.actor) if speaker.actor else None
    body = actor.for_action(draft.action) if actor is not None else None
    return speaker_of(body, today) if body is not None else speaker


_NOBODY = Speaker("", None, "official")  # a speaker of no side, to read the attacker from words


def _launch_where_downed(drafts: list[Draft]) -> None:
    """A launch no words placed, whose weapons the next sentence of its paragraph counts as
    downed or lost across one country ("the enemy attacked with 73 drones. 46 were shot down
    in the Kharkiv, Sumy and Kyiv oblasts"): the launch was on that country."""
    for draft in drafts:
        if draft.location is not None or draft.action != "launched":
            continue
        index = draft.sentence.index
        countries = {
            later.location
            for later in drafts
            if later.sentence.index == index + 1
            and later.sentence.paragraph == draft.sentence.paragraph
            and later.action in DEFENCE
            and missile_family(later.weapon) == missile_family(draft.weapon)
        }
        if len(countries) == 1 and countries <= HOME_COUNTRIES:
            draft.location, draft.location_source = countries.pop(), "ahead"


def _parts_of_launches(reader: SentenceReader, drafts: list[Draft]) -> None:
    """ "ВСУ выпустили шесть ATACMS по объекту в Брянской области ... сбили пять из них": a part
    of a launch just told ("N из них", "N of them") is where the launch was."""
    words = reader.lex.words
    tokens = reader.doc.tokens
    for index, draft in enumerate(drafts):
        if draft.action == "launched" or draft.number is None:
            continue
        after = [t.low for t in tokens[draft.number[1] : draft.number[1] + 2]]
        if len(after) < 2 or after[0] not in words.from_words:
            continue
        if after[1] not in words.relative_pronouns | words.one_of:
            continue
        for earlier in reversed(drafts[max(0, index - 3) : index]):
            if earlier.action == "launched" and (
                missile_family(earlier.weapon) == missile_family(draft.weapon)
            ):
                if earlier.location is not None and draft.location_source != "own":
                    draft.location = earlier.location
                break
