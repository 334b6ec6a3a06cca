"""Where the index lives: Chroma collections, one per *generation*, and a pointer to the live one.

A rebuild never touches the index that is answering questions. It writes a new generation
and, only once that is complete, switches the pointer to it:

* embedded mode: ``<index.path>/gen-<stamp>/`` holds a Chroma ``PersistentClient`` store and
  ``<index.path>/CURRENT`` names the live folder (replaced atomically with ``os.replace``);
* server mode: collection ``<collection>-gen-<stamp>`` on the Chroma server, and a one-record
  collection ``<collection>-pointer`` names the live one (a single upsert).

An incremental run's generation stores only what changed and reads the rest from its *base*,
the last generation a full run wrote (``article_qa.layered``); a base is kept as long as a kept
generation reads from it.

Readers resolve the pointer when they open the store, so a crash in the middle of a rebuild
leaves the previous generation answering exactly as before. A lock file in ``[index].path``
keeps two ``index`` runs on this machine from interleaving; in server mode a writer lease (a
record with an expiry, renewed while the writer works) does the same for runs on different
machines. The next run removes what a crashed one left behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from article_qa.chroma_records import ChromaCollection, ChromaRecordStore
from article_qa.config import Settings
from article_qa.errors import IndexBusy, IndexMissing, StoreUnavailable
from article_qa.layered import LayeredRecords, Layering
from article_qa.record_file import RECORD_FILE, FileBackedRecords, load_records
from article_qa.records import RecordStore
from article_qa.unit_file import UNIT_FILE, UnitFile

POINTER_FILE = "CURRENT"
COMPLETE_FILE = "COMPLETE"
"""Written into a generation last, once everything else is in it (embedded mode)."""
LAYERING_FILE = "layering.json"
"""In an incremental generation's folder: its base and what of it is superseded (embedded)."""
POINTER_ID = "live"
LOCK_FILE = "index.lock"
GENERATION_PREFIX = "gen-"
LEASE_ID = "writer-lease"
LEASE_SECONDS = 60.0
"""A writer's lease lasts this long; it is renewed every third of it while the writer works,
so a crashed writer's lease lapses within a minute."""
LEASE_SETTLE = 0.3
KEEP_PREVIOUS = 1
"""Older generations kept after a swap, so a reader that opened one just before keeps working."""
HNSW = {"hnsw": {"space": "cosine", "ef_search": 400}}
"""A collection's vector index: cosine distance, and a search wide enough that a question
gets the same nearest records in every process. The graph a process loads leads a narrow
search to different neighbours from one run to the next: of the 250 wiki_dev questions, 67
had different lists of their 60 nearest records across three processes at Chroma's default
(``ef_search`` 100), 20 at 200 and 3 at 400."""


@dataclass(frozen=True)
class Generation:
    """One complete (or, while being written, incomplete) copy of the index."""

    name: str
    records: RecordStore
    """This generation's records (in a chromadb ``Collection``, and its base's if it has one)."""
    folder: Path | None = None
    """Where the files that go with the generation live (its reader files): in embedded mode
    the generation's own folder; in server mode ``[index].path/<name>``, on the indexer's host
    or a folder several hosts mount."""
    layering: Layering | None = None
    """For a generation an incremental run wrote: the base it reads unchanged records from."""
    stored: RecordStore | None = None
    """The records in the generation's own collection (all of ``records`` unless layered)."""


@dataclass
class Rebuild:
    """What a writer gets: the generation to fill, and the live one (to reuse unchanged work)."""

    target: Generation
    previous: Generation | None
    layering: Layering | None = None
    """Set by the writer when the new generation stores only what changed, over a base."""


def _chromadb() -> Any:
    import chromadb

    return chromadb


def _client_settings() -> Any:
    from chromadb.config import Settings as ChromaClientSettings

    return ChromaClientSettings(anonymized_telemetry=False, allow_reset=False)


def store_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that mean the store could not be reached or read (server down, disk gone)."""
    import httpx

    chromadb = _chromadb()
    return (OSError, httpx.HTTPError, chromadb.errors.ChromaError, ValueError)


class Backend(Protocol):
    """The generations of one store, embedded or on a server."""

    description: str

    def live(self) -> str | None: ...
    def open(self, name: str) -> ChromaCollection: ...
    def create(self, name: str) -> ChromaCollection: ...
    def set_live(self, name: str) -> None: ...
    def names(self) -> list[str]: ...
    def folder(self, name: str) -> Path | None: ...
    def drop(self, name: str) -> None: ...
    def close(self) -> None: ...
    def mark_complete(self, name: str) -> None: ...
    def is_complete(self, name: str) -> bool: ...
    def save_layering(self, name: str, layering: Layering) -> None: ...
    def layering(self, name: str) -> Layering | None: ...
    def lease(self, holder: str, seconds: float) -> None: ...
    def release(self, holder: str) -> None: ...


class EmbeddedBackend:
    """Each generation is a folder with its own ``PersistentClient``."""

    def __init__(self, settings: Settings) -> None:
        self.root = settings.index.path
        self.collection = settings.chroma.collection
        self.description = str(self.root)
        self._clients: list[Any] = []

    def live(self) -> str | None:
        pointer = self.root / POINTER_FILE
        try:
            name = pointer.read_text(encoding="utf-8", errors="replace").strip()
        except FileNotFoundError:
            return None
        if not name.startswith(GENERATION_PREFIX) or not (self.root / name).is_dir():
            raise StoreUnavailable(
                f"{pointer} names {name!r}, which is not an index generation: "
                "run `article-qa index` to repair it"
            )
        return name

    def _client(self, name: str) -> Any:
        try:
            client = _chromadb().PersistentClient(
                path=str(self.root / name), settings=_client_settings()
            )
        except BaseException:
            # chromadb caches one system per path, even a failed one; the next try must not
            # reuse it (it fails in its own cleanup), so it is forgotten here.
            _forget_system(self.root / name)
            raise
        self._clients.append(client)
        return client

    def close(self) -> None:
        for client in self._clients:
            client.close()
        self._clients.clear()

    def open(self, name: str) -> ChromaCollection:
        collection: ChromaCollection = self._client(name).get_collection(
            self.collection, embedding_function=None
        )
        return collection

    def create(self, name: str) -> ChromaCollection:
        (self.root / name).mkdir()
        collection: ChromaCollection = self._client(name).create_collection(
            self.collection, embedding_function=None, configuration=HNSW
        )
        return collection

    def set_live(self, name: str) -> None:
        temporary = self.root / f".{POINTER_FILE}.{os.getpid()}"
        temporary.write_text(name + "\n", encoding="utf-8")
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, self.root / POINTER_FILE)

    def folder(self, name: str) -> Path | None:
        return self.root / name

    def names(self) -> list[str]:
        return sorted(
            p.name
            for p in self.root.iterdir()
            if p.name.startswith(GENERATION_PREFIX) and p.is_dir()
        )

    def mark_complete(self, name: str) -> None:
        marker = self.root / name / COMPLETE_FILE
        marker.write_text(name + "\n", encoding="utf-8")
        with marker.open("rb") as handle:
            os.fsync(handle.fileno())

    def is_complete(self, name: str) -> bool:
        return (self.root / name / COMPLETE_FILE).is_file()

    def save_layering(self, name: str, layering: Layering) -> None:
        path = self.root / name / LAYERING_FILE
        path.write_text(layering.to_json(), encoding="utf-8")
        with path.open("rb") as handle:
            os.fsync(handle.fileno())

    def layering(self, name: str) -> Layering | None:
        try:
            text = (self.root / name / LAYERING_FILE).read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        return Layering.from_json(text)

    def lease(self, holder: str, seconds: float) -> None:
        """Nothing to do: the lock file in the index folder is this store's only writer gate."""

    def release(self, holder: str) -> None:
        """Nothing to do (see ``lease``)."""

    def drop(self, name: str) -> None:
        folder = self.root / name
        _forget_system(folder)
        shutil.rmtree(folder, ignore_errors=True)


class ServerBackend:
    """Each generation is a collection on a Chroma server; a pointer collection names the live."""

    def __init__(self, settings: Settings) -> None:
        chroma = settings.chroma
        self.prefix = f"{chroma.collection}-"
        self.description = f"Chroma server {chroma.host}:{chroma.port}"
        self.files = settings.index.path
        """Where the generations' reader files go: readers that see the same folder (this
        host, or a shared mount) load them; others read from the server."""
        headers = {}
        if chroma.auth_token_env:
            token = os.environ.get(chroma.auth_token_env)
            if not token:
                raise StoreUnavailable(
                    f"[chroma].auth_token_env names ${chroma.auth_token_env}, which is not set: "
                    "export the token or remove the setting"
                )
            bearer = chroma.auth_header.lower() == "authorization"
            headers[chroma.auth_header] = f"Bearer {token}" if bearer else token
        try:
            self.client = _chromadb().HttpClient(
                host=chroma.host,
                port=chroma.port,
                ssl=chroma.ssl,
                headers=headers,
                settings=_client_settings(),
            )
            self.client.heartbeat()
        except store_errors() as exc:
            raise StoreUnavailable(
                f"cannot reach the Chroma server at {chroma.host}:{chroma.port} ({exc}): "
                "start it (`chroma run --path DIR --port PORT`) or fix [chroma].host/port"
            ) from None
        self.pointer = self.client.get_or_create_collection(
            f"{self.prefix}pointer", embedding_function=None
        )

    def live(self) -> str | None:
        record = self.pointer.get(ids=[POINTER_ID], include=["metadatas"])
        if not record["ids"]:
            return None
        return str(record["metadatas"][0]["generation"])

    def open(self, name: str) -> ChromaCollection:
        collection: ChromaCollection = self.client.get_collection(
            self.prefix + name, embedding_function=None
        )
        return collection

    def create(self, name: str) -> ChromaCollection:
        (self.files / name).mkdir(parents=True, exist_ok=True)
        collection: ChromaCollection = self.client.create_collection(
            self.prefix + name,
            embedding_function=None,
            configuration=HNSW,
        )
        return collection

    def set_live(self, name: str) -> None:
        self.pointer.upsert(
            ids=[POINTER_ID], embeddings=[[1.0]], metadatas=[{"generation": name}], documents=[name]
        )

    def folder(self, name: str) -> Path | None:
        return self.files / name

    def names(self) -> list[str]:
        names = [c.name if hasattr(c, "name") else str(c) for c in self.client.list_collections()]
        return sorted(
            n.removeprefix(self.prefix)
            for n in names
            if n.startswith(self.prefix + GENERATION_PREFIX)
        )

    def drop(self, name: str) -> None:
        shutil.rmtree(self.files / name, ignore_errors=True)
        try:
            self.client.delete_collection(self.prefix + name)
        except store_errors():
            pass
        try:
            self.pointer.delete(ids=[_complete_id(name), _layering_id(name)])
        except store_errors():
            pass

    def mark_complete(self, name: str) -> None:
        self.pointer.upsert(
            ids=[_complete_id(name)],
            embeddings=[[1.0]],
            metadatas=[{"complete": name}],
            documents=[name],
        )

    def is_complete(self, name: str) -> bool:
        return bool(self.pointer.get(ids=[_complete_id(name)], include=[])["ids"])

    def save_layering(self, name: str, layering: Layering) -> None:
        self.pointer.upsert(
            ids=[_layering_id(name)],
            embeddings=[[1.0]],
            metadatas=[{"layering": name}],
            documents=[layering.to_json()],
        )

    def layering(self, name: str) -> Layering | None:
        found = self.pointer.get(ids=[_layering_id(name)], include=["documents"])
        documents = found["documents"] or []
        return Layering.from_json(str(documents[0])) if found["ids"] and documents else None

    def lease(self, holder: str, seconds: float) -> None:
        """Take (or renew) the writer lease, a record with an expiry in the pointer collection;
        IndexBusy while another writer, on any machine, holds one that has not lapsed."""
        current = self._lease_holder()
        if current is not None and current[0] != holder:
            raise IndexBusy(
                f"another `article-qa index` ({current[0]}) is writing {self.description}; its "
                f"lease lapses in {current[1]:.0f} s unless renewed: wait for it to finish"
            )
        self.pointer.upsert(
            ids=[LEASE_ID],
            embeddings=[[1.0]],
            metadatas=[{"holder": holder, "expires": time.time() + seconds}],
            documents=[holder],
        )
        time.sleep(LEASE_SETTLE)  # two writers that raced: the later upsert wins, the other sees it
        current = self._lease_holder()
        if current is None or current[0] != holder:
            raise IndexBusy(
                f"another `article-qa index` took the writer lease of {self.description} at the "
                "same moment: wait for it to finish"
            )

    def release(self, holder: str) -> None:
        current = self._lease_holder()
        if current is not None and current[0] == holder:
            self.pointer.delete(ids=[LEASE_ID])

    def _lease_holder(self) -> tuple[str, float] | None:
        """(holder, seconds left) of a lease that has not lapsed."""
        found = self.pointer.get(ids=[LEASE_ID], include=["metadatas"])
        if not found["ids"]:
            return None
        meta = found["metadatas"][0]
        left = float(meta["expires"]) - time.time()
        return (str(meta["holder"]), left) if left > 0 else None

    def close(self) -> None:
        session = getattr(getattr(self.client, "_server", None), "_session", None)
        self.client.close()
        # chromadb 1.5 gives every HttpClient a system of its own but leaves that system's
        # HTTP session open on close(); close it too, or its sockets leak.
        if session is not None:
            session.close()


def records_in(collection: ChromaCollection) -> RecordStore:
    """The records of a generation's collection."""
    return ChromaRecordStore(collection, lambda: _max_batch(collection))


def _max_batch(collection: ChromaCollection) -> int:
    """How many records the collection's client takes in one request."""
    client: Any = getattr(collection, "_client", None)
    try:
        return int(client.get_max_batch_size())
    except AttributeError:
        return 1000


def chroma_version() -> str:
    """The version of chromadb in use (for reports)."""
    return str(_chromadb().__version__)


def _forget_system(folder: Path) -> None:
    """Drop chromadb's cached client system for ``folder`` (its cache is per process)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient._identifier_to_system.pop(str(folder), None)


def _complete_id(name: str) -> str:
    return f"complete:{name}"


def _layering_id(name: str) -> str:
    return f"layering:{name}"


def backend(settings: Settings) -> Backend:
    if settings.chroma.mode == "server":
        return ServerBackend(settings)
    return EmbeddedBackend(settings)


def current_generation_name(settings: Settings, store: Backend | None = None) -> str | None:
    """The live generation's name, or None when no index has been built."""
    store = store or backend(settings)
    try:
        return store.live()
    except store_errors() as exc:
        raise StoreUnavailable(
            f"cannot read the index pointer in {store.description}: {exc}"
        ) from None


def open_current(settings: Settings, store: Backend | None = None) -> Generation:
    """Open the live generation for reading; IndexMissing if there is none yet.

    Without ``store``, a backend is made for the purpose and left open with the collection.
    """
    store = store or backend(settings)
    name = current_generation_name(settings, store)
    if name is None:
        raise IndexMissing(f"no index in {store.description}: run `article-qa index` to build it")
    try:
        return _generation(store, name)
    except _chromadb().errors.NotFoundError:
        raise IndexMissing(
            f"the live index {name} in {store.description} is gone: run `article-qa index --full`"
        ) from None
    except store_errors() as exc:
        raise StoreUnavailable(f"cannot open index {name} in {store.description}: {exc}") from None


@contextmanager
def new_generation(settings: Settings) -> Iterator[Rebuild]:
    """Write a new generation; make it live only if the block finishes without error.

    Holds the index lock for the whole block: a second writer gets IndexBusy at once.
    """
    root = settings.index.path
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnavailable(f"cannot create {root}: {exc.strerror or exc}") from None
    with _locked(root), _closing(backend(settings)) as store, _leased(store):
        live = _live_or_repaired(store)
        for leftover in store.names():
            if live is None or leftover > live:  # written by a run that crashed
                store.drop(leftover)
        previous = _readable(store, live)
        name = _fresh_name(live)
        try:
            collection = store.create(name)
        except store_errors() as exc:
            raise StoreUnavailable(
                f"cannot create index {name} in {store.description}: {exc}"
            ) from None
        try:
            target = Generation(name, records_in(collection), store.folder(name))
            rebuild = Rebuild(target, previous)
            yield rebuild
            if rebuild.layering is not None:
                store.save_layering(name, rebuild.layering)
            store.mark_complete(name)
        except BaseException as exc:
            store.drop(name)
            if is_store_failure(exc):  # a full disk, an I/O error, a server gone
                raise StoreUnavailable(
                    f"cannot write the new index {name} in {store.description} "
                    f"({type(exc).__name__}: {exc}); the live index is unchanged: "
                    "free some disk space or fix the store, then run `article-qa index` again"
                ) from None
            raise
        store.set_live(name)
        _drop_unused(store, name)


def _drop_unused(store: Backend, live: str) -> None:
    """Drop the generations older than ``live`` but the ``KEEP_PREVIOUS`` newest, except the
    bases that the kept ones read from."""
    older = [n for n in store.names() if n < live]
    dropped = older[: max(0, len(older) - KEEP_PREVIOUS)]
    kept = [n for n in [*older, live] if n not in dropped]
    bases = {layering.base for layering in map(store.layering, kept) if layering is not None}
    for old in dropped:
        if old not in bases:
            store.drop(old)


def _live_or_repaired(store: Backend) -> str | None:
    """The live generation; when the pointer is lost, holds bad bytes or names a generation
    that is gone, it is pointed back at the newest complete generation (None if there is
    none: everything is rebuilt)."""
    try:
        live = store.live()
    except StoreUnavailable:
        live = None
    else:
        if live is not None:
            return live
    newest = _newest_complete(store)
    if newest is not None:
        store.set_live(newest)
    return newest


def _newest_complete(store: Backend) -> str | None:
    """The newest generation marked complete, if any."""
    return next((n for n in reversed(store.names()) if store.is_complete(n)), None)


@dataclass(frozen=True)
class Health:
    """What ``article-qa index --check`` reports."""

    sound: bool
    message: str


def check(settings: Settings) -> Health:
    """Whether the live index can answer, and what to run when it cannot."""
    with _closing(backend(settings)) as store:
        try:
            live = store.live()
        except StoreUnavailable as exc:
            return Health(False, f"{exc}; `article-qa index` repairs the pointer")
        if live is None:
            kept = _newest_complete(store)
            fix = "`article-qa index` points back at it" if kept else "run `article-qa index`"
            return Health(False, f"no live index in {store.description}: {fix}")
        try:
            count = _generation(store, live).records.count()
        except BaseException as exc:  # a corrupt database may even panic in the Rust bindings
            if not is_store_failure(exc):
                raise
            return Health(
                False,
                f"the live index {live} cannot be read ({type(exc).__name__}): "
                "run `article-qa index --full` to rebuild it",
            )
        if count == 0:
            return Health(False, f"the live index {live} is empty: run `article-qa index --full`")
        files = _reader_files_note(store.folder(live), count)
        return Health(
            True,
            f"the live index {live} in {store.description} is sound: {count:,} records{files}",
        )


def _reader_files_note(folder: Path | None, count: int) -> str:
    """What ``--check`` adds about the generation's reader files (they only speed readers up)."""
    if folder is None:
        return ""
    saved = load_records(folder / RECORD_FILE)
    units = UnitFile.open(folder / UNIT_FILE)
    if saved is not None and len(saved) == count and units is not None and units.count() == count:
        return ""
    return (
        "; its reader files are missing or do not match it, so readers start slower "
        "(`article-qa index` writes them again)"
    )


def is_store_failure(exc: BaseException) -> bool:
    """True for the errors a damaged or unreachable store raises, a Rust panic included."""
    return isinstance(exc, store_errors()) or type(exc).__name__ == "PanicException"


def _generation(store: Backend, name: str) -> Generation:
    """Open generation ``name``: its own collection, over its base's if it has one, with the
    record file its folder holds for reading every record at once."""
    folder = store.folder(name)
    stored = records_in(store.open(name))
    layering = store.layering(name)
    records: RecordStore = stored
    if layering is not None:
        records = LayeredRecords(stored, records_in(store.open(layering.base)), layering)
    if folder is not None:
        records = FileBackedRecords(records, folder / RECORD_FILE)
    return Generation(name, records, folder, layering, stored)


def _readable(store: Backend, name: str | None) -> Generation | None:
    """The generation ``name`` if it can be opened; an unreadable one is rebuilt, not reused."""
    if name is None:
        return None
    try:
        generation = _generation(store, name)
        generation.records.count()
        return generation
    except BaseException as exc:
        if not is_store_failure(exc):
            raise
        return None


def _fresh_name(after: str | None) -> str:
    """A generation name that sorts after ``after`` (names hold a nanosecond time stamp)."""
    while True:
        now = time.time_ns()
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(now / 1e9))
        name = f"{GENERATION_PREFIX}{stamp}-{now % 1_000_000_000:09d}"
        if after is None or name > after:
            return name
        time.sleep(0.001)


@contextmanager
def _closing(store: Backend) -> Iterator[Backend]:
    try:
        yield store
    finally:
        store.close()


@contextmanager
def _leased(store: Backend) -> Iterator[None]:
    """Hold the store's writer lease (server mode) for the block, renewing it as it runs."""
    holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    store.lease(holder, LEASE_SECONDS)
    done = threading.Event()

    def renew() -> None:
        while not done.wait(LEASE_SECONDS / 3):
            with contextlib.suppress(*store_errors(), IndexBusy):
                store.lease(holder, LEASE_SECONDS)

    renewer = threading.Thread(target=renew, name="article-qa-lease", daemon=True)
    renewer.start()
    try:
        yield
    finally:
        done.set()
        renewer.join()
        with contextlib.suppress(*store_errors()):
            store.release(holder)


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
