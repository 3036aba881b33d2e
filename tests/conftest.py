"""Test fixtures: real databases (a SQLite file, PostgreSQL, MariaDB/MySQL) and real Qt.

Server tests skip with a visible reason when no server answers, except under CI=true, where
a missing server fails the run: CI must prove every backend.

    KUAIDAN_TEST_PG_ADMIN     default postgresql+psycopg://postgres@127.0.0.1:5432/postgres
    KUAIDAN_TEST_MYSQL_ADMIN  default mysql+pymysql://root@127.0.0.1:3306/mysql
"""

from __future__ import annotations

import functools
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.auth import hash_password
from app.db import Database, open_database
from app.migrate import upgrade
from app.permissions import Actor, Role
from app.services import Services
from models import Base, User

PG_ADMIN = os.environ.get(
    "KUAIDAN_TEST_PG_ADMIN", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
MYSQL_ADMIN = os.environ.get(
    "KUAIDAN_TEST_MYSQL_ADMIN", "mysql+pymysql://root@127.0.0.1:3306/mysql"
)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
BACKENDS = ["sqlite", "postgresql", "mysql"]
TEST_PASSWORD = "correct horse 1"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Never touch the developer's real data folder or config."""
    folder = tmp_path_factory.mktemp("kuaidan-data")
    monkeypatch.setenv("KUAIDAN_DATA_DIR", str(folder))
    monkeypatch.delenv("KUAIDAN_DB_URL", raising=False)
    return folder


def _server_unavailable(name: str, admin_url: str, exc: Exception) -> None:
    message = f"{name} server not reachable at {make_url(admin_url).render_as_string()}: {exc}"
    if IN_CI:
        pytest.fail(f"CI=true requires the {name} tests to run. {message}")
    pytest.skip(message)


class _Server:
    """Creates throw-away databases on a server; one migrated template per test session."""

    def __init__(self, backend: str, admin_url: str) -> None:
        self.backend = backend
        self.admin_url = admin_url
        self.engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.template: str | None = None
        self.created: list[str] = []

    def check(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    def url(self, name: str) -> str:
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def create(self, template: str | None = None) -> str:
        name = f"kd_test_{uuid.uuid4().hex[:12]}"
        with self.engine.connect() as conn:
            if self.backend == "postgresql":
                suffix = f" TEMPLATE {template}" if template else ""
                conn.execute(text(f"CREATE DATABASE {name}{suffix}"))
            else:
                conn.execute(text(f"CREATE DATABASE {name} CHARACTER SET utf8mb4"))
        self.created.append(name)
        return name

    def drop(self, name: str) -> None:
        with self.engine.connect() as conn:
            if self.backend == "postgresql":
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            else:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        if name in self.created:
            self.created.remove(name)

    def close(self) -> None:
        for name in list(self.created):
            self.drop(name)
        self.engine.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[_Server]:
    server = _Server("postgresql", PG_ADMIN)
    try:
        server.check()
    except Exception as exc:
        _server_unavailable("PostgreSQL", PG_ADMIN, exc)
    yield server
    server.close()


@pytest.fixture(scope="session")
def mysql_server() -> Iterator[_Server]:
    server = _Server("mysql", MYSQL_ADMIN)
    try:
        server.check()
    except Exception as exc:
        _server_unavailable("MySQL/MariaDB", MYSQL_ADMIN, exc)
    yield server
    server.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.db"
    db = open_database(f"sqlite:///{path}")
    upgrade(db)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template(pg_server: _Server) -> str:
    name = pg_server.create()
    db = open_database(pg_server.url(name))
    upgrade(db)
    db.dispose()
    return name


@pytest.fixture(scope="session")
def mysql_shared(mysql_server: _Server) -> str:
    """MySQL has no template databases: one migrated database, emptied between tests."""
    name = mysql_server.create()
    db = open_database(mysql_server.url(name))
    upgrade(db)
    db.dispose()
    return name


def _empty_mysql(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("SET FOREIGN_KEY_CHECKS=0"))
        for table in Base.metadata.sorted_tables:
            conn.execute(text(f"TRUNCATE TABLE `{table.name}`"))
        conn.execute(text("SET FOREIGN_KEY_CHECKS=1"))
        conn.execute(
            text("INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, :h)"),
            {"h": "0" * 64},
        )
    engine.dispose()


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A freshly migrated, empty database of the parametrised backend."""
    backend = getattr(request, "param", "sqlite")
    if backend == "sqlite":
        path = tmp_path / "kuaidan.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
    elif backend == "postgresql":
        server: _Server = request.getfixturevalue("pg_server")
        name = server.create(template=request.getfixturevalue("pg_template"))
        yield server.url(name)
        server.drop(name)
    elif backend == "mysql":
        server = request.getfixturevalue("mysql_server")
        url = server.url(request.getfixturevalue("mysql_shared"))
        _empty_mysql(url)
        yield url
    else:
        raise ValueError(backend)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests that take `db_url` (directly or through `services`) run on every backend,
    unless marked `sqlite_only`."""
    if "db_url" in metafunc.fixturenames and not any(
        m.name == "sqlite_only" for m in metafunc.definition.iter_markers()
    ):
        metafunc.parametrize("db_url", BACKENDS, indirect=True)


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def services(database: Database) -> Services:
    return Services.for_database(database)


@functools.cache
def _hash(password: str) -> str:
    return hash_password(password)  # argon2 is slow on purpose; fixtures hash each once


def add_user(db: Database, username: str, role: Role, password: str = TEST_PASSWORD) -> Actor:
    """Insert a user directly (fixtures only; the services are tested separately)."""
    from app.uow import transaction

    def work(uow):  # type: ignore[no-untyped-def]
        user = User(
            username=username,
            display_name=username,
            password_hash=_hash(password),
            role=role,
        )
        uow.session.add(user)
        uow.session.flush()
        return Actor(user.id, user.username, user.role, user.display_name)

    return transaction(db, None, work)


@pytest.fixture
def admin(database: Database) -> Actor:
    return add_user(database, "admin", Role.ADMIN)


@pytest.fixture
def actors(database: Database) -> dict[Role, Actor]:
    """One user per role."""
    return {role: add_user(database, f"user_{role.value}", role) for role in Role}


@pytest.fixture(scope="session")
def small_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 600-order demo database, built once per session (screen and text scans read it)."""
    from app.demo import generate_demo

    path = tmp_path_factory.mktemp("small-demo") / "demo.db"
    db = open_database(f"sqlite:///{path}")
    upgrade(db)
    generate_demo(db, orders=600, customers=80)
    db.dispose()
    return path


@pytest.fixture
def small_demo(small_demo_file: Path, tmp_path: Path) -> Iterator[Services]:
    """A fresh copy of the small demo for one test."""
    path = tmp_path / "demo.db"
    shutil.copyfile(small_demo_file, path)
    db = open_database(f"sqlite:///{path}")
    yield Services(db)
    db.dispose()
