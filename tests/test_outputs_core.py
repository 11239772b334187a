"""The outputs core end to end: quotes over paragraphs, hedges beside claims, the lexicon's rows
checked on loading, the pattern elements the rows use, and markers of every language reaching
the incident status rules alike."""

from __future__ import annotations

from datetime import datetime

import pytest

from claimledger.extract import Extractor
from claimledger.extract.document.tokens import analyse
from claimledger.extract.grammar.patterns import PatternMatcher
from claimledger.extract.lexicon import LexiconError, lexicon, parse_lexicon
from claimledger.incidents import build_incidents, records_from_extractions
from claimledger.incidents.cluster import GazetteerPlaces
from claimledger.model import Report
from claimledger.resources import Resources, default_resources


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Resources())


def test_a_quote_over_three_paragraphs_keeps_one_span_each(extractor: Extractor) -> None:
    text = (
        "Губернатор Курской области Алексей Смирнов написал: «Ночью над регионом сбиты четыре "
        "беспилотника.\n\n«Пострадавших нет, повреждены два дома.\n\n«Прошу всех сохранять "
        "спокойствие».\n\n«Ситуация под контролем», — добавил он."
    )
    quotes = extractor.extract(Report(text=text), "ru").quotes
    assert [(q.speaker, len(q.spans)) for q in quotes] == [
        ("Alexei Smirnov", 3),
        ("Alexei Smirnov", 1),
    ]
    assert quotes[0].speaker_description == "Губернатор Курской области"
    assert [s.text for s in quotes[0].spans] == [
        "Ночью над регионом сбиты четыре беспилотника.",
        "Пострадавших нет, повреждены два дома.",
        "Прошу всех сохранять спокойствие",
    ]


def test_a_pronoun_and_a_following_quote_keep_the_speaker(extractor: Extractor) -> None:
    text = (
        "Мешканка Харкова Олена Петренко розповіла: “Ми ховалися в коридорі, коли почалася "
        "атака.\n\nПотім усе стихло, і ми вийшли надвір”. Вона додала: “Вікна вибило в усьому "
        "під’їзді”."
    )
    quotes = extractor.extract(Report(text=text), "uk").quotes
    assert [(q.speaker, q.speaker_description, len(q.spans)) for q in quotes] == [
        ("Олена Петренко", "Мешканка Харкова", 2),
        ("Олена Петренко", "Мешканка Харкова", 1),
    ]


def test_a_quote_said_in_a_statement_is_the_body_named_before(extractor: Extractor) -> None:
    text = (
        "Об этом сообщили в Минобороны России. «В течение ночи дежурными средствами ПВО "
        "уничтожены пять беспилотников», — говорится в сообщении ведомства."
    )
    (quote,) = extractor.extract(Report(text=text), "ru").quotes
    assert quote.speaker == "Russian Ministry of Defence"


def test_hedges_count_only_beside_claims(extractor: Extractor) -> None:
    text = (
        "Над Брянской областью предположительно сбиты три беспилотника. Возможно, завтра "
        "будет дождь, вероятно, со снегом."
    )
    extraction = extractor.extract(Report(text=text), "ru")
    assert extraction.claims
    assert [(m.kind, m.evidence.text) for m in extraction.markers] == [
        ("hedged", "предположительно")
    ]


def test_media_take_the_speaker_and_unclear_footage(extractor: Extractor) -> None:
    text = (
        "Минобороны России опубликовало видео уничтожения беспилотника. Место съемки видео "
        "установить не удалось."
    )
    extraction = extractor.extract(Report(text=text), "ru")
    (video,) = extraction.media
    assert (video.kind, video.claimant, video.provenance) == (
        "video",
        "Russian Ministry of Defence",
        "unclear",
    )


# The same claim and marker, reported once in each language.
SAME_NIGHT = {
    "denied": {
        "en": "Russia's Defence Ministry said air defences shot down 12 Ukrainian drones over "
        "the Belgorod region overnight. Kyiv denied the claims.",
        "ru": "Минобороны России сообщило, что ночью средства ПВО сбили 12 украинских "
        "беспилотников над Белгородской областью. В Киеве опровергли эти сообщения.",
        "uk": "Міноборони Росії заявило, що вночі ППО збила 12 українських безпілотників над "
        "Бєлгородською областю. У Києві спростували ці заяви.",
    },
    "unverified": {
        "en": "Russia's Defence Ministry said air defences shot down 12 Ukrainian drones over "
        "the Belgorod region overnight. The claim could not be independently verified.",
        "ru": "Минобороны России сообщило, что ночью средства ПВО сбили 12 украинских "
        "беспилотников над Белгородской областью. Би-би-си не может независимо проверить "
        "эти данные.",
        "uk": "Міноборони Росії заявило, що вночі ППО збила 12 українських безпілотників над "
        "Бєлгородською областю. Перевірити ці дані незалежно не вдалося.",
    },
    "no_comment": {
        "en": "Russia's Defence Ministry said air defences shot down 12 Ukrainian drones over "
        "the Belgorod region overnight. Kyiv declined to comment.",
        "ru": "Минобороны России сообщило, что ночью средства ПВО сбили 12 украинских "
        "беспилотников над Белгородской областью. В Киеве эти заявления не комментировали.",
        "uk": "Міноборони Росії заявило, що вночі ППО збила 12 українських безпілотників над "
        "Бєлгородською областю. У Києві ці заяви не коментували.",
    },
}


@pytest.mark.parametrize("kind", sorted(SAME_NIGHT))
def test_markers_of_every_language_reach_the_status_alike(kind: str, extractor: Extractor) -> None:
    published = datetime.fromisoformat("2024-11-22T06:00:00+00:00")
    seen = set()
    for lang, text in SAME_NIGHT[kind].items():
        extraction = extractor.extract(
            Report(text=text, source=f"wire-{lang}", published=published), lang
        )
        assert kind in {m.kind for m in extraction.markers}, lang
        places = GazetteerPlaces(default_resources().gazetteer)
        (incident,) = build_incidents(records_from_extractions([extraction]), places)
        seen.add((incident.id, incident.status, tuple(incident.reasons), tuple(incident.markers)))
    (only,) = seen
    assert only[1] == ("disputed" if kind == "denied" else "claimed")
    assert only[3] == (kind,)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ('[[markers]]\nkind = "rumour"\nmatch = ["a"]', "kind must be one of"),
        ('[[markers]]\nkind = "denied"\nmatch = ["@no_such_role"]', "no word role"),
        ('[[markers]]\nkind = "denied"\nmatch = []', "an empty match"),
        ('[[media]]\nkind = "audio"\nmatch = ["a"]', "kind must be one of"),
        ('[outputs]\nquote_marks = [["«"]]', "pairs"),
        ('[outputs]\nspeech = ["a"]', "unknown role"),
        ('[outputs.distance_units]\n"км" = "one"', "kilometres"),
    ],
)
def test_a_bad_outputs_row_names_itself(row: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        parse_lexicon(f'lang = "ru"\n{row}\n', "test.toml")


@pytest.mark.parametrize(
    ("text", "elements", "expected"),
    [
        ("Видео появилось в сети, затем его удалили.", ("видео", "~,"), "Видео появилось в сети"),
        (
            "Видео появилось в сети, затем его удалили.",
            ("видео", "~."),
            "Видео появилось в сети, затем его удалили",
        ),
        ("Киев не опроверг эти данные.", ("!не", "опровергнуть"), None),
        ("Киев опроверг эти данные.", ("!не", "опровергнуть"), "опроверг"),
        ("Опроверг.", ("!не", "опровергнуть"), "Опроверг"),
    ],
)
def test_pattern_elements_of_the_rows(
    text: str, elements: tuple[str, ...], expected: str | None
) -> None:
    lex = lexicon("ru")
    doc = analyse(text, default_resources().lexer("ru"))
    sentence = doc.sentences[0]
    matcher = PatternMatcher(doc, "ru", lex.word_set, ())
    found = [
        (i, end)
        for i in range(sentence.first, sentence.last)
        if (end := matcher.match_at(elements, i, sentence)) is not None
    ]
    if expected is None:
        assert found == []
        return
    first, last = found[0]
    assert text[doc.tokens[first].start : doc.tokens[last - 1].end] == expected


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_every_row_can_be_found_by_the_cheap_look(lang: str) -> None:
    """Each row of markers and media names words the trigger can look for."""
    from claimledger.extract.outputs.cues import trigger_stems

    lex = lexicon(lang)  # type: ignore[arg-type]
    for rows in (lex.outputs.markers, lex.outputs.media):
        for needed in trigger_stems(lex, rows):
            assert needed and all(stems for stems in needed)
