"""Shared fixtures: a ledger on each backend, an SQLite file and a PostgreSQL database; one
extractor and one set of resources for the rule tables (`extractor`, `resources`).

`ledger_url` runs a test once per backend. PostgreSQL comes from, in order:
- CLAIMLEDGER_TEST_PG=postgresql://user@host/db: a server of yours (the user needs CREATEDB;
  every test gets a database of its own, dropped afterwards);
- else a throwaway cluster this session starts itself where PostgreSQL's programs are installed
  (initdb and pg_ctl on PATH, in CLAIMLEDGER_PG_BINDIR or /usr/lib/postgresql/*/bin): initdb in a
  temporary folder, listening on a Unix socket there only (no TCP port to clash on), run as the
  `postgres` user when the tests run as root (initdb refuses root), removed at the end;
- else PostgreSQL's cases skip, saying why.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import pytest

from claimledger.extract import Extractor
from claimledger.resources import Resources

BACKENDS = ("sqlite", "postgresql")
PG_ENV = "CLAIMLEDGER_TEST_PG"
_START_TIMEOUT_S = 60
_schemas = itertools.count(1)


class PgUnavailable(Exception):
    """Why no PostgreSQL server could be had, said as a skip reason."""


def pg_bindir() -> Path | None:
    """The folder with initdb and pg_ctl, or None."""
    wanted = ("initdb", "pg_ctl")
    if os.environ.get("CLAIMLEDGER_PG_BINDIR"):
        candidates = [Path(os.environ["CLAIMLEDGER_PG_BINDIR"])]
    else:
        found = shutil.which("pg_ctl")
        candidates = [Path(found).resolve().parent] if found else []
        candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for folder in candidates:
        if all((folder / name).is_file() for name in wanted):
            return folder
    return None


class ThrowawayServer:
    """A PostgreSQL cluster in a temporary folder, reachable by its Unix socket only."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="clpg-"))  # short: socket paths max ~100
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self._user = _server_user()

    @property
    def url(self) -> str:
        return f"postgresql://postgres@/postgres?host={quote(str(self.folder), safe='')}"

    def start(self) -> None:
        if self._user is not None:
            os.chown(self.folder, self._user.pw_uid, self._user.pw_gid)
        self._run(
            "initdb",
            *("-D", str(self.data), "-U", "postgres", "-A", "trust"),
            *("-E", "UTF8", "--locale=C.UTF-8", "--no-sync"),
        )
        options = (
            f"-k {self.folder} -c listen_addresses='' -c fsync=off -c full_page_writes=off "
            "-c synchronous_commit=off -c max_connections=40 -c shared_buffers=32MB"
        )
        self._run(
            "pg_ctl",
            *("-D", str(self.data), "-l", str(self.log), "-o", options),
            *("-w", "-t", str(_START_TIMEOUT_S), "start"),
        )

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except PgUnavailable:
            pass  # already gone; the folder goes anyway
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        as_user: dict[str, Any] = {}
        if self._user is not None:
            as_user = {"user": self._user.pw_uid, "group": self._user.pw_gid, "extra_groups": []}
        done = subprocess.run(
            [str(self.bindir / program), *args],
            capture_output=True,
            text=True,
            cwd=self.folder,
            timeout=_START_TIMEOUT_S + 30,
            check=False,
            **as_user,
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise PgUnavailable(f"{program} failed: {done.stderr.strip()[-2000:]} {log}".strip())


def _server_user() -> pwd.struct_passwd | None:
    """Who runs the server: ourselves, or `postgres` when we are root."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres")
    except KeyError:
        raise PgUnavailable(
            "running as root and there is no `postgres` user to run initdb as"
        ) from None


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """A URL of a PostgreSQL server whose user may create databases; skips without one."""
    pytest.importorskip("psycopg", reason="psycopg not installed (pip install -e '.[scale]')")
    if os.environ.get(PG_ENV):
        yield os.environ[PG_ENV]
        return
    bindir = pg_bindir()
    if bindir is None:
        pytest.skip(f"no PostgreSQL: neither {PG_ENV} set nor initdb/pg_ctl installed")
    server: ThrowawayServer | None = None
    try:
        server = ThrowawayServer(bindir)
        server.start()
    except (PgUnavailable, OSError, subprocess.SubprocessError) as exc:
        if server is not None:
            server.stop()
        pytest.skip(f"could not start a throwaway PostgreSQL: {exc}")
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_test_database(pg_admin_url: str) -> Iterator[str]:
    """A URL of a database made for this session (tests take schemas of it, see pg_url)."""
    import psycopg

    name = f"claimledger_test_{os.getpid()}"
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    try:
        yield with_database(pg_admin_url, name)
    finally:
        with psycopg.connect(pg_admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_test_database: str) -> Iterator[str]:
    """A URL of a fresh, empty ledger place: a schema of its own, first on the search path.

    A schema rather than a database per test: CREATE DATABASE costs half a second, a schema
    nothing, and a ledger lives in whatever schema the connection uses (current_schema()).
    """
    with pg_schema(pg_test_database) as url:
        yield url


@pytest.fixture(scope="module")
def module_pg_url(pg_test_database: str) -> Iterator[str]:
    """As pg_url, for a ledger built once per test module."""
    with pg_schema(pg_test_database) as url:
        yield url


@contextmanager
def pg_schema(database: str) -> Iterator[str]:
    import psycopg

    schema = f"test_{next(_schemas)}"
    with psycopg.connect(database, autocommit=True) as db:
        db.execute(f"CREATE SCHEMA {schema}")
    try:
        yield with_options(database, f"-csearch_path={schema}")
    finally:
        with psycopg.connect(database, autocommit=True) as db:
            db.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def with_database(url: str, name: str) -> str:
    """`url` pointing at database `name` instead (the path part of a postgresql:// URL)."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def with_options(url: str, options: str) -> str:
    """`url` with server options (libpq's `options`, e.g. -csearch_path=x) added."""
    parts = urlsplit(url)
    query = "&".join(q for q in (parts.query, f"options={quote(options, safe='')}") if q)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


@pytest.fixture(params=BACKENDS)
def ledger_url(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    """Where a ledger lives, once per backend: an SQLite file path or a postgresql:// URL (with
    a media folder, which a PostgreSQL ledger keeps where CLAIMLEDGER_MEDIA says)."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    monkeypatch.setenv("CLAIMLEDGER_MEDIA", str(tmp_path / "pg.media"))
    url: str = request.getfixturevalue("pg_url")
    return url


def sql(target: str | Path, statement: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows of one statement (with `?` placeholders) run on a ledger's database, in its own
    transaction: for tests that look under the store or damage it on purpose."""
    where = str(target)
    if where.startswith(("postgresql://", "postgres://")):
        import psycopg

        with psycopg.connect(where) as db:
            cursor = db.execute(statement.replace("?", "%s"), params)
            return [tuple(row) for row in cursor.fetchall()] if cursor.description else []
    import sqlite3

    db = sqlite3.connect(where)
    try:
        with db:
            return [tuple(row) for row in db.execute(statement, params)]
    finally:
        db.close()


# -- reports of our own making, for ledger and batch tests -----------------------------------

_REGIONS_EN = ("Belgorod", "Bryansk", "Kursk", "Kaluga", "Voronezh", "Oryol", "Tula")
_REGIONS_RU = ("Брянской", "Курской", "Белгородской", "Калужской", "Воронежской")
_TEMPLATES = (
    "The Russian Ministry of Defence said {n} Ukrainian drones were shot down over the "
    "{en} region overnight.",
    "Ukraine's air force said it destroyed {n} of {m} Shahed drones launched by Russia "
    "overnight; report {i}.",
    "Губернатор {ru} области сообщил, что над регионом ночью сбиты {n} беспилотников (сводка {i}).",
    "Market report {i}: wheat prices rose by {n} percent in {en} this week.",
)


def synthetic_post(index: int) -> dict[str, Any]:
    """One JSON Lines record: a short post in English or Russian, most with a claim in it."""
    template = _TEMPLATES[index % len(_TEMPLATES)]
    text = template.format(
        i=index,
        n=3 + index % 29,
        m=40 + index % 17,
        en=_REGIONS_EN[index % len(_REGIONS_EN)],
        ru=_REGIONS_RU[index % len(_REGIONS_RU)],
    )
    day = 1 + index % 28
    return {
        "id": f"post-{index:05d}",
        "text": text,
        "channel": "synthetic",
        "published": f"2024-11-{day:02d}T06:{index % 60:02d}:00+00:00",
    }


def write_posts_file(path: Path, indexes: Iterable[int]) -> Path:
    """A JSON Lines file of the synthetic posts with these indexes, in this order."""
    import json

    lines = (json.dumps(synthetic_post(i), ensure_ascii=False) for i in indexes)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def write_posts(tmp_path: Path) -> Any:
    """write_posts(name, indexes) -> path of a JSON Lines file of those synthetic posts."""

    def write(name: str, indexes: Iterable[int]) -> Path:
        return write_posts_file(tmp_path / name, indexes)

    return write


@pytest.fixture(scope="module")
def module_posts(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """As write_posts, for module-scoped fixtures: module_posts(name, indexes) -> path."""
    folder = tmp_path_factory.mktemp("posts")

    def write(name: str, indexes: Iterable[int]) -> Path:
        return write_posts_file(folder / name, indexes)

    return write


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One extractor for every rule table that asks for it: its resources are built once, and it
    keeps nothing from one report to the next."""
    return Extractor()


@pytest.fixture(scope="session")
def resources() -> Resources:
    """One set of resources (morphology, gazetteer, registry) for every table that asks for it:
    built once, read only."""
    return Resources()
