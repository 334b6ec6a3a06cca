"""The embedding seam: the ONNX backend gives sentence-transformers' vectors without torch, and
an index answers only questions embedded the way its own vectors were."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from article_qa.config import Settings
from article_qa.embedders import load_embedder
from article_qa.errors import IndexMismatch
from index import build_index
from retrieval import Engine
from tests.helpers import BUNDLED_ARTICLES, settings_for

TEXTS = [
    "What did the mayor say about the flood barrier?",
    "The council voted 7-2 on Tuesday to close the old bridge to lorries.",
    "Kürzlich: “quoted” text — with dashes, 3.5% and a URL https://example.org/a?b=c.",
    "A long paragraph that runs past the model's window. " * 60,
]


def test_onnx_vectors_equal_sentence_transformers(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "index")
    onnx = load_embedder(settings.embedding)
    reference = load_embedder(
        settings.embedding.model_copy(update={"backend": "sentence-transformers"})
    )
    ours, theirs = onnx.embed(TEXTS), reference.embed(TEXTS)
    assert ours.shape == theirs.shape == (len(TEXTS), 384)
    assert np.abs(ours - theirs).max() < 1e-5
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    # batched and one at a time give the same vectors (padding changes nothing)
    alone = np.concatenate([onnx.embed([text]) for text in TEXTS])
    assert np.abs(alone - ours).max() < 1e-5


def test_int8_vectors_stay_close_to_fp32(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "index")
    fp32 = load_embedder(settings.embedding)
    int8 = load_embedder(settings.embedding.model_copy(update={"precision": "int8"}))
    cosines = (fp32.embed(TEXTS) * int8.embed(TEXTS)).sum(axis=1)
    assert cosines.min() > 0.95
    assert "int8" in int8.vector_space and int8.vector_space != fp32.vector_space


def test_the_indexer_s_way_of_waiting_gives_the_same_vectors(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "index")
    answering = load_embedder(settings.embedding)
    indexing = load_embedder(settings.embedding, beside_other_work=True)
    assert indexing is not answering and indexing.vector_space == answering.vector_space
    np.testing.assert_allclose(indexing.embed(TEXTS), answering.embed(TEXTS), atol=1e-6)


def test_the_query_path_imports_no_torch(bundled_index: Settings) -> None:
    script = (
        "import sys\n"
        "from console.cli import main\n"
        "sys.argv = ['article-qa', 'ask', 'What did Davutoglu say?']\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    assert not exit.code, exit.code\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'transformers') "
        "if m in sys.modules]\n"
        "print('imported:', heavy)\n"
    )
    environment = {
        **os.environ,
        "ARTICLE_QA_INDEX": str(bundled_index.index.path),
        "ARTICLE_QA_MODEL_CACHE": str(bundled_index.embedding.cache),
    }
    done = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "Davutoglu" in done.stdout
    assert done.stdout.strip().endswith("imported: []")


def test_a_reader_with_another_precision_is_refused(bundled_index: Settings) -> None:
    embedding = bundled_index.embedding.model_copy(update={"precision": "int8"})
    int8 = bundled_index.model_copy(update={"embedding": embedding})
    with pytest.raises(IndexMismatch, match="onnx fp32.*onnx int8.*index --full"):
        Engine(int8)


def test_changing_precision_re_embeds_every_article(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "index", [BUNDLED_ARTICLES])
    build_index(settings, progress=False)
    int8 = settings.model_copy(
        update={"embedding": settings.embedding.model_copy(update={"precision": "int8"})}
    )
    summary = build_index(int8, progress=False)
    assert (summary.updated, summary.unchanged) == (1, 0)
    answer = Engine(int8).answer("What did Davutoglu say?")
    assert answer.citations


def test_a_damaged_export_is_made_again(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "index")
    cache = tmp_path / "models"
    shutil.copytree(settings.embedding.cache, cache)
    (entry,) = [p for p in cache.iterdir() if (p / "export.json").is_file()]
    (entry / "export.json").write_text("{ not json", encoding="utf-8")
    embedding = settings.embedding.model_copy(update={"cache": cache})
    vectors = load_embedder(embedding).embed(TEXTS[:1])
    assert vectors.shape == (1, 384)
    export = json.loads((entry / "export.json").read_text(encoding="utf-8"))
    assert export["largest_difference"] < 1e-5
