"""The record store seam: typed records survive Chroma's layout, and every ``RecordStore`` (in
memory, embedded Chroma, a Chroma server) answers the same small cases the same way."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from article_qa import store
from article_qa.chroma_records import decode, encode
from article_qa.records import (
    DocumentRecord,
    PassageRecord,
    Position,
    Record,
    RecordStore,
    SentenceRecord,
)
from tests.helpers import settings_for
from tests.store_support import HashEmbedder, MemoryRecordStore

DOC_A = DocumentRecord(
    doc_id="ports",
    source="/news/ports.html",
    text_path="/index/texts/abc.txt",
    title="Harbour reopens",
    content_hash="abc",
    fingerprint="6|hash|800|100",
    vector_space="hash-words-64",
    url="https://example.org/harbour",
    published="2024-03-04",
    genders=(("Ana Ruiz", "f"), ("Tom Berg", "m")),
)
PASSAGE_A = PassageRecord(
    id="ports#p0",
    doc_id="ports",
    source="/news/ports.html",
    text_path="/index/texts/abc.txt",
    title="Harbour reopens",
    text="The harbour reopened on Monday. “We are back to normal,” said Rui Lopes.",
    position=Position(paragraph=1, start=16, end=88),
)
SENTENCE_A0 = SentenceRecord(
    id="ports#s0",
    doc_id="ports",
    source="/news/ports.html",
    text_path="/index/texts/abc.txt",
    title="Harbour reopens",
    text="The harbour reopened on Monday.",
    position=Position(paragraph=1, start=16, end=47),
    gap=" ",
    names=(("DATE", "Monday"),),
)
SENTENCE_A1 = SentenceRecord(
    id="ports#s1",
    doc_id="ports",
    source="/news/ports.html",
    text_path="/index/texts/abc.txt",
    title="Harbour reopens",
    text="“We are back to normal,” said Rui Lopes.",
    position=Position(paragraph=1, start=48, end=88),
    speaker="Rui Lopes",
    speaker_aliases=("Lopes", "harbour master"),
    direct_quote=True,
    names=(("PERSON", "Rui Lopes"),),
)
DOC_B = DocumentRecord(
    doc_id="trains",
    source="/news/trains.txt",
    text_path="/news/trains.txt",
    title="Night trains",
    content_hash="def",
    fingerprint="6|hash|800|100",
    vector_space="hash-words-64",
)
PASSAGE_B = PassageRecord(
    id="trains#p0",
    doc_id="trains",
    source="/news/trains.txt",
    text_path="/news/trains.txt",
    title="Night trains",
    text="The night train to Vienna was cancelled.",
    position=Position(paragraph=1, start=14, end=54),
)
SENTENCE_B = SentenceRecord(
    id="trains#s0",
    doc_id="trains",
    source="/news/trains.txt",
    text_path="/news/trains.txt",
    title="Night trains",
    text="The night train to Vienna was cancelled.",
    position=Position(paragraph=1, start=14, end=54),
    speaker="Anna Weber",
    direct_quote=False,
    joint_speakers=(("Jonas Berg", ("Berg", "union leader")),),
)
RECORDS: tuple[Record, ...] = (
    DOC_A,
    PASSAGE_A,
    SENTENCE_A0,
    SENTENCE_A1,
    DOC_B,
    PASSAGE_B,
    SENTENCE_B,
)
VECTORS = HashEmbedder(64).embed([f"{r.title}\n{r.text}" for r in RECORDS])
VECTOR_OF = {r.id: VECTORS[n] for n, r in enumerate(RECORDS)}


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.id)
def test_every_record_survives_chromas_layout(record: Record) -> None:
    id_, document, metadata = encode(record)
    assert all(value is not None for value in metadata.values())
    assert decode(id_, document, metadata) == record


def test_records_written_before_a_field_existed_still_read() -> None:
    old = {"kind": "document", "doc_id": "a", "source": "/a.txt", "title": "A"}
    assert decode("a", "A", old) == DocumentRecord("a", "/a.txt", "/a.txt", "A", "", "", None)
    assert decode("a#x", "", {**old, "kind": "summary"}) is None


@pytest.fixture(params=["memory", "embedded", "server"])
def record_store(request: pytest.FixtureRequest, isolated: Path) -> Iterator[RecordStore]:
    """An empty store of each kind, the Chroma ones a new generation being written."""
    if request.param == "memory":
        yield MemoryRecordStore()
        return
    settings = settings_for(isolated / "index")
    if request.param == "server":
        host, port = request.getfixturevalue("chroma_server")
        chroma = {"mode": "server", "host": host, "port": port, "collection": uuid.uuid4().hex}
        settings = settings_for(isolated / "index", chroma=chroma)
    with store.new_generation(settings) as rebuild:
        yield rebuild.target.records


def test_records_come_back_as_they_were_stored(record_store: RecordStore) -> None:
    record_store.add(RECORDS, VECTORS)
    assert record_store.count() == len(RECORDS)
    assert sorted(record_store.all_records(), key=_id) == sorted(RECORDS, key=_id)
    wanted = ["ports#s1", "trains", "missing"]
    assert sorted(record_store.get(wanted), key=_id) == [SENTENCE_A1, DOC_B]
    assert sorted(record_store.documents(), key=_id) == [DOC_A, DOC_B]


def test_vectors_come_back_as_stored(record_store: RecordStore) -> None:
    record_store.add(RECORDS, VECTORS)
    rows = record_store.vectors(["trains#s0", "ports#p0", "missing"])
    assert sorted(rows.ids) == ["ports#p0", "trains#s0"]
    for id_, row in zip(rows.ids, rows.matrix, strict=True):
        np.testing.assert_allclose(row, VECTOR_OF[id_], atol=1e-6)  # Chroma normalises them
    assert record_store.vectors([]).ids == ()


def test_an_articles_records_copy_with_their_vectors(record_store: RecordStore) -> None:
    record_store.add(RECORDS, VECTORS)
    found = record_store.records_of(["ports"])
    assert sorted(found.records, key=_id) == sorted(
        (r for r in RECORDS if r.doc_id == "ports"), key=_id
    )
    copy = MemoryRecordStore()
    copy.add(found.records, found.vectors)
    for record in found.records:
        np.testing.assert_allclose(
            copy.vectors([record.id]).matrix[0], VECTOR_OF[record.id], atol=1e-6
        )


def test_nearest_records_come_nearest_first(record_store: RecordStore) -> None:
    record_store.add(RECORDS, VECTORS)
    hits = record_store.nearest(VECTOR_OF["ports#s1"], 3)
    assert hits[0].id == "ports#s1"
    assert hits[0].distance == pytest.approx(0.0, abs=1e-5)
    assert len(hits) == 3
    assert [h.distance for h in hits] == sorted(h.distance for h in hits)
    passages = record_store.nearest(VECTOR_OF["ports#s1"], 5, kind="passage")
    assert [h.id for h in passages] == ["ports#p0", "trains#p0"]


def _id(record: Record) -> str:
    return record.id


def test_tens_of_thousands_of_ids_can_be_asked_for_at_once(record_store: RecordStore) -> None:
    record_store.add(RECORDS, VECTORS)
    wanted = [f"missing#s{n}" for n in range(40_000)] + ["trains#s0"]
    assert record_store.vectors(wanted).ids == ("trains#s0",)
    assert [r.id for r in record_store.get(wanted)] == ["trains#s0"]
