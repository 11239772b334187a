"""How much of the claimant a report's text alone gives, without the actor registry's names.

Texts nobody tuned the rules to name officials the registry has never heard of: another
region's governor, a new spokesman, a mayor of a small town. This bench takes the annotated texts
of a split and gives every person of the registry (governors, mayors, spokesmen, ministers,
commanders, presidents) found in them a surname nobody holds (`Zarubov` for `Gladkov`, `Заруб`
plus the surname's own last two letters in Russian and Ukrainian, so that "Гладкова" becomes
"Зарубова" and declines as before). What the text says of the person ("губернатор Белгородской
области", "spokesman for the air force", "начальник ОВА") stays. It then scores the extraction
of the original and of the renamed texts against the same gold, side by side: claim F1 and
claimant accuracy (side and kind, as scored). Where a text names a person with no word of who
they are, the claimant cannot be told without the registry, and the renamed text may rightly
lose it; the listing (`--show`, dev only) shows which claims changed.

    python bench/unknown_names.py --split dev --fold a --show
    python bench/unknown_names.py --split dev --lang en
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from claimledger.catalog.actors import Actor, actors
from claimledger.evaluation.gold import GoldText, load_all
from claimledger.evaluation.run import gold_report
from claimledger.evaluation.score import Score, describe, match_claims, score_report
from claimledger.evaluation.sets import fold_of
from claimledger.extract import Extractor
from claimledger.model import Language, Report

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
# Stems no official of either country holds; one per person of a text, in order of appearance.
STEMS = {
    "en": ("Zarub", "Pelish", "Dorch", "Vakul"),
    "ru": ("Заруб", "Пелиш", "Дорч", "Вакул"),
    "uk": ("Заруб", "Пеліш", "Дорч", "Вакул"),
}


def _surnames(actor: Actor, lang: Language) -> list[str]:
    """The spellings of a person's surname in `lang`, as stems (a trailing `*` dropped), the
    English full name's last word among them."""
    names = [n.rstrip("*") for n in actor.names(lang) if " " not in n]
    if lang == "en" and actor.surname:
        names.append(actor.surname)
    return sorted({n for n in names if len(n) >= 3}, key=len, reverse=True)


def _people(lang: Language) -> list[tuple[str, list[str]]]:
    return [(a.id, _surnames(a, lang)) for a in actors() if a.person]


def renamed(text: str, lang: Language) -> tuple[str, list[str]]:
    """The text with each registry person's surname replaced, and the surnames replaced."""
    stems = iter(STEMS[lang])
    done: list[str] = []
    for _, surnames in _people(lang):
        hits = [s for s in surnames if _pattern(s, lang).search(text)]
        if not hits:
            continue
        stem = next(stems, None)
        if stem is None:
            break
        for surname in hits:
            text = _pattern(surname, lang).sub(lambda m, s=surname, t=stem: _swap(m, s, t), text)
        done.append(hits[0])
    return text, done


def _pattern(surname: str, lang: str) -> re.Pattern[str]:
    # a capitalised word that begins with the surname (Russian and Ukrainian decline it), at
    # most a short ending after it
    tail = r"[a-z']{0,2}" if lang == "en" else r"[а-яіїєґё]{0,3}"
    return re.compile(rf"(?<![\w-]){re.escape(surname[:1].upper() + surname[1:])}{tail}(?!\w)")


def _swap(match: re.Match[str], surname: str, stem: str) -> str:
    word = match.group(0)
    return stem + surname[-2:] + word[len(surname):]


def _claims(extractor: Extractor, report: Report) -> list[dict[str, object]]:
    return [c.to_dict() for c in extractor.extract(report).claims]


def run(texts: Iterable[GoldText], show: bool) -> tuple[Score, Score, int]:
    extractor = Extractor()
    before, after = Score(), Score()
    touched = 0
    for gold in texts:
        original = gold_report(gold)
        text, done = renamed(original.text, gold.lang)
        if not done:
            continue
        touched += 1
        report = gold_report(gold)
        report.text = text
        first, second = _claims(extractor, original), _claims(extractor, report)
        score_report(before, gold.id, gold.claims, first)
        score_report(after, gold.id, gold.claims, second)
        if show:
            _show(gold, first, second, done, text)
    return before, after, touched


def _claimant_ok(gold: GoldText, predicted: list[dict[str, object]]) -> dict[int, str]:
    pairs, _, _ = match_claims(gold.claims, predicted)
    out = {}
    for g, p in pairs:
        claim = predicted[p]
        ok = (gold.claims[g].get("claimant_side"), gold.claims[g].get("claimant_kind")) == (
            claim.get("claimant_side"), claim.get("claimant_kind"))
        out[g] = f"{'ok ' if ok else 'BAD'} {claim.get('claimant')}/{claim.get('claimant_side')}"\
                 f"/{claim.get('claimant_kind')}"
    return out


def _show(gold: GoldText, first: list[dict[str, object]], second: list[dict[str, object]],
          done: list[str], text: str) -> None:
    a, b = _claimant_ok(gold, first), _claimant_ok(gold, second)
    changed = [g for g in range(len(gold.claims)) if a.get(g) != b.get(g)]
    if not changed:
        return
    print(f"== {gold.id} ({gold.lang}) renamed: {', '.join(done)}")
    for stem in STEMS[gold.lang][: len(done)]:
        for hit in list(re.finditer(stem, text))[:3]:
            around = text[max(0, hit.start() - 90) : hit.end() + 60].replace("\n", " / ")
            print(f"  ...{around}...")
    for g in changed:
        print(f"  gold   {describe(gold.claims[g])}")
        print(f"    before: {a.get(g, 'missed')}")
        print(f"    after:  {b.get(g, 'missed')}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["dev", "blind"], default="dev")
    parser.add_argument("--fold", choices=["a", "b", "all"], default="all")
    parser.add_argument("--lang", choices=["all", "ru", "uk", "en"], default="all")
    parser.add_argument("--show", action="store_true", help="the claims that changed (dev only)")
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    if args.show and args.split == "blind":
        parser.error("--show lists claims: dev only")
    texts = [t for t in load_all(ROOT / "eval" / "gold", args.shared)
             if t.split == args.split and args.lang in ("all", t.lang)
             and args.fold in ("all", fold_of(t.id))]
    print(f"{args.split}, fold {args.fold}, {args.lang}: {len(texts)} texts")
    for lang in ("ru", "uk", "en"):
        chosen = [t for t in texts if t.lang == lang]
        if not chosen:
            continue
        before, after, touched = run(chosen, args.show)
        print(f"{lang}: {touched} of {len(chosen)} texts name a registry person")
        for name, score in (("registry names", before), ("renamed", after)):
            print(f"  {name:<15} gold {score.gold:>4} pred {score.predicted:>4} matched "
                  f"{score.matched:>4}  F1 {score.f1:.3f}  claimant {score.claimant_accuracy:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
