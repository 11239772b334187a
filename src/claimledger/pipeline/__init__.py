"""The stages put together: read -> extract -> store, above the sources, extract, ledger and
media packages (which know nothing of each other's work).

    from claimledger.pipeline import ingest
    with Ledger.open("claimledger.db") as ledger:
        stats = ingest(read_reports(["posts.jsonl"]), ledger)
"""

from claimledger.pipeline.ingest import ExtractionPool, IngestStats, default_workers, ingest

__all__ = ["ExtractionPool", "IngestStats", "default_workers", "ingest"]
