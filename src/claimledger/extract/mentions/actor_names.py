"""The actor registry's names as the actor reader matches them: by first word, by surname, by
stem, with the token tests that tell a name's word from another; and the places an actor's
title names."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from claimledger.catalog import forms
from claimledger.catalog.actors import actors
from claimledger.extract.derived import by_identity
from claimledger.extract.document.tokens import Document, Sentence, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.officials import foreign_body
from claimledger.extract.mentions.place_codes import HOME_COUNTRIES
from claimledger.extract.mentions.types import ActorMention, PlaceRef
from claimledger.model import Language
from claimledger.places.translit import translit_first
from claimledger.sources.registry import SourceInfo, SourceRegistry, opens_some

Entry = tuple[tuple[str, ...], str]
# A word of a name with the catalogue's marks ("повітрян*", "садов+") is a stem: it matches the
# lower-case form of a token, any inflected ending after it.
def _marked(word: str) -> bool:
    return "*" in word or "+" in word  # the two marks, tested without a generator (every test)


@cache
def _stem(word: str) -> re.Pattern[str]:
    return re.compile(forms.pattern(word, _STEM_READING))


_STEM_READING = forms.Reading(letters=r"[^\W\d_]", optional_hyphen="-?", hyphen="-", space=" ")


@cache
def by_first(
    lang: Language,
) -> tuple[dict[str, list[Entry]], tuple[tuple[re.Pattern[str], list[Entry]], ...]]:
    """Word sequences naming bodies, groups and offices -> actor ids, by their first word: the
    names of every actor that is not one person ("министерство оборона украина", lemmas;
    "повітрян* сил*", stems) and a person's office ("президент* україни"). The first words
    written as lemmas or forms, and those written as stems."""
    exact: dict[str, list[Entry]] = {}
    marked: dict[str, list[Entry]] = {}
    for actor in actors():
        if actor.role == "outlet":
            continue  # outlets are named as they write themselves (`_outlet`)
        for name in actor.all_names(lang):
            if actor.person and not _title(name):
                continue
            words = tuple(_folded(name).split())
            table = marked if _marked(words[0]) else exact
            table.setdefault(words[0], []).append((words, actor.id))
    return exact, tuple((_stem(word), entries) for word, entries in marked.items())


def body_candidates(lang: Language, token: Token) -> list[Entry]:
    """The bodies' names whose first word the token may be (none for most words: tested
    before building the list)."""
    exact, marked = by_first(lang)
    lemmas = token.info.lemmas
    found = (
        [entry for form in {token.lemma, token.low, *lemmas} for entry in exact.get(form, ())]
        if token.lemma in exact or token.low in exact or not exact.keys().isdisjoint(lemmas)
        else []
    )
    return found + [
        entry for regex, entries in marked if regex.fullmatch(token.low) for entry in entries
    ]


# Which of the actor reader's readers may find an actor at a word, told by the word alone (each
# reader's first test): most words the cheap test lets through open none, or the outlet's only.
ORGANISATION, LOCAL, PERSON, ROLE, ADMINISTRATION, OUTLET, BACK, TITLED = (1 << n for n in range(8))
_READERS: dict[tuple[Lexicon, str, str, str, frozenset[str]], int] = {}


def readers_at(lex: Lexicon, token: Token) -> int:
    """The readers that may find an actor at the token, as bits; remembered by the word and its
    analysis (the same words recur, post after post)."""
    key = (lex, token.text, token.low, token.lemma, token.info.lemmas)
    found = _READERS.get(key)
    if found is None:
        if len(_READERS) >= 1 << 16:
            _READERS.clear()
        found = _READERS[key] = _readers(lex, token)
    return found


def _readers(lex: Lexicon, token: Token) -> int:
    words, lemma = lex.words, token.lemma
    tests = (
        (ORGANISATION, bool(body_candidates(lex.lang, token))),
        (LOCAL, may_open(token, lex.sequences.local_groups)),
        (PERSON, bool(surname_keys(lex.lang, token))),
        (ROLE, lemma in words.role_words),
        (ADMINISTRATION, lemma in words.administrations or token.low in words.administrations),
        (TITLED, may_open(token, lex.sequences.state_titles)),
        (OUTLET, token.text[:1].isupper()),
        (BACK, any(lemma in w for w in (words.source_persons, words.back_pronouns,
                                        words.back_references))),
    )
    return sum(bit for bit, may in tests if may)


def may_name_outlet(
    doc: Document, registry: SourceRegistry, lang: Language, index: int, last: int
) -> bool:
    """Whether an outlet's name (up to three words, before `last`) may start at the token:
    some key of the registry or some outlet's name starts with its word (false for most
    capitalised words: the look-ups of the word and the two after it are saved)."""
    token = doc.tokens[index]
    if registry.may_start(token.text) or _opens_outlet_name(lang, token.text):
        return True
    # an address: its key is not its text's
    return "://" in doc.text[token.start : doc.tokens[min(index + 3, last) - 1].end]


@lru_cache(maxsize=1 << 14)  # asked of every capitalised word
def _opens_outlet_name(lang: Language, word: str) -> bool:
    return opens_some(_outlet_list(lang), word)


@cache
def _outlet_list(lang: Language) -> list[str]:
    return sorted(outlet_names(lang))


def _title(name: str) -> bool:
    """A person's name that is an office, matched whole: it opens with an inflected word
    ("президент* україни"), where a name opens with a given name ("андрей никитин")."""
    return " " in name and name.split()[0].endswith("*")


@cache
def outlet_names(lang: Language) -> dict[str, SourceInfo]:
    """Outlets by their names in `lang` exactly as written ("TASS", "Tass"; not the verb "shot");
    a Russian or Ukrainian text writes a brand in Latin letters as the brand writes itself
    ("пишет Baza", "сообщила Financial Times"), so the English names in Latin letters count
    there too."""
    found = {
        name: SourceInfo(actor.name, actor.kind, actor.side)
        for actor in actors().outlets()
        for name in actor.all_names(lang)
    }
    if lang != "en":
        for actor in actors().outlets():
            for name in actor.all_names("en"):
                if _LATIN_BRAND.fullmatch(name):
                    found.setdefault(name, SourceInfo(actor.name, actor.kind, actor.side))
    return found


# A brand in Latin letters with at least one capital: "Baza", "Financial Times", "i24NEWS".
_LATIN_BRAND = re.compile(r"(?=.*[A-Z])[A-Za-z0-9][A-Za-z0-9 .&'-]*")


@cache
def _surnames(lang: Language) -> dict[str, tuple[str, ...]]:
    """Surname lemmas (lower case, ё as е) -> actor ids; several when the surname is shared."""
    found: dict[str, list[str]] = {}
    for actor in actors():
        if actor.person:
            for name in actor.all_names(lang):
                if _title(name):
                    continue
                ids = found.setdefault(_folded(name).split()[-1], [])
                if actor.id not in ids:
                    ids.append(actor.id)
    return {surname: tuple(ids) for surname, ids in found.items()}


@cache
def given_names(lang: Language) -> dict[str, tuple[str, ...]]:
    """Given names (lemmas) of people whose names are written with them ("андрей никитин"):
    they tell two officials with one surname apart."""
    found: dict[str, list[str]] = {}
    for actor in actors():
        if actor.person:
            for name in actor.all_names(lang):
                if " " in name:
                    found.setdefault(_folded(name).split()[0], []).append(actor.id)
    return {given: tuple(ids) for given, ids in found.items()}


@cache
def _first_words(lex: Lexicon) -> frozenset[str]:
    words = lex.words
    return (
        frozenset(by_first(lex.lang)[0])
        | {sequence[0] for sequence in lex.sequences.local_groups}
        | {sequence[0] for sequence in lex.sequences.state_titles}
        | words.role_words
        | words.administrations
        | words.back_references
        | words.back_pronouns
        | words.source_persons
    )


def may_start_actor(lex: Lexicon, token: Token) -> bool:
    """A cheap test before the readers: a known first word, or a capitalised word."""
    if token.text[:1].isupper():
        return True
    first_words = _first_words(lex)
    if token.lemma in first_words or token.low in first_words:
        return True
    if not token.info.lemmas.isdisjoint(first_words):
        return True
    marked = by_first(lex.lang)[1]  # none in most languages: no generator made for nothing
    return bool(marked) and any(regex.fullmatch(token.low) for regex, _ in marked)


def may_open(token: Token, sequences: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `is_word` may hold of the token and the first word of one of `sequences`: false
    means none of them starts at it (most tokens), and the sequences need not be tried."""
    plain, stems = _openers(sequences)
    return bool(
        stems
        or token.lemma in plain
        or token.low in plain
        or not token.info.lemmas.isdisjoint(plain)
        or _folded(token.low) in plain
    )


@by_identity(limit=256)  # by identity: hashing the sequences cost more than the look-up
def _openers(sequences: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], bool]:
    """The first words of `sequences` written as words, and whether any sequence may start
    anywhere (a first word written as a stem, or no words at all)."""
    firsts = [words[0] for words in sequences if words]
    anywhere = len(firsts) < len(sequences) or any(_marked(w) for w in firsts)
    return frozenset(w for w in firsts if not _marked(w)), anywhere


def _folded(text: str) -> str:
    """Lower case with one apostrophe: names match "Russia’s" and "Russia's" alike."""
    return text.lower().replace("’", "'")


def reads(doc: Document, sentence: Sentence, index: int, words: tuple[str, ...]) -> bool:
    """Whether the tokens from `index` read `words` (by any lemma or the surface form), inside
    the sentence."""
    return index + len(words) <= sentence.last and all(
        is_word(doc.tokens[index + offset], word) for offset, word in enumerate(words)
    )


def is_word(token: Token, word: str) -> bool:
    if _marked(word):
        return _stem(word).fullmatch(token.low) is not None
    return (
        token.lemma == word
        or token.low == word
        or word in token.info.lemmas
        or _folded(token.low) == word
    )


def surname_keys(lang: Language, token: Token) -> tuple[str, ...]:
    if not token.text[:1].isupper() or len(token.low) < 3:
        return ()
    return _surname_keys(lang, token.lemma, token.info.lemmas, token.low)


@lru_cache(maxsize=1 << 16)
def _surname_keys(
    lang: Language, lemma: str, lemmas: frozenset[str], low: str
) -> tuple[str, ...]:
    """The actors a capitalised word may be the surname of (a word's forms recur across
    reports, so the scan over every surname runs once per form)."""
    surnames = _surnames(lang)
    for form in (lemma, *sorted(lemmas), low):
        if form in surnames:
            return surnames[form]
    # The first surname in order whose stem is the word, or (written out, five letters or
    # more) that the word is, with at most three letters more: the stems are tried in order,
    # the written ones looked up by the word's heads, and the earlier of the two kept.
    stems, written = _surname_scan(lang)
    found: tuple[int, tuple[str, ...]] | None = None
    for order, stem, keys in stems:
        if stem.fullmatch(low):
            found = (order, keys)
            break
    for size in range(max(_MIN_HEAD, len(low) - _MAX_TAIL), len(low) + 1):
        hit = written.get(low[:size])
        if hit is not None and (found is None or hit[0] < found[0]):
            found = hit
    return found[1] if found is not None else ()


_MIN_HEAD, _MAX_TAIL = 5, 3  # a written surname read as a word's head: its length, the tail's


@cache
def _surname_scan(
    lang: Language,
) -> tuple[
    tuple[tuple[int, re.Pattern[str], tuple[str, ...]], ...],
    dict[str, tuple[int, tuple[str, ...]]],
]:
    """The surnames written as stems, with their patterns, and those written out (of five
    letters or more) by name, each with its place in the order: told apart once, not again
    for every new word `_surname_keys` reads."""
    stems = []
    written: dict[str, tuple[int, tuple[str, ...]]] = {}
    for order, (surname, keys) in enumerate(_surnames(lang).items()):
        if _marked(surname):
            stems.append((order, _stem(surname), keys))
        elif len(surname) >= _MIN_HEAD:
            written[surname] = (order, keys)
    return tuple(stems), written


def place_starting(
    places: list[PlaceRef], index: int, doc: Document, sentence: Sentence
) -> PlaceRef | None:
    for place in places:
        if place.first == index:
            return place
    return None


def place_ending(places: list[PlaceRef], index: int) -> PlaceRef | None:
    for place in places:
        if place.last == index:
            return place
    return None


REGIONAL = frozenset({"region", "city", "town", "district"})


def region_code(ref: PlaceRef) -> str:
    place = ref.place
    if place.kind in ("city", "town", "district") and place.region:
        return place.region
    return place.code


_CITED_ENDS = frozenset({",", ".", ":", ";", ")", "—", "–"})  # what may follow a cited name


def cited_alone(doc: Document, lex: Lexicon, sentence: Sentence, index: int, last: int) -> bool:
    """A name (at `index` up to `last`) a source opener cites, alone: "по версии Киева,", "по
    данным Москвы," (not "according to Ukraine's air force", whose name owns a body)."""
    if last < sentence.last and doc.tokens[last].text not in _CITED_ENDS:
        return False
    before = [t.low for t in doc.tokens[max(sentence.first, index - 3) : index]]
    openers = lex.sequences.source_openers
    return any(tuple(before[-n:]) in openers for n in (1, 2, 3) if len(before) >= n) or (
        index > sentence.first and doc.tokens[index - 1].lemma in lex.words.account_nouns
    )


# Latin initials a Cyrillic given name may take in an actor's English name, the Russian form of
# a Ukrainian's name included ("Геннадий" is Hennadiy, "Евгений" Yevhen, "Николай" Mykola,
# "Александр" Oleksandr, "Елена" Olena, "Юрий" Yuri or Iurii), and the Ukrainian form of a
# Russian's ("Олександр Хінштейн" is Alexander, "Олексій" Alexei, "Євген" Evgeny).
_INITIALS = {"а": "ao", "г": "gh", "е": "eyo", "ё": "y", "и": "iy", "н": "nm", "ю": "yi",
             "я": "yi", "х": "kh", "э": "e", "є": "ye", "і": "i", "ї": "yi", "о": "oa"}


def same_initial(given: str, name: str) -> bool:
    """Whether a given name in the text may be the first name of an actor's English name: its
    initial, read in Latin letters, is the name's ("Андрей" is not "Ruslan")."""
    first = given[:1].lower()
    if not first or not name or (not "а" <= first <= "я" and first not in _INITIALS):
        return True  # not a Cyrillic name: no test
    latin = _INITIALS.get(first) or translit_first(first)[:1]
    return name[:1].lower() in latin


def foreign_mention(
    doc: Document,
    lex: Lexicon,
    sentence: Sentence,
    span: tuple[int, int],
    places: list[PlaceRef],
    key: str,
) -> ActorMention | None:
    """"Минобороны Сирии": a side's national body by name, owned by a third country, is that
    country's (the place that names the owner becomes the actor's)."""
    actor = actors()[key]
    found = owner_country(doc, lex, sentence, span, places, _abroad)
    if found is None or not actor.national or actor.side not in ("ru", "ua"):
        return None
    code, first, last, owner = found
    if owner is not None:
        owner.in_actor = True
    return ActorMention(first, last, foreign_body(key, code))


Owner = tuple[str, int, int, PlaceRef | None]  # country, the mention's bounds, its place


def owner_country(
    doc: Document,
    lex: Lexicon,
    sentence: Sentence,
    span: tuple[int, int],
    places: list[PlaceRef],
    fits: Callable[[PlaceRef], bool],
) -> Owner | None:
    """A country named as the owner of the words at `span` (a body, an office), by its
    adjective or name before them ("сирийское минобороны", "Syria's defence ministry", "US
    President") or its name after them ("Минобороны Сирии", "Президент США", "the President of
    France"), where its place `fits`: the country's code, the mention's new bounds and the place
    that names the owner (the caller marks it as the actor's, if it takes it)."""
    first, last = span
    if first > sentence.first:
        before = doc.tokens[first - 1]
        code = lex.country_adjectives.get(before.lemma) or lex.country_adjectives.get(before.low)
        if code is not None:
            return code, first - 1, last, None
        owner = place_ending(places, first) or (
            place_ending(places, first - 1) if before.low in lex.words.possessive_marks else None
        )
        if owner is not None and fits(owner):
            return owner.place.code, owner.first, last, owner
    linked = last < sentence.last and doc.tokens[last].low in lex.words.owner_preps
    place = place_starting(places, last + 1 if linked else last, doc, sentence)
    if place is None or not fits(place):
        return None
    return place.place.code, first, place.last, place


def a_country(place: PlaceRef) -> bool:
    return place.place.kind == "country"


def _abroad(place: PlaceRef) -> bool:
    """A country other than the two of the war."""
    return a_country(place) and place.place.code not in HOME_COUNTRIES
