"""English grammars: one module per claim pattern family, assembled in `extractor`."""

from claimledger.extract.en.extractor import extract

__all__ = ["extract"]
