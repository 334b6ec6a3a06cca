"""What the indexer saves beside a generation for its readers (the records, the unit file, the
lexical indexes), and that a reader falls back on Chroma when those files are missing or
damaged."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from article_qa import store
from article_qa.config import Settings
from article_qa.corpus_names import find_corpus_names
from article_qa.lexical import PASSAGES_FOLDER, SENTENCES_FOLDER, LexicalIndex, lexical_text
from article_qa.record_file import RECORD_FILE, load_records
from article_qa.records import DocumentRecord
from article_qa.textnorm import tokens
from article_qa.unit_file import UNIT_FILE, UnitFile, ids_digest
from index import build_index
from retrieval import Engine
from retrieval.snapshot import Snapshot
from tests.helpers import BUNDLED_ARTICLES, settings_for


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = settings_for(tmp_path_factory.mktemp("reader-files") / "index", [BUNDLED_ARTICLES])
    build_index(settings, progress=False)
    return settings


def test_the_saved_records_are_the_records_in_chroma(indexed: Settings) -> None:
    generation = store.open_current(indexed)
    assert generation.folder is not None
    saved = load_records(generation.folder / RECORD_FILE)
    assert saved is not None
    in_chroma = generation.records.all_records()
    assert sorted(saved, key=lambda r: r.id) == sorted(in_chroma, key=lambda r: r.id)


def test_the_saved_lexical_index_scores_as_a_fresh_one(indexed: Settings) -> None:
    generation = store.open_current(indexed)
    assert generation.folder is not None
    snapshot = Snapshot.load(generation.name, generation.records, generation.folder)
    units = list(snapshot.sentences)
    digest = ids_digest(u.id for u in units)
    saved = LexicalIndex.load(generation.folder / SENTENCES_FOLDER, digest)
    assert saved is not None
    fresh = LexicalIndex.build([lexical_text(u.title, u.text) for u in units], digest)
    query = tokens("What did Davutoglu say about the border?")
    assert np.allclose(saved.scores(query), fresh.scores(query))
    # built over other units, it is not used
    other = ids_digest(u.id for u in units[1:])
    assert LexicalIndex.load(generation.folder / SENTENCES_FOLDER, other) is None


def test_the_unit_file_reads_back_what_the_records_hold(indexed: Settings) -> None:
    generation = store.open_current(indexed)
    assert generation.folder is not None
    saved = UnitFile.open(generation.folder / UNIT_FILE)
    assert saved is not None
    built = UnitFile.from_records(generation.records.all_records())
    assert list(saved.sentences) == list(built.sentences)
    assert list(saved.passages) == list(built.passages)
    assert saved.digests == built.digests
    # read one by one (and cached) as a question does, the same units come back
    assert [saved.sentences[n] for n in (3, 0, 3, -1)] == [
        built.sentences[3],
        built.sentences[0],
        built.sentences[3],
        built.sentences[len(built.sentences) - 1],
    ]
    ids = [u.id for u in built.sentences] + [u.id for u in built.passages] + ["nothing#s9"]
    assert saved.passage_of(ids) == built.passage_of(ids)
    assert len(saved.passage_of(ids)) == len(ids) - 1


def test_the_first_passage_holding_a_sentence_is_the_one_it_stands_for(
    indexed: Settings,
) -> None:
    generation = store.open_current(indexed)
    assert generation.folder is not None
    units = UnitFile.open(generation.folder / UNIT_FILE)
    assert units is not None
    for number, sentence in enumerate(units.sentences):
        holding = [
            p
            for p, passage in enumerate(units.passages)
            if passage.doc_id == sentence.doc_id
            and passage.paragraph == sentence.paragraph
            and passage.start < sentence.end
            and passage.end > sentence.start
        ]
        assert units.passage_of([sentence.id]) == {sentence.id: min(holding)}
        assert number in units.sentences_in(
            sentence.doc_id, sentence.paragraph, sentence.start, sentence.end
        )


def test_words_of_the_corpus_are_found_by_their_beginning(indexed: Settings) -> None:
    generation = store.open_current(indexed)
    assert generation.folder is not None
    units = UnitFile.open(generation.folder / UNIT_FILE)
    assert units is not None
    assert units.mentions_word("davutoglu") and units.mentions_word("davut")
    assert not units.mentions_word("merkel")


def test_damaged_or_missing_files_fall_back_on_chroma(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "index", [BUNDLED_ARTICLES])
    build_index(settings, progress=False)
    before = Engine(settings).answer("What did Davutoglu say?")
    generation = store.open_current(settings)
    assert generation.folder is not None
    record_file = generation.folder / RECORD_FILE
    record_file.write_text(record_file.read_text(encoding="utf-8")[:5000], encoding="utf-8")
    for name in (PASSAGES_FOLDER, SENTENCES_FOLDER):
        (generation.folder / name / "keys.json").write_text("[not json", encoding="utf-8")
    (generation.folder / UNIT_FILE).write_bytes(b"not a database")
    assert load_records(record_file) is None
    after = Engine(settings).answer("What did Davutoglu say?")
    assert [c.quote for c in after.citations] == [c.quote for c in before.citations]
    health = store.check(settings)
    assert health.sound and "reader files are missing or do not match" in health.message


def test_the_corpus_names_are_saved_with_the_units(indexed: Settings) -> None:
    generation = store.open_current(indexed)
    assert generation.folder is not None
    units = UnitFile.open(generation.folder / UNIT_FILE)
    assert units is not None
    expected = find_corpus_names((u.text, u.names) for u in units.sentences)
    assert {first: list(units.names[first]) for first in units.names} == expected
    assert "davutoglu" in units.names and "the" not in units.names
    # read by the first letters of their first word, in one query, in the same order
    in_d = [name for first in units.names if first.startswith("d") for name in units.names[first]]
    assert units.names.starting_with("d") == in_d and in_d


def test_the_genders_the_articles_tell_are_saved_with_the_units(indexed: Settings) -> None:
    generation = store.open_current(indexed)
    assert generation.folder is not None
    units = UnitFile.open(generation.folder / UNIT_FILE)
    assert units is not None
    assert units.genders() == UnitFile.from_records(generation.records.all_records()).genders()
    assert units.genders()["Ahmet Davutoglu"] == "m"


def test_a_person_two_articles_tell_apart_has_no_gender() -> None:
    told = [
        DocumentRecord(doc, f"/{doc}.txt", f"/{doc}.txt", doc.title(), "", "", None, genders=g)
        for doc, g in (("a", (("Kim Lee", "f"), ("Tom Berg", "m"))), ("b", (("Kim Lee", "m"),)))
    ]
    assert UnitFile.from_records(told).genders() == {"Tom Berg": "m"}
