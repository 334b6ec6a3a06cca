"""The reference embedder: the sentence-transformers model itself, run with torch.

It is what the ONNX export is made from and checked against (``article_qa.onnx_export``), and a
backend of its own (``[embedding].backend = "sentence-transformers"``). Importing this module
is cheap; creating an embedder imports torch (several seconds).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from article_qa.embedding import ModelFolder, Vectors, VectorSpace, weights_digest

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

BACKEND = "sentence-transformers"


def load_sentence_transformer(model_path: Path) -> SentenceTransformer:
    """The model from a local folder, with the Hugging Face hub switched off."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    return SentenceTransformer(str(model_path), device="cpu", local_files_only=True)


def pooling_of(model: SentenceTransformer) -> str:
    """The pooling mode of the model's Pooling module ("mean", "cls", ...)."""
    for module in model:
        config = getattr(module, "get_config_dict", None)
        if type(module).__name__ == "Pooling" and config is not None:
            return str(config().get("pooling_mode", "mean"))
    return "none"


def max_tokens_of(model: SentenceTransformer) -> int:
    """How many tokens of a text the model reads (the rest is cut off)."""
    return int(model.max_seq_length or model.tokenizer.model_max_length)


class SentenceTransformerEmbedder:
    """Embeds with sentence-transformers (torch): the reference the ONNX backend must match."""

    def __init__(self, model: ModelFolder, batch_size: int = 64) -> None:
        self.name = model.name
        self.batch_size = batch_size
        self.model = load_sentence_transformer(model.path)
        self.vector_space = str(
            VectorSpace(
                model=model.name,
                weights=weights_digest(model.path),
                backend=BACKEND,
                precision="fp32",
                pooling=pooling_of(self.model),
                max_tokens=max_tokens_of(self.model),
            )
        )

    def embed(self, texts: Sequence[str]) -> Vectors:
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)
