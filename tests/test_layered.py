"""A generation layered over a base: the base's superseded articles are hidden from every read."""

from __future__ import annotations

import numpy as np
import pytest

from article_qa.layered import LayeredRecords, Layering, doc_of
from article_qa.records import (
    PASSAGE,
    DocumentRecord,
    PassageRecord,
    Position,
    Record,
    passage_id,
)
from tests.store_support import MemoryRecordStore


def _document(doc_id: str) -> DocumentRecord:
    return DocumentRecord(
        doc_id=doc_id,
        source=f"{doc_id}.txt",
        text_path=f"{doc_id}.txt",
        title=doc_id,
        content_hash=doc_id,
        fingerprint="f",
        vector_space="v",
    )


def _passage(doc_id: str, number: int, text: str) -> PassageRecord:
    return PassageRecord(
        passage_id(doc_id, number),
        doc_id,
        f"{doc_id}.txt",
        f"{doc_id}.txt",
        doc_id,
        text,
        Position(paragraph=1, start=0, end=len(text)),
    )


def _unit(angle: float) -> np.ndarray:
    return np.array([np.cos(angle), np.sin(angle)], dtype=np.float32)


def _store(records: list[tuple[Record, float]]) -> MemoryRecordStore:
    store = MemoryRecordStore()
    store.add([r for r, _ in records], np.stack([_unit(a) for _, a in records]))
    return store


@pytest.fixture
def layered() -> LayeredRecords:
    """A base of four articles, "old" changed since (its new passage stored anew, nearer the
    query than anything) and "gone" removed; the base's old passages of both lie nearest."""
    base = _store(
        [
            (_document("old"), 3.0),
            (_document("gone"), 3.0),
            (_document("kept"), 3.0),
            (_document("far"), 3.0),
            (_passage("old", 0, "old text"), 0.0),
            (_passage("gone", 0, "gone text"), 0.01),
            (_passage("kept", 0, "kept text"), 0.2),
            (_passage("far", 0, "far text"), 0.5),
        ]
    )
    own = _store([(_document("old"), 3.0), (_passage("old", 0, "new text"), 0.1)])
    layering = Layering("gen-base", base.count(), frozenset({"old", "gone"}), hidden_records=4)
    return LayeredRecords(own, base, layering)


def test_record_ids_name_their_article() -> None:
    assert [doc_of(i) for i in ("a#b#p3", "a#b#s12", "a#b", "notes#pilot")] == [
        "a#b",
        "a#b",
        "a#b",
        "notes#pilot",
    ]


def test_superseded_articles_are_hidden_and_changed_ones_read_from_the_top(
    layered: LayeredRecords,
) -> None:
    records = layered.all_records()
    assert sorted(r.id for r in records) == ["far", "far#p0", "kept", "kept#p0", "old", "old#p0"]
    assert {r.text for r in records if isinstance(r, PassageRecord)} == {
        "new text",
        "kept text",
        "far text",
    }
    assert sorted(d.doc_id for d in layered.documents()) == ["far", "kept", "old"]
    assert [r.text for r in layered.get(["old#p0", "gone#p0"]) if isinstance(r, PassageRecord)] == [
        "new text"
    ]
    assert layered.vectors(["gone#p0", "kept#p0"]).ids == ("kept#p0",)
    assert {r.id for r in layered.records_of(["old", "gone", "kept"]).records} == {
        "old",
        "old#p0",
        "kept",
        "kept#p0",
    }
    assert layered.count() == 6


def test_nearest_skips_superseded_records_however_near(layered: LayeredRecords) -> None:
    hits = layered.nearest(_unit(0.0), 2, PASSAGE)
    assert [h.id for h in hits] == ["old#p0", "kept#p0"]
    assert hits[0].distance < hits[1].distance
    # asked for as many as the base holds visible: it is asked again for more
    assert [h.id for h in layered.nearest(_unit(0.0), 3, PASSAGE)] == [
        "old#p0",
        "kept#p0",
        "far#p0",
    ]


def test_a_layering_reads_back_and_a_bad_one_is_refused() -> None:
    layering = Layering("gen-1", 40, frozenset({"a", "b"}), 7)
    assert Layering.from_json(layering.to_json()) == layering
    with pytest.raises(ValueError, match="layering"):
        Layering.from_json('{"base": "gen-1"}')
