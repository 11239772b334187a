"""The package's stage boundaries, read from its source: no import cycle between claimledger's
modules, the ledger importing no other stage (orchestration lives in claimledger.pipeline), and
database drivers and SQL only inside claimledger.ledger.

Every import that runs counts, at module level or inside a function: a cycle hidden in a
function is still a cycle. Imports under `if TYPE_CHECKING:` never run, so they make no cycle
(they are how two modules name each other's types); they do count as a stage's dependency. A
module importing its own package (its parents) is not an edge: Python runs a package's
__init__ before any of its modules anyway.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

SOURCE = Path(__file__).parent.parent / "src"
PACKAGE = SOURCE / "claimledger"
DRIVERS = ("sqlite3", "sqlalchemy", "psycopg")
# What the storage layer may build on: the claim model and the root of the errors.
LEDGER_MAY_IMPORT = ("claimledger.ledger", "claimledger.model", "claimledger.errors")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imported(name: str, path: Path, *, typing: bool = True) -> Iterator[str]:
    """Every module name an import statement of the module names (absolute or relative);
    without `typing`, not those under `if TYPE_CHECKING:`."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = set() if typing else {id(node) for node in _type_checking_imports(tree)}
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            # `from package import module` imports the module, not only the package.
            yield from (f"{base}.{alias.name}" for alias in node.names)


def _type_checking_imports(tree: ast.AST) -> Iterator[ast.AST]:
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                yield from ast.walk(inner)


def edges() -> dict[str, set[str]]:
    """Module -> the modules it imports when it runs."""
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for name, path in MODULES.items():
        for target in imported(name, path, typing=False):
            if target in MODULES and target != name and not name.startswith(target + "."):
                graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_graph_is_read() -> None:
    graph = edges()
    assert "claimledger.ledger.store" in graph["claimledger.ledger"]
    assert "claimledger.pipeline.ingest" in graph["claimledger.pipeline"]
    assert "claimledger.extract" in graph["claimledger.pipeline.ingest"]


def test_no_import_cycle_in_the_package() -> None:
    assert cycles(edges()) == []


def test_type_checking_imports_make_no_edge(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from typing import TYPE_CHECKING\nimport a\nif TYPE_CHECKING:\n    import b\n",
        encoding="utf-8",
    )
    assert "b" not in set(imported("m", module, typing=False))
    assert {"a", "b"} <= set(imported("m", module))


def test_cycles_are_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n.startswith("claimledger.ledger")))
def test_the_ledger_imports_no_other_stage(name: str) -> None:
    others = {
        target
        for target in imported(name, MODULES[name])
        if target.startswith("claimledger") and not target.startswith(LEDGER_MAY_IMPORT)
    }
    assert others == set(), f"{name} imports {sorted(others)}"


def test_database_drivers_only_in_the_ledger() -> None:
    outside = {
        name: sorted(t for t in imported(name, path) if t.split(".")[0] in DRIVERS)
        for name, path in MODULES.items()
        if not name.startswith("claimledger.ledger")
    }
    assert {name: found for name, found in outside.items() if found} == {}


# The extraction core's stages in the order its pipeline runs them (yargy's tokenizer -> tagger
# -> parser -> interpretation): a stage imports only the stages before it, never one after
# (claimledger.extract.pipeline and the modules beside it orchestrate them all).
EXTRACT_STAGES = (
    ("derived",),
    ("lexicon",),
    ("numerals", "dates"),
    ("document",),
    ("mentions",),
    ("grammar",),
    ("resolve",),
    ("outputs",),
)
_STAGE_RANK = {stage: rank for rank, stages in enumerate(EXTRACT_STAGES) for stage in stages}


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["claimledger", "extract"] else None


def backward_imports(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(importer, imported) pairs where an extraction stage imports a later stage, typing
    imports included (a stage's types are part of what it depends on)."""
    found = []
    for name, targets in graph.items():
        source = _stage(name)
        for target in targets:
            aim = _stage(target)
            if source not in _STAGE_RANK or aim not in _STAGE_RANK:
                continue
            if _STAGE_RANK[aim] > _STAGE_RANK[source]:
                found.append((name, target))
    return sorted(found)


def test_extraction_stages_import_only_earlier_stages() -> None:
    graph = {
        name: {t for t in imported(name, path) if t in MODULES and t != name}
        for name, path in MODULES.items()
    }
    assert backward_imports(graph) == []


def test_a_stage_reaching_back_up_is_found() -> None:
    graph = {
        "claimledger.extract.mentions.x": {"claimledger.extract.grammar.y"},
        "claimledger.extract.grammar.y": {"claimledger.extract.mentions.x"},
    }
    assert backward_imports(graph) == [
        ("claimledger.extract.mentions.x", "claimledger.extract.grammar.y")
    ]


MAX_STAGE_FILE_LINES = 500  # issue 14: small files, one job each, in the extraction core


def test_no_extraction_file_is_over_500_lines() -> None:
    extract = Path(__file__).resolve().parents[1] / "src" / "claimledger" / "extract"
    long = {
        str(path.relative_to(extract)): lines
        for path in extract.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_STAGE_FILE_LINES
    }
    assert not long, long


# What `claimledger extract` runs on (issue 14: its whole run is timed against natasha's). The
# libraries of other commands and inputs are imported where those need them: the ledger's
# SQLAlchemy, web pages' and feeds' lxml, tables' rich, guessed encodings' charset_normalizer.
EXTRACT_PATH = ("claimledger.cli", "claimledger.cli.extract", "claimledger.extract.pipeline")
NOT_ON_EXTRACT_PATH = frozenset(
    {"sqlalchemy", "lxml", "rich", "charset_normalizer", "fastapi", "httpx", "dateparser",
     "trafilatura", "pyarrow", "pandas", "dask"}
)


def test_the_extract_command_imports_no_other_commands_libraries() -> None:
    code = "; ".join(
        ["import sys", *(f"import {name}" for name in EXTRACT_PATH), "print(*sys.modules)"]
    )
    path = os.pathsep.join(p for p in (str(SOURCE), os.environ.get("PYTHONPATH")) if p)
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": path},
    )
    loaded = {name.split(".")[0] for name in run.stdout.split()}
    assert sorted(loaded & NOT_ON_EXTRACT_PATH) == []


# What a run that finds its tables stored (catalog/parsed.py) does not import: these parse or
# store the tables, and importing them cost every run's start some 7 ms (issue 14).
ONLY_TO_PARSE_OR_STORE = frozenset({"tomllib", "tempfile", "shutil", "importlib.resources"})


def test_a_run_with_its_tables_stored_imports_nothing_to_parse_or_store_them(
    tmp_path: Path,
) -> None:
    code = "; ".join(
        [
            "import sys",
            *(f"import {name}" for name in EXTRACT_PATH),
            "from claimledger.catalog.actors import actors",
            "from claimledger.catalog.weapons import weapons",
            "from claimledger.extract.lexicon import lexicon",
            "actors(); weapons(); lexicon('ru'); lexicon('uk')",
            "print(*sys.modules)",
        ]
    )
    path = os.pathsep.join(p for p in (str(SOURCE), os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, "PYTHONPATH": path, "CLAIMLEDGER_CACHE_DIR": str(tmp_path)}
    runs = [
        set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, env=env).stdout.split())
        for _ in range(2)
    ]
    assert "tomllib" in runs[0]  # the first run parsed the tables and stored them
    assert sorted(runs[1] & ONLY_TO_PARSE_OR_STORE) == []
