"""Indexing and retrieval logic over the in-memory store and the hash embedder: no model, no
Chroma, milliseconds per test (``tests.store_support``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from article_qa.records import (
    PASSAGE,
    SENTENCE,
    DocumentRecord,
    PassageRecord,
    RecordStore,
    SentenceRecord,
)
from article_qa.unit_file import UnitFile
from index.attribution import Attribution
from index.builder import _add_document, _copy, _read, _Records, _same
from index.chunking import sentences
from index.corpus import Document, read_document
from retrieval.searcher import Searcher
from retrieval.snapshot import Snapshot
from retrieval.tuning import Thresholds, Weights
from tests.helpers import settings_for
from tests.store_support import HashEmbedder, MemoryRecordStore

ARTICLES = {
    "ports": "Harbour reopens\n\nThe harbour of Porto reopened on Monday after a week of storms, "
    "port officials said.\n\n“We are back to normal,” said harbour master Rui Lopes. "
    "Ferries to the islands run again.\n",
    "trains": "Night trains\n\nThe night train to Vienna was cancelled on Friday because of a "
    "strike.\n\nRail staff said the strike would last three days.\n",
}
FINGERPRINT = "test|hash"


def index_in_memory(folder: Path) -> tuple[MemoryRecordStore, list[Document], HashEmbedder]:
    """The articles' records, as ``build_index`` makes them, in a memory store; Rui Lopes's
    quotation is attributed to him (the parse that does it at index time is not run here)."""
    settings = settings_for(folder / "index")
    embedder = HashEmbedder()
    records = _Records()
    documents = []
    for number, (name, text) in enumerate(ARTICLES.items()):
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        document = read_document(path, name)
        documents.append(document)
        spans = sentences(document)
        list(_add_document(records, number, document, spans, path, FINGERPRINT, embedder, settings))
    for n, record in enumerate(records.records):
        if isinstance(record, SentenceRecord) and "Rui Lopes" in record.text:
            quoted = Attribution("Rui Lopes", ("Lopes", "harbour master"), direct=True)
            records.records[n] = _read(record, quoted, (("PERSON", "Rui Lopes"),))
    memory = MemoryRecordStore()
    memory.add(records.records, embedder.embed(records.to_embed))
    return memory, documents, embedder


def searcher(records: RecordStore, embedder: HashEmbedder) -> Searcher:
    return Searcher(Snapshot.load("gen-test", records), records, embedder, Weights(), Thresholds())


def test_an_article_becomes_records_that_point_into_its_text(isolated: Path) -> None:
    memory, documents, _ = index_in_memory(isolated)
    texts = {d.doc_id: d.text for d in documents}
    units = [r for r in memory.all_records() if not isinstance(r, DocumentRecord)]
    assert {r.kind for r in units} == {PASSAGE, SENTENCE}
    for unit in units:
        assert texts[unit.doc_id][unit.position.start : unit.position.end] == unit.text
    ports = [r for r in units if isinstance(r, SentenceRecord) and r.doc_id == "ports"]
    paragraph = [r for r in ports if r.position.paragraph == ports[-1].position.paragraph]
    joined = "".join(r.text + r.gap for r in paragraph[:-1]) + paragraph[-1].text
    start, end = paragraph[0].position.start, paragraph[-1].position.end
    assert joined == texts["ports"][start:end]  # neighbouring sentences join verbatim


def test_unchanged_articles_are_copied_with_their_vectors(isolated: Path) -> None:
    live, documents, _ = index_in_memory(isolated)
    known = {d.doc_id: d for d in live.documents()}
    assert all(_same(known[d.doc_id], d, FINGERPRINT) for d in documents)
    assert not _same(known["ports"], documents[0], "another model")
    target = MemoryRecordStore()
    _copy(live, target, ["ports"])
    copied = live.records_of(["ports"])
    assert target.all_records() == list(copied.records)
    assert (target.vectors([r.id for r in copied.records]).matrix == copied.vectors).all()
    assert not any(r.doc_id == "trains" for r in target.all_records())


def test_the_snapshot_orders_sentences_and_finds_their_passages(isolated: Path) -> None:
    memory, _, _ = index_in_memory(isolated)
    snapshot = Snapshot.load("gen-test", memory)
    keys = [(u.doc_id, u.start) for u in snapshot.sentences]
    assert keys == sorted(keys)
    ids = [r.id for r in memory.all_records() if isinstance(r, PassageRecord | SentenceRecord)]
    assert set(snapshot.passage_of(ids)) == set(ids)
    assert snapshot.vector_spaces == {HashEmbedder().vector_space}
    (quoted,) = [u for u in snapshot.sentences if u.speaker]
    assert (quoted.speaker, quoted.aliases, quoted.direct_quote) == (
        "Rui Lopes",
        ("Lopes", "harbour master"),
        True,
    )


def test_a_question_is_answered_from_the_sentence_that_holds_it(isolated: Path) -> None:
    memory, _, embedder = index_in_memory(isolated)
    answer = searcher(memory, embedder).answer("Why was the night train to Vienna cancelled?", 3)
    assert not answer.refused
    assert "because of a strike" in answer.citations[0].quote
    assert answer.citations[0].doc_id == "trains"


def test_what_someone_said_is_answered_from_their_statements(isolated: Path) -> None:
    memory, _, embedder = index_in_memory(isolated)
    answer = searcher(memory, embedder).answer("What did Rui Lopes say?", 3)
    assert [c.speaker for c in answer.citations] == ["Rui Lopes"]
    assert "back to normal" in answer.citations[0].quote


def test_questions_the_articles_cannot_answer_are_refused(isolated: Path) -> None:
    memory, _, embedder = index_in_memory(isolated)
    search = searcher(memory, embedder)
    assert search.answer("What did Angela Merkel say?", 3).refused
    assert search.answer("Which zebra won the chess olympiad?", 3).refused


def test_a_statement_reported_beside_another_persons_is_listed_for_each(isolated: Path) -> None:
    memory, _, _ = index_in_memory(isolated)
    beside = (("Ana Berg", ("Berg", "ferry captain")),)
    records = [
        replace(r, joint_speakers=beside) if isinstance(r, SentenceRecord) and r.speaker else r
        for r in memory.all_records()
    ]
    statements = UnitFile.from_records(records).statements()
    assert [(speaker, aliases) for _, speaker, aliases in statements] == [
        ("Rui Lopes", ("Lopes", "harbour master")),
        ("Ana Berg", ("Berg", "ferry captain")),
    ]
    assert statements[0][0] == statements[1][0]


def test_a_name_the_corpus_mostly_calls_an_organisation_is_no_one_an_excerpt_names(
    isolated: Path,
) -> None:
    memory, _, embedder = index_in_memory(isolated)
    outlet = {"ports#s0": ("ORG", "Wikinews"), "trains#s1": ("ORG", "Wikinews")}
    records = [
        replace(r, names=(*r.names, ("PERSON", "Wikinews")))
        if isinstance(r, SentenceRecord) and r.speaker
        else replace(r, names=(*r.names, outlet[r.id]))
        if isinstance(r, SentenceRecord) and r.id in outlet
        else r
        for r in memory.all_records()
    ]
    store = MemoryRecordStore()
    store.add(records, memory.vectors([r.id for r in records]).matrix)
    answer = searcher(store, embedder).answer("What did Lopes say?", 3)
    assert searcher(store, embedder).people_in(answer.citations[0]) == ("Rui Lopes",)
