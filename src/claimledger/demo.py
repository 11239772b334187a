"""The demo ledger: the sample reports bundled with claimledger, and one recycled photo.

`claimledger demo` (and `make run`) builds it. The samples are written for the purpose, no real
post copied, and chosen so that every example of the README's "Using it" section finds
something (tests/test_readme.py runs them): claims in the Kaluga region on 22 November 2024,
one of them about the city itself; an incident there, `2024-11-22/RU-KLU/uav/ua`, whose origins
disagree (disputed) and which a channel relays; English reports of other nights and places.

The photo is generated (claimledger.media.synthetic), never a real picture: it first appears
with a May sample and again, cropped and re-encoded, with the relaying channel's post, so the
dashboard's media page and `claimledger media match` show recycled footage.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimledger.ledger import Ledger, LedgerError
from claimledger.pipeline import IngestStats, ingest
from claimledger.sources.readers import ReadProblem, read_folder_reports

if TYPE_CHECKING:
    from PIL import Image

    from claimledger.model import Report

DEMO_PHOTO_SEED = 20240516
# The photo's first appearance, and the later post that carries it again (by report URL).
PHOTO_FIRST_URL = "https://example.org/europe/crimea-airfield"
PHOTO_AGAIN_URL = "https://t.me/example_news_ru/example-5"


@dataclass(slots=True)
class Demo:
    """What building the demo did."""

    samples: list[Report]
    stats: IngestStats
    claims: list[dict[str, Any]]  # the claims of the samples, by date
    counts: dict[str, int]  # rows per table of the whole ledger
    media: int = 0  # photos stored (new or already there)
    problems: list[ReadProblem] = field(default_factory=list)


def sample_reports(problems: list[ReadProblem]) -> list[Report]:
    """The bundled sample reports, by file name."""
    return list(read_folder_reports(resources.files("claimledger").joinpath("samples"), problems))


def build_demo(db_path: str | Path) -> Demo:
    """Ingest the samples into the ledger at `db_path` (again: nothing changes), and add the
    recycled photo when the ledger has a media folder (an SQLite file's, or CLAIMLEDGER_MEDIA
    for PostgreSQL)."""
    problems: list[ReadProblem] = []
    samples = sample_reports(problems)
    with Ledger.open(db_path) as ledger:
        stats = ingest(samples, ledger, errors=problems)
        claims = [c for report in samples for c in ledger.claims(report_id=report.id)]
        media = _add_photo(ledger, samples)
        counts = ledger.counts()
    return Demo(samples, stats, claims, counts, media, problems)


def demo_photo() -> Image.Image:
    """The demo's photo as first published."""
    from claimledger.media.synthetic import scene

    return scene(DEMO_PHOTO_SEED)


def _add_photo(ledger: Ledger, samples: list[Report]) -> int:
    from claimledger.media import MediaLibrary
    from claimledger.media.synthetic import crop, jpeg_bytes

    by_url = {report.url: report for report in samples}
    first, again = by_url.get(PHOTO_FIRST_URL), by_url.get(PHOTO_AGAIN_URL)
    if first is None or again is None:
        return 0
    photo = demo_photo()
    copies = [(first, jpeg_bytes(photo, 90)), (again, jpeg_bytes(crop(photo, 0.06), 70))]
    try:
        library = MediaLibrary(ledger)
    except LedgerError:  # no media folder (a PostgreSQL ledger without CLAIMLEDGER_MEDIA)
        return 0
    with tempfile.TemporaryDirectory(prefix="claimledger-demo-") as folder, library:
        for number, (report, data) in enumerate(copies, start=1):
            path = Path(folder) / f"photo-{number}.jpg"
            path.write_bytes(data)
            library.add(path, report.id)
    return len(copies)
