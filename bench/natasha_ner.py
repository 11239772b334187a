"""natasha's segmentation + NER over a JSON Lines file: the whole-process side of the throughput
comparison in bench/extract_throughput.py (load the models, read the posts, tag, print a count).

    python bench/natasha_ner.py posts.jsonl
"""

from __future__ import annotations

import json
import sys
from typing import Any


class NatashaNer:
    """natasha's news segmenter and NER tagger, loaded once."""

    def __init__(self) -> None:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        self.segmenter = Segmenter()
        self.tagger = NewsNERTagger(NewsEmbedding())

    def spans(self, text: str) -> int:
        from natasha import Doc

        doc: Any = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_ner(self.tagger)
        return len(doc.spans)


def main(path: str) -> int:
    ner = NatashaNer()
    total = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                total += ner.spans(json.loads(line)["text"])
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
