"""The fuzz harness, short profile (`make test`): Hypothesis draws hostile inputs for every reader
(tests/fuzz_inputs.py) and checks that none raises, that the good records in a file that also
holds bad ones all come out, and that whatever comes out is sound (tests/fuzz_checks.py). The
extractor's entry points get the hostile texts that survive the readers.

The long profile, with whole `extract` and `ingest` processes, is bench/fuzz.py. More examples
here: CLAIMLEDGER_FUZZ_EXAMPLES=500 pytest tests/test_fuzz_readers.py.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fuzz_inputs
from claimledger.extract import Extractor
from claimledger.extract.parallel import extract_reports
from claimledger.model import Report
from claimledger.sources.read_clean import clean_text
from claimledger.sources.readers import ReadProblem, read_reports
from fuzz_checks import problem_soundness, soundness

EXAMPLES = int(os.environ.get("CLAIMLEDGER_FUZZ_EXAMPLES", "25"))
PROFILE = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same inputs on every run of `make test`; bench/fuzz.py roams
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
STRATEGIES = {
    "jsonl": fuzz_inputs.jsonl_inputs(),
    "array": fuzz_inputs.array_inputs(),
    "telegram": fuzz_inputs.telegram_inputs(),
    "feed": fuzz_inputs.feed_inputs(),
    "html": fuzz_inputs.html_inputs(),
    "text": fuzz_inputs.text_inputs(),
}


def check(found: fuzz_inputs.Input) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / (found.name or "input")
        path.write_bytes(found.data)
        problems: list[ReadProblem] = []
        reports = list(read_reports([path], errors=problems))
    lost = found.good - {report.id for report in reports}
    assert not lost, (lost, [str(p) for p in problems])
    for report in reports:
        assert soundness(report) == [], report
    for problem in problems:
        assert problem_soundness(problem) == []


@pytest.mark.parametrize("kind", sorted(STRATEGIES))
def test_hostile_input_never_raises_nor_loses_good_records(kind: str) -> None:
    @PROFILE
    @given(STRATEGIES[kind])
    def run(found: fuzz_inputs.Input) -> None:
        check(found)

    run()


WORDS = st.sampled_from(
    "сбито 12 345 678 беспилотников над Курской областью ракет и знищено БпЛА Kyiv drones shot "
    "down 5 ночью « » - , . км от Белгорода 1e999 0 \n".split(" ")
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))


@PROFILE
@given(TEXTS, st.sampled_from(["auto", "ru", "uk", "en"]))
def test_the_extractor_takes_any_text_the_readers_let_through(text: str, lang: str) -> None:
    clean, _ = clean_text(text)
    if not clean.strip():
        return
    failures: list[str] = []
    report = Report(text=clean, lang=None if lang == "auto" else lang)
    extractions = list(extract_reports(
        [report], lang, extractor=Extractor(), on_error=lambda _, message: failures.append(message)
    ))
    assert failures == []
    assert len(extractions) == 1
