"""What the indexer saves beside a generation for its readers (the records, the lexical
indexes), and that a reader falls back on Chroma when those files are missing or damaged."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from article_qa import store
from article_qa.config import Settings
from article_qa.lexical import PASSAGES_FOLDER, SENTENCES_FOLDER, LexicalIndex, lexical_text
from article_qa.record_file import RECORD_FILE, load_records
from article_qa.textnorm import tokens
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
    units = snapshot.sentences
    saved = LexicalIndex.load(generation.folder / SENTENCES_FOLDER, [u.id for u in units])
    assert saved is not None
    fresh = LexicalIndex.build(
        [u.id for u in units], [lexical_text(u.title, u.text) for u in units]
    )
    query = tokens("What did Davutoglu say about the border?")
    assert np.allclose(saved.scores(query), fresh.scores(query))
    # built over other records, it is not used
    assert (
        LexicalIndex.load(generation.folder / SENTENCES_FOLDER, [u.id for u in units[1:]]) is None
    )


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
    assert load_records(record_file) is None
    after = Engine(settings).answer("What did Davutoglu say?")
    assert [c.quote for c in after.citations] == [c.quote for c in before.citations]
    health = store.check(settings)
    assert health.sound and "reader files are missing or do not match" in health.message
