"""The query-path embedder: an ONNX export run with onnxruntime, without torch.

It tokenises with the model's own fast tokenizer (``tokenizers``), runs the exported pipeline
(transformer, pooling, normalisation) and normalises once more, so vectors are unit length
whatever the model's last module. The export is made by ``article_qa.onnx_export``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from article_qa.config import Precision
from article_qa.embedding import Vectors, VectorSpace
from article_qa.onnx_model import INPUTS, ExportedModel

BACKEND = "onnx"


class OnnxEmbedder:
    """Embeds with onnxruntime; gives sentence-transformers' vectors (fp32) or close to them
    (int8)."""

    def __init__(
        self,
        exported: ExportedModel,
        precision: Precision,
        batch_size: int = 8,
        spinning: bool = True,
    ) -> None:
        """``spinning``: onnxruntime's threads wait for work by spinning, which answers one
        question at a time fastest (~2.8 instead of ~3.4 ms a question here) but takes a
        core from whatever else the process runs; the indexer, which parses with spaCy in
        another thread while it encodes, turns it off (its whole run: 0.83x the time)."""
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3  # warnings about the graph are not the user's business
        if not spinning:
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = onnxruntime.InferenceSession(
            str(exported.model_file(precision)), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(exported.tokenizer_file))
        self._exported = exported
        self.name = exported.model
        self.batch_size = batch_size
        self.vector_space = str(
            VectorSpace(
                model=exported.model,
                weights=exported.weights,
                backend=BACKEND,
                precision=precision,
                pooling=exported.pooling,
                max_tokens=exported.max_tokens,
            )
        )

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self._exported.dimensions), dtype=np.float32)
        batches = [
            self._embed_batch(texts[begin : begin + self.batch_size])
            for begin in range(0, len(texts), self.batch_size)
        ]
        return np.concatenate(batches)

    def _embed_batch(self, texts: Sequence[str]) -> Vectors:
        if self._exported.lowercase:
            texts = [text.lower() for text in texts]
        encodings = self._tokenizer.encode_batch(list(texts))
        feed = {
            name: np.array([getattr(e, INPUTS[name]) for e in encodings], dtype=np.int64)
            for name in self._exported.inputs
        }
        (vectors,) = self._session.run(None, feed)
        return _unit_length(np.asarray(vectors, dtype=np.float32))


def _unit_length(vectors: npt.NDArray[np.float32]) -> Vectors:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)
