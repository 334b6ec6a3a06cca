"""Where the index lives: Chroma collections, one per *generation*, and a pointer to the live one.

A rebuild never touches the index that is answering questions. It writes a new generation
and, only once that is complete, atomically replaces the pointer:

* embedded mode: ``<index.path>/gen-<stamp>/`` holds a Chroma ``PersistentClient`` store and
  ``<index.path>/CURRENT`` names the live folder (replaced with ``os.replace``);

Readers resolve the pointer when they open the store, so a crash in the middle of a rebuild
leaves the previous generation answering exactly as before. A lock file keeps two ``index``
runs from interleaving.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from article_qa.config import Settings
from article_qa.errors import ConfigError, IndexBusy, IndexMissing, StoreUnavailable

POINTER_FILE = "CURRENT"
LOCK_FILE = "index.lock"
GENERATION_PREFIX = "gen-"
KEEP_PREVIOUS = 1
"""Older generations kept after a swap, so a reader that opened one just before keeps working."""


@dataclass(frozen=True)
class Generation:
    """One complete (or, while being written, incomplete) copy of the index."""

    name: str
    collection: Any
    """The chromadb ``Collection`` holding this generation's records."""


def _chromadb() -> Any:
    import chromadb

    return chromadb


def _client_settings() -> Any:
    from chromadb.config import Settings as ChromaClientSettings

    return ChromaClientSettings(anonymized_telemetry=False, allow_reset=False)


def _check_mode(settings: Settings) -> None:
    if settings.chroma.mode != "embedded":
        raise ConfigError(
            '[chroma].mode = "server" is not supported yet: use mode = "embedded" for now'
        )


def current_generation_name(settings: Settings) -> str | None:
    """The live generation's folder name, or None when no index has been built."""
    pointer = settings.index.path / POINTER_FILE
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreUnavailable(f"cannot read {pointer}: {exc.strerror or exc}") from None
    if not name.startswith(GENERATION_PREFIX) or not (settings.index.path / name).is_dir():
        raise StoreUnavailable(
            f"{pointer} names {name!r}, which is not an index generation: "
            "run `article-qa index` to rebuild"
        )
    return name


def open_current(settings: Settings) -> Generation:
    """Open the live generation for reading; IndexMissing if there is none yet."""
    _check_mode(settings)
    name = current_generation_name(settings)
    if name is None:
        raise IndexMissing(f"no index at {settings.index.path}: run `article-qa index` to build it")
    return Generation(name, _collection(settings, settings.index.path / name, create=False))


@contextmanager
def new_generation(settings: Settings) -> Iterator[Generation]:
    """Write a new generation; make it live only if the block finishes without error.

    Holds the index lock for the whole block: a second writer gets IndexBusy at once.
    """
    _check_mode(settings)
    root = settings.index.path
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnavailable(f"cannot create {root}: {exc.strerror or exc}") from None
    with _locked(root):
        _remove_unfinished(root, keep=current_generation_name(settings))
        folder = _fresh_folder(root)
        name = folder.name
        try:
            yield Generation(name, _collection(settings, folder, create=True))
        except BaseException:
            _forget_client(folder)
            shutil.rmtree(folder, ignore_errors=True)
            raise
        _forget_client(folder)
        _point_to(root, name)
        _remove_old(root, live=name)


def _collection(settings: Settings, folder: Path, create: bool) -> Any:
    chromadb = _chromadb()
    try:
        client = chromadb.PersistentClient(path=str(folder), settings=_client_settings())
        if create:
            return client.create_collection(
                settings.chroma.collection,
                embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}},
            )
        return client.get_collection(settings.chroma.collection, embedding_function=None)
    except chromadb.errors.NotFoundError:
        raise IndexMissing(
            f"the index at {folder} has no collection {settings.chroma.collection!r}: "
            "run `article-qa index` to rebuild it"
        ) from None
    except (OSError, chromadb.errors.ChromaError, ValueError) as exc:
        raise StoreUnavailable(f"cannot open the Chroma store at {folder}: {exc}") from None


def _fresh_folder(root: Path) -> Path:
    """Create a new, empty generation folder whose name sorts after every existing one."""
    while True:
        now = time.time_ns()
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(now / 1e9))
        folder = root / f"{GENERATION_PREFIX}{stamp}-{now % 1_000_000_000:09d}"
        try:
            folder.mkdir()
            return folder
        except FileExistsError:
            continue


def _forget_client(folder: Path) -> None:
    """Drop chromadb's cached client for ``folder`` so its files can be removed or reopened."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient._identifier_to_system.pop(str(folder), None)


@contextmanager
def _locked(root: Path) -> Iterator[None]:
    with (root / LOCK_FILE).open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexBusy(
                f"another `article-qa index` is writing {root}: wait for it to finish"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _point_to(root: Path, name: str) -> None:
    temporary = root / f".{POINTER_FILE}.{os.getpid()}"
    temporary.write_text(name + "\n", encoding="utf-8")
    with temporary.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, root / POINTER_FILE)


def _generations(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.name.startswith(GENERATION_PREFIX) and p.is_dir())


def _remove_unfinished(root: Path, keep: str | None) -> None:
    """Remove generations left by a crashed run (newer than the live one)."""
    for folder in _generations(root):
        if keep is None or folder.name > keep:
            shutil.rmtree(folder, ignore_errors=True)


def _remove_old(root: Path, live: str) -> None:
    older = [p for p in _generations(root) if p.name < live]
    for folder in older[: max(0, len(older) - KEEP_PREVIOUS)]:
        _forget_client(folder)
        shutil.rmtree(folder, ignore_errors=True)
