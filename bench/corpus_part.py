"""The first lines of a corpus as a file of their own, for a shorter bench run."""

from __future__ import annotations

import itertools
from pathlib import Path


def corpus_part(corpus: Path, limit: int | None, folder: Path) -> Path:
    if limit is None:
        return corpus
    part = folder / "part.jsonl"
    with corpus.open(encoding="utf-8") as lines, part.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(lines, limit))
    return part
