"""Launches and hits: "ВСУ выпустили 6 ракет ATACMS", "атаковала Украину 87 беспилотниками",
"одна достигла цели", "прилет", "попадание", "БПЛА врезался в пятиэтажку".

"удар" is read by the case of its weapon: with the instrumental it is a launch ("удар шестью
ракетами"), with the genitive a hit ("в результате удара дрона"). A drone that "атаковал" a
building hit it; one that "попытался атаковать" was launched. Motion verbs ("летело около 40
БПЛА") are weak launches, used only when the clause says nothing stronger.
"""

from __future__ import annotations

from claimledger.extract.document.tokens import Document
from claimledger.extract.ru.actions import ActionWord, Lexicon
from claimledger.extract.ru.mentions import ActionMention, WeaponPhrase

LAUNCHED = ActionWord("launched", 3)
HIT = ActionWord("hit", 4)
WEAK_LAUNCH = ActionWord("launched", 1, weak=True, finite_only=True)

LEXICON: Lexicon = {
    "атаковать": LAUNCHED,
    "атака": LAUNCHED,
    "выпустить": LAUNCHED,
    "запустить": LAUNCHED,
    "пуск": LAUNCHED,
    "запуск": LAUNCHED,
    "применить": LAUNCHED,
    "применение": LAUNCHED,
    "использование": LAUNCHED,
    "ударить": LAUNCHED,
    "использовать": LAUNCHED,
    "участвовать": ActionWord("launched", 3, frozenset({"атака", "удар", "налет"}), 3),
    "нанести": ActionWord("launched", 3, frozenset({"удар"}), 3),
    "удар": LAUNCHED,
    "попасть": HIT,
    "попадание": HIT,
    "прилет": HIT,
    "прилететь": HIT,
    "врезаться": HIT,
    "взорваться": HIT,
    "достигнуть": ActionWord("hit", 4, frozenset({"цель"}), 2),
    "достичь": ActionWord("hit", 4, frozenset({"цель"}), 2),
    "лететь": WEAK_LAUNCH,
    "направляться": WEAK_LAUNCH,
}

STRIKE_NOUNS = frozenset({"удар", "атака"})
# Nouns that report one event of one weapon: "попадания беспилотника", "уничтожения БПЛА".
# "применения ракеты" or "пуска ракеты" usually name a kind of event, not a reported one.
EVENT_NOUNS = frozenset(
    {
        "удар",
        "атака",
        "попадание",
        "прилет",
        "уничтожение",
        "сбитие",
        "перехват",
        "подавление",
    }
)
ATTEMPT_LEMMAS = frozenset({"попытаться", "пытаться", "попытка"})
GENITIVE = "gent"
INSTRUMENTAL = "ablt"


def governed_action(
    doc: Document, action: ActionMention, phrase: WeaponPhrase, counted: bool
) -> str:
    """The action a strike noun or "атаковать" gives to a weapon it governs.

    A single uncounted drone that "атаковал многоэтажку" hit it; "120 ракет атаковали" is a count
    of a launch.
    """
    token = doc.tokens[action.token]
    head = doc.tokens[phrase.head]
    if (
        token.lemma == "удар"
        and GENITIVE in head.info.all_grams
        and action.last <= phrase.first <= action.last + 2
    ):
        return "hit"
    if (
        token.lemma == "атаковать"
        and not counted
        and phrase.last <= action.first
        and not _attempted(doc, action)
    ):
        return "hit"
    return action.action


def _attempted(doc: Document, action: ActionMention) -> bool:
    start = max(0, action.first - 2)
    return any(doc.tokens[i].lemma in ATTEMPT_LEMMAS for i in range(start, action.first))
