"""Server mode against a real `chroma run` on loopback: same answers as embedded mode."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from article_qa import store
from article_qa.config import Settings
from article_qa.errors import IndexBusy, StoreUnavailable
from article_qa.record_file import RECORD_FILE
from index import build_index
from retrieval import Engine
from tests.helpers import settings_for


def server_settings(isolated: Path, server: tuple[str, int], collection: str) -> Settings:
    host, port = server
    chroma = {"mode": "server", "host": host, "port": port, "collection": collection}
    return settings_for(isolated / "state", chroma=chroma)


QUESTIONS = [
    "What did Davutoglu say?",
    "Who is NATO's Secretary-General?",
    "Where could the NATO Response Force be sent?",
    "What is the boiling point of water?",
]


def assert_answers_alike(here: Engine, there: Engine) -> None:
    for question in QUESTIONS:
        ours, theirs = here.answer(question), there.answer(question)
        assert (ours.refused, ours.citations) == (theirs.refused, theirs.citations)


def test_server_mode_answers_exactly_like_embedded_mode(
    isolated: Path, chroma_server: tuple[str, int], engine: Engine
) -> None:
    settings = server_settings(isolated, chroma_server, "same-answers")
    build_index(settings, progress=False)
    remote = Engine(settings)
    assert_answers_alike(engine, remote)
    remote.close()


def test_a_rebuild_swaps_the_pointer_and_drops_old_generations(
    isolated: Path, chroma_server: tuple[str, int]
) -> None:
    settings = server_settings(isolated, chroma_server, "swaps")
    build_index(settings, progress=False)
    first = store.current_generation_name(settings)
    reader = Engine(settings)
    build_index(settings, progress=False)
    second = store.current_generation_name(settings)
    assert first is not None and second is not None and second > first
    build_index(settings, progress=False)
    backend = store.backend(settings)
    names = backend.names()
    # the live one, the one before it, and the base both read their unchanged records from
    assert len(names) == 3 and first in names
    assert backend.layering(names[-1]) is not None
    for _ in range(2):
        build_index(settings, progress=False, full=True)
    names = backend.names()
    backend.close()
    assert len(names) == 2 and first not in names  # the live one and the one before it
    reader.refresh(force=True)
    assert reader.snapshot.generation == store.current_generation_name(settings)
    reader.close()


def test_reader_files_go_beside_the_lock_and_a_reader_without_them_asks_the_server(
    isolated: Path, chroma_server: tuple[str, int], engine: Engine
) -> None:
    settings = server_settings(isolated, chroma_server, "reader-files")
    build_index(settings, progress=False)
    generation = store.open_current(settings)
    assert generation.folder == settings.index.path / generation.name
    assert (generation.folder / RECORD_FILE).is_file()
    # another host: the files are not where its [index].path says
    elsewhere = settings.model_copy(
        update={"index": settings.index.model_copy(update={"path": isolated / "other-host"})}
    )
    for reader_settings in (settings, elsewhere):
        reader = Engine(reader_settings)
        assert_answers_alike(engine, reader)
        reader.close()
    old = generation.folder
    build_index(settings, progress=False, full=True)
    build_index(settings, progress=False, full=True)
    assert not old.exists()  # dropped with its generation


def test_unreachable_server_names_host_and_port(isolated: Path) -> None:
    settings = settings_for(isolated / "state", chroma={"mode": "server", "port": 9})
    with pytest.raises(StoreUnavailable, match="127.0.0.1:9"):
        Engine(settings)


def test_a_writer_on_another_machine_holds_the_lease_until_it_lapses(
    isolated: Path, chroma_server: tuple[str, int]
) -> None:
    settings = server_settings(isolated, chroma_server, "lease")
    build_index(settings, progress=False)
    live = store.current_generation_name(settings)
    other = store.backend(settings)
    assert isinstance(other, store.ServerBackend)
    other.lease("other-host:4242:abcd", 30.0)  # a writer elsewhere, working
    with pytest.raises(IndexBusy, match="other-host:4242:abcd"):
        build_index(settings, progress=False)
    assert store.current_generation_name(settings) == live
    # That writer crashed: its lease is not renewed and lapses.
    other.pointer.upsert(
        ids=[store.LEASE_ID],
        embeddings=[[1.0]],
        metadatas=[{"holder": "other-host:4242:abcd", "expires": time.time() - 1}],
    )
    build_index(settings, progress=False)
    assert store.current_generation_name(settings) != live
    assert other.pointer.get(ids=[store.LEASE_ID])["ids"] == []  # released when done
    other.close()


def test_a_reader_on_another_host_reads_an_incremental_generation_through_its_base(
    isolated: Path, chroma_server: tuple[str, int]
) -> None:
    from tests.test_index import MANY, write_articles

    corpus = isolated / "news"
    write_articles(corpus, MANY)
    host, port = chroma_server
    chroma = {"mode": "server", "host": host, "port": port, "collection": "layered"}
    settings = settings_for(isolated / "state", [corpus], chroma=chroma)
    build_index(settings, progress=False)
    (corpus / "Delft.txt").write_text("The market in Delft closed for good in May.\n", "utf-8")
    (corpus / "Jena.txt").unlink()
    build_index(settings, progress=False)
    elsewhere = settings.model_copy(
        update={"index": settings.index.model_copy(update={"path": isolated / "other-host"})}
    )
    here, there = Engine(settings), Engine(elsewhere)
    try:
        assert there.snapshot.generation == here.snapshot.generation
        for question in ("When does the market in Delft open?", "Where do the plums come from?"):
            ours, theirs = here.answer(question), there.answer(question)
            assert (ours.refused, ours.citations) == (theirs.refused, theirs.citations)
            assert not any(c.doc_id == "Jena" for c in theirs.citations)
        assert "closed" in there.answer("When does the market in Delft open?").citations[0].quote
    finally:
        here.close()
        there.close()
