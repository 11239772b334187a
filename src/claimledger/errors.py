"""The root of claimledger's exceptions: every domain error a caller may catch derives from it.

The tree is documented in docs/errors.md. The command line turns these into one-line messages
(with the file and line where there is one) at its edge; library callers catch
`ClaimledgerError` or a narrower class.
"""

from __future__ import annotations

from importlib.util import find_spec


class ClaimledgerError(Exception):
    """Anything claimledger reports as a failure of its input or its environment."""


class GoldError(ClaimledgerError):
    """An annotation (gold) file that cannot be used: bad JSON, a changed text, bad offsets."""

    def __init__(self, path: str, line: int | None, text_id: str | None, message: str) -> None:
        where = path if line is None else f"{path}:{line}"
        if text_id:
            where = f"{where}: {text_id}"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.text_id = text_id
        self.message = message


class CatalogError(ClaimledgerError):
    """A row of the actor registry or the weapon catalogue that cannot be used: names the table,
    the entry and what is wrong with it."""

    def __init__(self, table: str, entry: str, message: str) -> None:
        super().__init__(f"{table}: {entry}: {message}")
        self.table = table
        self.entry = entry
        self.message = message


class MissingExtra(ClaimledgerError):
    """A feature whose optional packages are not installed: the message names the extra.

    `extra` is the name in `pip install 'claimledger[extra]'`; `module` the import that failed.
    """

    def __init__(self, feature: str, extra: str, module: str) -> None:
        super().__init__(
            f"{feature} needs claimledger[{extra}] (no module {module!r} here): "
            f"pip install 'claimledger[{extra}]'"
        )
        self.feature = feature
        self.extra = extra
        self.module = module


def require_extra(extra: str, feature: str, *modules: str) -> None:
    """Raise MissingExtra when one of `modules` (top-level names of the extra's packages) is
    not installed. Nothing is imported: the caller imports what it needs once this passes."""
    for module in modules:
        if find_spec(module) is None:
            raise MissingExtra(feature, extra, module)
