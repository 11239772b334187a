"""Launches and hits: "ВСУ выпустили 6 ракет ATACMS", "атаковала Украину 87 беспилотниками",
"одна достигла цели", "прилет", "попадание", "БПЛА врезался в пятиэтажку".

"удар" is read by the case of its weapon: with the instrumental it is a launch ("удар шестью
ракетами"), with the genitive a hit ("в результате удара дрона"). A drone that "атаковал" a
building hit it; one that "попытался атаковать" was launched. Motion verbs ("летело около 40
БПЛА") are weak launches, used only when the clause says nothing stronger.
"""

from __future__ import annotations

from claimledger.extract.document.tokens import Document
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.types import ActionMention, WeaponPhrase

GENITIVE = "gent"
INSTRUMENTAL = "ablt"
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def governed_action(
    doc: Document, lex: Lexicon, action: ActionMention, phrase: WeaponPhrase, counted: bool
) -> str:
    """The action a strike noun or "атаковать" gives to a weapon it governs.

    A single uncounted drone that "атаковал многоэтажку" hit it; "120 ракет атаковали" is a count
    of a launch.
    """
    token = doc.tokens[action.token]
    head = doc.tokens[phrase.head]
    word = lex.actions.get(token.lemma)
    if word is not None and word.passive_only and INSTRUMENTAL in head.info.grams:
        return "hit"  # "ракетой поражен зенитный комплекс": the missile struck, was not downed
    if action.action == "hit" and _instrument(doc, lex, action, phrase):
        # "struck Kyiv with 20 missiles": the missiles were sent, not hits; "struck the
        # district with a guided bomb": the one bomb struck it (ANNOTATION.md: hit)
        return "launched"
    if (
        token.lemma in lex.words.hit_by_genitive
        and (GENITIVE in head.info.all_grams or _caseless_after(doc, action, phrase))
        and action.last <= phrase.first <= action.last + 2
        and not any(
            doc.tokens[i].text in lex.words.clause_breaks for i in range(action.last, phrase.first)
        )
    ):
        return "hit"  # "удар дрона"; "удару: 210 засобів" is a list of what struck
    if (
        token.lemma in lex.words.hit_by_single_genitive
        and not counted
        and GENITIVE in head.info.all_grams
        and "sing" in head.info.numbers
        and action.last <= phrase.first <= action.last + 2
        and not _attempted(doc, lex, action)
    ):
        return "hit"  # "при атаке дрона на автомобиль": the one drone struck
    strikes_it = token.lemma in lex.words.subject_strike_verbs
    if strikes_it and _striking_subject(doc, lex, action, phrase):
        return "hit"  # "по заводу ударили 13 беспилотников": not "ударили 13 беспилотниками"
    if (
        token.lemma in lex.words.attack_verbs
        and not counted
        and phrase.last <= action.first
        and not _attempted(doc, lex, action)
    ):
        return "hit"
    if token.lemma in lex.words.drop_verbs and phrase.weapon == "uav" and not counted:
        return "hit"  # "дрон скинув вибухівку на маршрутку": the drone struck, dropping no drone
    if token.lemma in lex.words.ruin_verbs and _subject_ruins(doc, lex, action, phrase):
        return "hit"  # "two missiles destroyed a warehouse": they struck it, were not downed
    return action.action


_SUBJECT_REACH = 2  # "two missiles reportedly destroyed": words between the subject and its verb
_OBJECT_REACH = 4  # "destroyed a large grain warehouse": words before the object's noun


def _subject_ruins(
    doc: Document, lex: Lexicon, action: ActionMention, phrase: WeaponPhrase
) -> bool:
    """The weapons right before an active verb of destroying, a thing destroyed after it: the
    subject that struck. Not a passive ("drones were destroyed"), nor a verb with no object
    ("14 drones destroyed over Kursk"), nor a defender after it (ru "28 дронов уничтожили
    средства ПВО": the object first)."""
    between = doc.tokens[phrase.last : action.first]
    if phrase.last > action.first or len(between) > _SUBJECT_REACH:
        return False
    if any(t.lemma in lex.words.be_forms or t.low in lex.words.be_forms for t in between):
        return False
    if doc.tokens[action.token].info.pos in ("PRTF", "PRTS"):
        return False
    words = lex.words
    defenders = words.defence_nouns | words.subject_force_words | words.force_words
    found = False
    for token in doc.tokens[action.last : action.last + _OBJECT_REACH]:
        if not token.is_word or token.info.pos in ("PREP", "CONJ", "ADVB"):
            break
        if token.lemma in defenders or token.low in defenders:
            return False  # "уничтожили дежурные средства ПВО": who downed them
        found = found or token.info.is_noun
    return found


_STRIKE_REACH = 5  # "ударили по меньшей мере 13 беспилотников": words between verb and subject


def _striking_subject(
    doc: Document, lex: Lexicon, action: ActionMention, phrase: WeaponPhrase
) -> bool:
    """The weapons are the subject of a verb of striking, before or after it in its clause: a
    case of their own that is not the instrumental, no preposition right before them, no clause
    break between."""
    head = doc.tokens[phrase.head]
    cases = head.info.all_grams & _CASES
    if not cases or INSTRUMENTAL in cases:
        return False  # "ударили ракетами", "ударили HIMARS": the instrument, or no case to tell
    if phrase.first >= action.last:
        between = range(action.last, phrase.first)
    else:
        between = range(phrase.last, action.first)
    if len(between) > _STRIKE_REACH or any(
        doc.tokens[i].text in lex.words.clause_breaks for i in between
    ):
        return False
    before = phrase.first - 1
    while before >= 0 and _count_word(doc, before):
        before -= 1  # "по меньшей мере 13 беспилотников": past the count to what governs it
    return before < 0 or doc.tokens[before].info.pos != "PREP"


def _count_word(doc: Document, index: int) -> bool:
    token = doc.tokens[index]
    return token.info.pos == "NUMR" or token.text.isdigit()


def _caseless_after(doc: Document, action: ActionMention, phrase: WeaponPhrase) -> bool:
    """ "шестью ударами РС-26": a model with no case of its own right after the strike noun is
    what struck (an instrument would come as "ракетой РС-26")."""
    return phrase.first == action.last and not doc.tokens[phrase.head].info.all_grams & _CASES


_INSTRUMENT_REACH = 7  # "hit Ukraine with 37 missiles and 80 drones": the list after "with"


def _instrument(doc: Document, lex: Lexicon, action: ActionMention, phrase: WeaponPhrase) -> bool:
    """The weapon after an instrument preposition following the verb: "struck ... with 20"."""
    if phrase.first < action.last:
        return False
    low = max(action.last, phrase.first - _INSTRUMENT_REACH)
    for index in range(phrase.first - 1, low - 1, -1):
        if doc.tokens[index].low in lex.words.instrument_preps:
            return doc.tokens[index + 1].low not in lex.words.articles
        if doc.tokens[index].info.pos == "PREP":
            return False
    return False


def _attempted(doc: Document, lex: Lexicon, action: ActionMention) -> bool:
    start = max(0, action.first - 2)
    return any(doc.tokens[i].lemma in lex.words.attempt for i in range(start, action.first))
