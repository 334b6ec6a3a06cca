"""Helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from article_qa.config import Settings, load_settings

if TYPE_CHECKING:
    from retrieval import Engine

REPO = Path(__file__).resolve().parent.parent
BUNDLED_ARTICLES = REPO / "data" / "articles"
BUNDLED_ARTICLE = BUNDLED_ARTICLES / "nato-turkey-russia-2015-11-30.txt"
MODEL_CACHE = REPO / ".article-qa" / "models"
"""The ONNX export of the model, made once per checkout (as `make setup` does), not per test."""


def settings_for(index_path: Path, corpus: list[Path] | None = None, **sections: Any) -> Settings:
    """Settings with the given index folder and corpus, other keys at their defaults."""
    base = load_settings(environ={})
    corpus_settings = base.corpus.model_copy(update={"paths": tuple(corpus or [BUNDLED_ARTICLES])})
    index_settings = base.index.model_copy(update={"path": index_path})
    embedding_settings = base.embedding.model_copy(update={"cache": MODEL_CACHE})
    update: dict[str, Any] = {
        "corpus": corpus_settings,
        "index": index_settings,
        "embedding": embedding_settings,
    }
    for name, values in sections.items():
        update[name] = update.get(name, getattr(base, name)).model_copy(update=values)
    return base.model_copy(update=update)


def engine_over(folder: Path, name: str, text: str) -> Engine:
    """An engine over one small article written for a test: ``text`` saved as ``name`` in
    ``folder`` and indexed there with the real model and Chroma."""
    return engine_over_articles(folder, {name: text})


def engine_over_articles(folder: Path, articles: dict[str, str]) -> Engine:
    """An engine over small articles written for a test (file name -> text), saved in
    ``folder`` and indexed there together with the real model and Chroma."""
    from index import build_index
    from retrieval import Engine

    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = settings_for(folder / "index", [folder / name for name in articles])
    build_index(settings, progress=False)
    return Engine(settings)


def attributed_in(text: str) -> dict[str, str | None]:
    """Each sentence of the article ``text`` -> its speaker (None for no statement)."""
    from index.attribution import attribute_statements
    from index.chunking import sentences
    from index.corpus import Document

    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=text)
    spans = sentences(doc)
    found = attribute_statements(doc.text, spans)
    return {span.text: (found[n].speaker if n in found else None) for n, span in enumerate(spans)}


def said_by_in(text: str) -> dict[str, tuple[str, ...]]:
    """Each statement of the article ``text`` -> everyone it is attributed to, its speaker
    first and then those it reports beside them."""
    from index.attribution import attribute_statements
    from index.chunking import sentences
    from index.corpus import Document

    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=text)
    spans = sentences(doc)
    found = attribute_statements(doc.text, spans)
    return {spans[n].text: (a.speaker, *(name for name, _ in a.joint)) for n, a in found.items()}


def aliases_in(text: str) -> dict[str, set[str]]:
    """Each speaker of the article ``text`` -> the other ways it refers to them."""
    from index.attribution import attribute_statements
    from index.chunking import sentences
    from index.corpus import Document

    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=text)
    found = attribute_statements(doc.text, sentences(doc))
    return {a.speaker: set(a.aliases) for a in found.values()}


def speakers_in(text: str) -> dict[int, str]:
    """Sentence number -> speaker, for the statements of the article ``text``."""
    from index.attribution import attribute_statements
    from index.chunking import sentences
    from index.corpus import Document

    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=text)
    found = attribute_statements(doc.text, sentences(doc))
    return {n: attribution.speaker for n, attribution in found.items()}
