"""Which embedder the settings ask for (``[embedding]``), loaded once per process."""

from __future__ import annotations

from functools import cache

from article_qa.config import EmbeddingSettings
from article_qa.embedding import Embedder, resolve_model
from article_qa.errors import ConfigError


@cache
def load_embedder(settings: EmbeddingSettings, beside_other_work: bool = False) -> Embedder:
    """Load the configured model once per process (the bot, the REPL and tests share it).

    The ONNX backend exports the model first if the cache has no export of these weights;
    only then (or with the sentence-transformers backend) is torch imported.
    ``beside_other_work``: the model encodes while the process does other work (the indexer
    parses as it encodes), so its threads sleep rather than spin while they wait.
    """
    model = resolve_model(settings.model)
    if settings.backend == "sentence-transformers":
        if settings.precision != "fp32":
            raise ConfigError(
                '[embedding].precision: the sentence-transformers backend runs "fp32" only; '
                'use backend = "onnx" for "int8"'
            )
        from article_qa.reference_embedder import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(model, batch_size=settings.batch_size)
    from article_qa.onnx_embedder import OnnxEmbedder
    from article_qa.onnx_export import exported_model

    exported = exported_model(model, settings.cache, settings.precision)
    return OnnxEmbedder(
        exported,
        settings.precision,
        batch_size=settings.batch_size,
        spinning=not beside_other_work,
    )
