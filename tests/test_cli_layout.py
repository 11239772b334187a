"""The CLI's layout: one module per command group, sharing only options and output.

Code that two command modules need alike belongs in the library, where it can be tested and
used without click; a command module may import the shared `options` and `output` of the CLI,
and another module's commands (to mount them together), nothing else of it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import claimledger.cli

CLI = Path(claimledger.cli.__file__).parent
SHARED = {"claimledger.cli.options", "claimledger.cli.output"}


def test_command_modules_share_only_options_and_output() -> None:
    wrong = []
    for path in sorted(CLI.glob("*.py")):
        if path.name == "__init__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith(
                "claimledger.cli"
            ):
                continue
            if node.module in SHARED:
                continue
            names = [alias.name for alias in node.names]
            if not all(name.endswith(("_command", "_group")) for name in names):
                wrong.append(f"{path.name}: from {node.module} import {', '.join(names)}")
    assert wrong == []


def test_the_entry_point_is_the_package_main() -> None:
    # `run` is `main` and, after `extract`, the exit without the interpreter's teardown
    # (tests/test_cli_run.py checks that a process run through it writes what `main` writes)
    text = (CLI.parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'claimledger = "claimledger.cli:run"' in text
    package_main = (CLI.parent / "__main__.py").read_text(encoding="utf-8")
    assert "from claimledger.cli import run" in package_main
    assert not (CLI.parent / "cli.py").exists()
    assert not list(CLI.parent.glob("cli_*.py"))
