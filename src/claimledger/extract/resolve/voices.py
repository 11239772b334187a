"""Who speaks in each sentence of a post, after carrying speakers over.

Speakers carry over from sentence to sentence within a paragraph, and into the next paragraph
when the speaker was talking about the air war; a bulleted item starts afresh, unless the
speaker's line opened the list with a colon (as it opens the quoted paragraphs below it). A
trailing attribution ("..., — Собянин") also covers the sentences of its paragraph before it;
"Об этом сообщил X" covers the sentence before (at a text's opening, what follows).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from claimledger.catalog.actors import actors
from claimledger.extract.document.tokens import OPENING_QUOTES, Sentence, sentence_keys
from claimledger.extract.grammar.reader import SentenceReader
from claimledger.extract.lexicon.roles import (
    Sequence_,
    holds_any,
    may_hold,
    opener_length,
    opens_with,
)
from claimledger.extract.mentions.officials import speaker_of
from claimledger.extract.mentions.types import SentenceSpeaker, Speaker
from claimledger.extract.resolve.claims import title_sentences
from claimledger.extract.resolve.leads import lead_of, leads_back, named_official
from claimledger.extract.resolve.persons import (
    body_says,
    body_turn,
    person_named,
    person_says,
    possessor_turn,
    quoted,
)
from claimledger.extract.resolve.sides import local_side, place_side


def _unnamed(reader: SentenceReader) -> Speaker:
    """ "Сообщается", "появились сообщения": no one named."""
    return speaker_of(reader.lex.actor_ids.unnamed, None)


@dataclass(slots=True)
class Voice:
    """The speaker of one sentence after carrying over, and whether it was carried."""

    speaker: Speaker | None
    source: SentenceSpeaker | None
    inherited: bool
    official: Speaker | None = None  # the last regional official named before this sentence
    lead: bool = False  # the report's official, for a sentence that names no one
    # the outlet's own turn: "As reported, ..." and the sentences after it in its paragraph
    own_turn: bool = False


def voices_of(reader: SentenceReader) -> list[Voice]:
    doc = reader.doc
    voices: list[Voice] = []
    current: SentenceSpeaker | None = None
    current_air = False
    previous_paragraph: int | None = None
    official: Speaker | None = None
    named: SentenceSpeaker | None = None  # the last speaker a sentence named
    person: SentenceSpeaker | None = None  # the last person who spoke or opened a sentence
    listing = False  # the current speaker's sentence ends with a colon above a list
    own_turn: int | None = None  # the paragraph the outlet took up in its own voice
    # A news headline ("IDF says air force intercepted missile") sums up what its body tells
    # and credits: its speaker does not carry into the body's first words, which are the
    # outlet's own, though "..., it said" there still means that speaker. Only where headlines
    # are news headlines (no claims of their own); a Telegram post's title line speaks for it.
    particles = reader.lex.words.verb_particles
    title = set() if reader.lex.headline_claims else title_sentences(doc, particles)
    titled: SentenceSpeaker | None = None  # the headline's speaker, for "it said" after it
    own_report = _own_report(reader)
    for index, sentence in enumerate(doc.sentences):
        facts = reader.facts[index]
        own = facts.speaker
        body_opens = index - 1 in title and index not in title
        if body_opens and current is not None and not current.header:
            titled = current
            current, current_air = None, False
        if voices:
            voices[-1].official = voices[-1].official or official
        official = named_official(own) or official
        new_paragraph = previous_paragraph is not None and sentence.paragraph != previous_paragraph
        carries = current_air or (current is not None and current.header)
        # an item of the list its speaker opened ("..., сообщили в Минобороны:"), or a
        # paragraph of the words a speaker's colon opened ("... wrote on X:" over "“...")
        item = sentence.bullet or (new_paragraph and _opens_quote(reader, sentence))
        if new_paragraph and item and listing:
            pass
        elif new_paragraph and (sentence.bullet or not carries):
            current = None
        if new_paragraph and not item:
            listing = False
        previous_paragraph = sentence.paragraph
        air = _air(reader, index)
        antecedent, person = person, person_named(reader, index) or person
        if own.reset:
            current, current_air = None, False
            own_turn = sentence.paragraph
            voices.append(Voice(None, None, False, own_turn=True))
            continue
        if own.explicit and current is not None and _names_medium_again(reader, own, current):
            own = current  # "— Mash. ... сообщает СМИ": the medium named before
        if own.explicit or sentence.paragraph != own_turn:
            own_turn = None
        if own.explicit:
            same = current is not None and current.speaker == own.speaker
            own = localised(reader, index, own)
            # "This was reported by the Air Force." signs the air-war sentence before it, and
            # speaks on into the next paragraph as that sentence's speaker would
            signs = index > 0 and refers_to_before(reader, index) and _air(reader, index - 1)
            # "Об этом сообщает X." opening a text that lost its headline: nothing before it to
            # sign, so it signs what follows, over paragraphs as a header does
            leads = index == 0 and refers_to_before(reader, index)
            current, current_air = own, air or signs or leads or (same and current_air)
            named = own
            listing = _opens_list(reader, index)
            voices.append(Voice(own.speaker, own, False))
            continue
        if (
            own.back
            and current is None
            and not sentence.bullet
            and (named is not None or antecedent is not None)
        ):
            # a cue that refers back ("..., — сказали там") reaches over paragraphs to the last
            # speaker named, not over into another item of a bulleted digest; in English, only
            # a person's pronoun ("He later said ...") to the last person who spoke or opened a
            # sentence, as "it" or "they" may be any body or group named since
            if named is not None and (reader.lex.back_over_paragraphs or named is titled):
                current = named
            elif antecedent is not None and person_says(reader, index):
                current = antecedent
            elif named is not None and body_says(reader, index, named):
                current = named
        if own.back:  # a body that opened the sentence before, else a possessive source's owner
            turn = body_turn(reader, index)
            if turn is None:
                possessor = possessor_turn(reader, index)
                turn = possessor and localised(reader, index, possessor)
            current = turn or current
        if own.back or own.unnamed:
            if current is not None:
                voices.append(Voice(current.speaker, current, False))
                # "Что сказал президент:" after the president was named: the points below
                listing = listing or _names_statement(reader, index)
            else:
                voices.append(Voice(_unnamed(reader) if own.unnamed else None, None, False))
            current_air = current_air or air
            continue
        sequences = reader.lex.sequences
        if current is not None and (
            (own_report and _opens_on(reader, sentence, sequences.unnamed_sources))
            or _opens_on(reader, sentence, sequences.turn_openers)
        ):
            current, own_turn = None, sentence.paragraph
        carried = None if _victims_of_no_force(reader, index, current) else current
        voices.append(Voice(
            carried.speaker if carried else None, carried, carried is not None,
            own_turn=current is None and own_turn is not None,
        ))
        current_air = current_air or air
        if current is not None and _names_statement(reader, index):
            listing = True  # "Главное из заявления ведомства:": the points below are its own
    if voices:
        voices[-1].official = voices[-1].official or official
    _backfill(reader, voices)
    if not own_report:
        _lead_official(reader, voices)
    return voices


def _victims_of_no_force(
    reader: SentenceReader, index: int, current: SentenceSpeaker | None
) -> bool:
    """An unsigned sentence that counts only victims after an armed force spoke ("The air force
    says it shot down 25 drones. At least two people were also injured in a fire."): a force
    counts weapons, not the dead and wounded, so the count is the report's own. Not inside the
    force's quotation (CENTCOM: "... shot down three drones. The ship and crew sustained no
    damage or injury."): the quoted words are the force's."""
    drafts = reader.drafts[index]
    speaker = current.speaker if current is not None else None
    actor = actors().get(speaker.actor) if speaker is not None and speaker.actor else None
    return (
        actor is not None
        and actor.kind == "military"  # a ministry of defence, not of health
        and actor.role in reader.lex.words.weapon_counters
        and bool(drafts)
        and all(d.action in _VICTIMS for d in drafts)
        and not quoted(reader, index)
    )


_VICTIMS = frozenset({"killed", "injured"})


def _names_medium_again(
    reader: SentenceReader, own: SentenceSpeaker, current: SentenceSpeaker
) -> bool:
    """Media not named ("сообщает СМИ", "пишут паблики") while a medium the post named speaks:
    that medium, named again by a common noun."""
    return (
        current.speaker is not None
        and current.speaker.kind in ("media", "outlet")
        and own.speaker is not None
        and own.speaker.actor == reader.lex.actor_ids.unnamed_media
    )


def _air(reader: SentenceReader, index: int) -> bool:
    """Whether a sentence tells of the air war: weapons named or claims read."""
    return bool(reader.facts[index].phrases or reader.drafts[index])


def _lead_official(reader: SentenceReader, voices: list[Voice]) -> None:
    """A report that relays a region's official in person speaks with the official's voice
    wherever it names no one else: "Синєгубов прокоментував ... \n\n За добу ворог
    застосував: ..."; only of places in the region (the inherited voice's test). Not called
    for a report the outlet tells as its own (`_own_report`); no official named only on a
    bulleted line leads: one item of a digest ("— В 8:37 ... Через шесть минут Собянин
    сообщил ...") or a signature ("— Собянин.") speaks for its item or the lines it signs,
    not for the outlet's lines around it."""
    found = lead_of(reader)
    if found is None:
        return
    lead, where = found
    # a force of the lede speaks for what follows it, not for the outlet's lines before it
    # ("Украина атаковала Россию 337 беспилотниками. Минобороны РФ утверждает, что ...")
    after = where if named_official(lead) is None else -1
    for index, voice in enumerate(voices):
        if index < after or (index < where and not leads_back(reader, index, lead.speaker)):
            continue
        own = reader.facts[index].speaker
        # an office named by role ("the governor of the Mykolaiv region said") is its own
        # voice, and the voice of the sentences it carries over to
        carried = voice.source is not None and voice.source.explicit
        if voice.speaker is None and not own.reset and not own.explicit and not carried and not (
            voice.own_turn
        ):
            voices[index] = Voice(lead.speaker, lead, True, voice.official, lead=True)


def _opens_on(reader: SentenceReader, sentence: Sentence, openers: tuple[Sequence_, ...]) -> bool:
    """A sentence that opens with one of `openers`, where the outlet takes the word back from
    the speaker before: data of no one named in a report the outlet tells as its own
    (`unnamed_sources`: "По словам губернатора, предприятие работает штатно. По
    предварительным данным, пострадавших нет."; in a relay of an official, the official's), or
    a turn to another strand of the story (`turn_openers`: "«Сбиты три беспилотника», —
    написал Гладков. Тем временем в Белгороде ранены трое.")."""
    words = tuple(t.low for t in reader.doc.sentence_tokens(sentence)[:_SOURCE_WORDS])
    return opens_with(words, openers)


_SOURCE_WORDS = 4  # the longest opener of `unnamed_sources` or `turn_openers`


def _own_report(reader: SentenceReader) -> bool:
    """A report whose outlet names its own reporting: its own sources ("По нашей информации",
    "according to our information") or people who told it ("Как рассказали SHOT жители"). An
    official it quotes on one point ("Со слов губернатора, предприятие ...") does not speak
    for its unsigned claims."""
    sources = reader.lex.sequences.own_sources
    for sentence, facts in zip(reader.doc.sentences, reader.facts, strict=True):
        told = facts.speaker.speaker
        if facts.speaker.explicit and told is not None and told.kind == "outlet":
            return True
        if may_hold(sources, sentence_keys(reader.doc, sentence)) and holds_any(
            tuple(t.low for t in reader.doc.sentence_tokens(sentence)), sources
        ):
            return True
    return False


def localised(reader: SentenceReader, index: int, own: SentenceSpeaker) -> SentenceSpeaker:
    """Local authorities speak for the region of their own sentence's claims or places."""
    if own.mention is None or not own.mention.local or own.speaker is None:
        return own
    places = reader.gazetteer_places
    locations = [d.location for d in reader.drafts[index] if d.location]
    refs = reader.facts[index].places
    locations += [p.place.code for p in refs if not p.dateline]
    location = locations[0] if locations else None
    speaker = local_side(own.speaker, location, places)
    filed = [p.place.code for p in refs if p.dateline]
    if location is None and filed:
        # "KYIV (AFP) — ..., local officials said": the dateline tells whose authorities, not
        # which region they speak for
        speaker = Speaker(speaker.name, place_side(filed[0], places), speaker.kind)
    return SentenceSpeaker(
        speaker, own.mention, own.back, own.reset, own.trailing, own.header, own.unnamed
    )


def _backfill(reader: SentenceReader, voices: list[Voice]) -> None:
    """A trailing "— Собянин" covers its paragraph; "Об этом сообщил X" the sentence before."""
    doc = reader.doc
    for index, sentence in enumerate(doc.sentences):
        own = reader.facts[index].speaker
        opens_with_this = refers_to_before(reader, index)
        if own.explicit and not opens_with_this and index > 0:
            # "Russia attacked with 60 drones. Thirty-nine of them were downed, the air force
            # said": a part of the count before, told by its speaker, who told the whole too
            theirs = reader.facts[index - 1].speaker
            told_before = _part_of_before(reader, index) or _signs_lead(reader, voices, index)
            if told_before and not (theirs.explicit or theirs.reset):
                voices[index - 1] = Voice(localised(reader, index, own).speaker, own, False)
            if not own.trailing:
                continue
        if not (own.trailing or opens_with_this) or not own.explicit:
            continue
        alone = own.trailing and _attribution_only(reader, index)
        # "Про це повідомили у Генштабі." opening a line signs the whole line above it
        opens_line = index > 0 and doc.sentences[index - 1].line != sentence.line
        back = index - 1
        while back >= 0:
            earlier = doc.sentences[back]
            if not (opens_with_this or alone) and earlier.paragraph != sentence.paragraph:
                break
            if opens_with_this and back < index - 1 and (
                not opens_line or earlier.line != doc.sentences[index - 1].line
            ) and not (reader.lex.this_signs_paragraph and earlier.paragraph == sentence.paragraph):
                break
            if alone and earlier.bullet:
                break
            theirs = reader.facts[back].speaker
            if theirs.explicit or theirs.reset or (theirs.back and _pronoun_says(reader, back)):
                break  # "..., it said.": its speaker is the one before it
            voices[back] = Voice(localised(reader, index, own).speaker, own, False)
            back -= 1


def _signs_lead(reader: SentenceReader, voices: list[Voice], index: int) -> bool:
    """A news lead of one sentence in no one's voice ("Russia launched 73 drones overnight."),
    then a paragraph opened by a speaker who counts the same weapons ("The air force said 50
    were shot down."): the speaker told the lead too, where a trailing "said" signs its
    paragraph. A trailing "..., the air force said." signs only its own paragraph."""
    doc = reader.doc
    before, sentence = doc.sentences[index - 1], doc.sentences[index]
    alone = index < 2 or doc.sentences[index - 2].paragraph != before.paragraph
    if not (
        reader.lex.said_signs_paragraph
        and before.paragraph != sentence.paragraph
        and alone
        and voices[index - 1].speaker is None
        and not reader.facts[index - 1].speaker.back
        and not reader.facts[index].speaker.trailing
    ):
        return False
    weapons = {d.weapon for d in reader.drafts[index - 1] if d.weapon}
    return any(d.weapon in weapons for d in reader.drafts[index])


def _pronoun_says(reader: SentenceReader, index: int) -> bool:
    """A pronoun right before a verb of speech ("..., it said."): a subject that points back to
    the speaker named before, not on to one named after."""
    tokens = reader.doc.sentence_tokens(reader.doc.sentences[index])
    words = reader.lex.words
    return any(
        a.lemma in words.back_pronouns and b.lemma in words.speech_verbs
        for a, b in pairwise(tokens)
    )


_PART_REACH = 6  # words from a sentence's start (or its speaker's "said that") to its "of them"


def _part_of_before(reader: SentenceReader, index: int) -> bool:
    """The sentence counts a part of what the one before counted: "Thirty-nine of them",
    "All of them", "Of these, 41", "39 из них" near its start or of what its speaker says
    ("The air force said 70 of them were downed"), or right after a count anywhere ("shot down
    40 of the drones": the weapons counted before, named again with a definite word)."""
    words = reader.lex.words
    tokens = reader.doc.sentence_tokens(reader.doc.sentences[index])
    if not tokens:
        return False
    first = tokens[0].index
    start = first + _told_start(reader, index)
    counted = {q.last for q in reader.facts[index].quantities}
    named = {i for p in reader.facts[index].phrases for i in range(p.first, p.head + 1)}
    for a, b in pairwise(tokens):
        if a.low not in words.from_words:
            continue
        near = start <= a.index < start + _PART_REACH or a.index in counted
        if not near:
            continue
        if b.low in words.relative_pronouns or b.low in words.demonstratives:
            return True
        if (b.low in words.definite or b.low in words.demonstratives) and b.index + 1 in named:
            return True
    return False


def _told_start(reader: SentenceReader, index: int) -> int:
    """Where what the sentence's speaker says begins, when the speaker opens the sentence
    ("The Ukrainian air force said [that] ...", "В Воздушных силах сообщили, что ..."): the
    word after its verb of speech and complementizer; else the sentence's start."""
    mention = reader.facts[index].speaker.mention
    tokens = reader.doc.sentence_tokens(reader.doc.sentences[index])
    if mention is None or not tokens or mention.first - tokens[0].index > 2:
        return 0
    words = reader.lex.words
    probe = max(mention.last - tokens[0].index, 0)
    skipped = 0
    while probe < len(tokens) and skipped < _PART_REACH:
        token = tokens[probe]
        if token.lemma in words.speech_verbs:
            probe += 1
            while probe < len(tokens) and (
                tokens[probe].text == "," or tokens[probe].low in words.complementizers
            ):
                probe += 1
            return probe
        probe += 1
        skipped += 1
    return 0


def _opens_list(reader: SentenceReader, index: int) -> bool:
    """A sentence that ends with a colon, or opens "Вот что ...": the list below it is what it
    says."""
    tokens = reader.doc.sentence_tokens(reader.doc.sentences[index])
    words = tuple(t.low for t in tokens[:4])
    return bool(tokens) and (
        tokens[-1].text == ":" or opens_with(words, reader.lex.sequences.list_openers)
    )


def _opens_quote(reader: SentenceReader, sentence: Sentence) -> bool:
    """A sentence that opens with a quotation mark."""
    return reader.doc.clean[sentence.start : sentence.start + 1] in OPENING_QUOTES


def _names_statement(reader: SentenceReader, index: int) -> bool:
    """A line above a list that names a statement or its telling: "Главное из заявления:",
    "Key points of the statement:", "Что сказал президент:"."""
    tokens = reader.doc.sentence_tokens(reader.doc.sentences[index])
    words = reader.lex.words
    return _opens_list(reader, index) and any(
        t.lemma in words.statement_nouns or t.lemma in words.speech_verbs for t in tokens
    )


def refers_to_before(reader: SentenceReader, index: int) -> bool:
    """A sentence whose speaker signs the sentence before: "Об этом сообщил X", or "X
    сообщил об этом", "The air force reported this on Telegram"."""
    return _opens_with_this(reader, index) or _this_as_object(reader, index)


def _this_as_object(reader: SentenceReader, index: int) -> bool:
    """The speaker opens the sentence and its verb of speech takes "this" as its object, with
    nothing after it but a preposition's phrase: not "said this was the largest attack"."""
    start = _told_start(reader, index)
    if start == 0:
        return False
    tokens = reader.doc.sentence_tokens(reader.doc.sentences[index])
    words = tuple(t.low for t in tokens[start : start + 3])
    length = opener_length(words, reader.lex.sequences.this_objects)
    if not length:
        return False
    after = tokens[start + length] if start + length < len(tokens) else None
    return after is None or not after.is_word or after.info.pos == "PREP"


def _opens_with_this(reader: SentenceReader, index: int) -> bool:
    """A sentence that opens "Об этом ..." and so speaks of the sentence before."""
    tokens = reader.doc.sentence_tokens(reader.doc.sentences[index])
    # "Як передає Укрінформ, про це повідомили в ...": past the relaying medium's aside
    comma = next((i for i, t in enumerate(tokens[:_RELAY_ASIDE]) if t.text == ","), None)
    if comma is not None and any(
        t.lemma in reader.lex.words.speech_verbs for t in tokens[:comma]
    ):
        tokens = tokens[comma + 1 :]
    words = tuple(t.low for t in tokens[:4])
    return opens_with(words, reader.lex.sequences.this_refs)


_RELAY_ASIDE = 6  # "Як передає кореспондент Укрінформу,"


def _attribution_only(reader: SentenceReader, index: int) -> bool:
    """A line that is nothing but "— губернатор области." or "Источник: РИА Новости": it signs
    the paragraphs above it."""
    sentence = reader.doc.sentences[index]
    mention = reader.facts[index].speaker.mention
    if mention is None:
        return False
    words = [t for t in reader.doc.sentence_tokens(sentence) if t.is_word]
    signing = reader.lex.words.speech_verbs | reader.lex.words.source_labels
    return all(mention.first <= t.index < mention.last or t.lemma in signing for t in words)
