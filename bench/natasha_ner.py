"""natasha's segmentation + NER over a JSON Lines file: the natasha side of the throughput
comparison in bench/extract_throughput.py.

    python bench/natasha_ner.py posts.jsonl          # load, read, tag, print the span count
    python bench/natasha_ner.py posts.jsonl --time   # load and read first, then time the tagging
    python bench/natasha_ner.py posts.jsonl --time --warmup w.jsonl  # tag those before the clock

natasha's tagger (slovnet) runs its layers as numpy matrix products, so numpy's BLAS decides how
many cores it keeps busy: OPENBLAS_NUM_THREADS=1 (and OMP_/MKL_NUM_THREADS=1) in the environment
pins it to one. `--time` prints one JSON object: wall and CPU seconds of the tagging alone (every
thread's CPU), the span count, and the BLAS threads numpy runs.
"""

from __future__ import annotations

import ctypes
import glob
import json
import os
import sys
import time
from typing import Any

# The environment that pins numpy's BLAS (and so natasha) to one thread.
ONE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


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


def blas_threads() -> str:
    """The threads numpy's OpenBLAS runs (read from the library), or what is known of them."""
    import numpy

    folder = os.path.join(os.path.dirname(numpy.__file__), os.pardir, "numpy.libs")
    for path in glob.glob(os.path.join(folder, "*openblas*.so*")):
        library = ctypes.CDLL(path)
        for name in ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_",
                     "openblas_get_num_threads"):
            if hasattr(library, name):
                return str(getattr(library, name)())
    return f"unknown (OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', 'unset')})"


def texts_of(path: str) -> list[str]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def main(path: str, timed: bool = False, warmup: str | None = None) -> int:
    ner = NatashaNer()
    for text in texts_of(warmup) if warmup else ():  # first-use work done before the clock
        ner.spans(text)
    if not timed:
        total = 0
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    total += ner.spans(json.loads(line)["text"])
        print(total)
        return 0
    texts = texts_of(path)
    start, cpu_start = time.perf_counter(), time.process_time()
    total = sum(ner.spans(text) for text in texts)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(json.dumps({"wall": wall, "cpu": cpu, "spans": total, "threads": blas_threads()}))
    return 0


if __name__ == "__main__":
    rest = sys.argv[2:]
    sys.exit(main(sys.argv[1], "--time" in rest,
                  rest[rest.index("--warmup") + 1] if "--warmup" in rest else None))
