"""Export the embedding model to ONNX, once, into the project's model cache.

The export is made from the sentence-transformers model itself (torch is imported here, and on
the ONNX route only here) and is kept only if onnxruntime gives the same vectors as
sentence-transformers on a few test texts (to ``MATCH_TOLERANCE``). Layout of the cache::

    <[embedding].cache>/<model>-<first 16 hex of the weights' SHA-256>/
        model-fp32.onnx   the whole pipeline: transformer, pooling, normalisation
        model-int8.onnx   made from the fp32 file when first asked for (dynamic int8 weights)
        tokenizer.json    the model's fast tokenizer, truncating at the model's max length
        export.json       what the export is (``ExportedModel``)

A new export is written into a folder beside the cache entry and renamed into place, so a
crash, or two processes exporting at once, never leave half an export behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import warnings
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from article_qa.config import Precision
from article_qa.embedding import ModelFolder, weights_digest
from article_qa.errors import ArticleQAError, ConfigError
from article_qa.onnx_embedder import OnnxEmbedder
from article_qa.onnx_model import EXPORT_FILE, INPUTS, TOKENIZER_FILE, ExportedModel, read_export
from article_qa.reference_embedder import load_sentence_transformer, max_tokens_of, pooling_of

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

OPSET = 17
MATCH_TOLERANCE = 1e-5
"""Largest difference, in any coordinate, allowed between the export's and the reference's
vectors on ``CHECK_TEXTS``."""
CHECK_TEXTS = (
    "What did the minister say about the new border checks?",
    "  Leading and trailing spaces, ÜNICODE, “curly quotes” — and 2019's figures: 12.5%.  ",
    "A short one.",
    "A text longer than the model reads, so that truncation is checked too. " * 40,
)


class ExportError(ArticleQAError):
    """The model could not be exported to ONNX, or the export does not match the reference."""


def exported_model(model: ModelFolder, cache: Path, precision: Precision) -> ExportedModel:
    """The cache entry for ``model`` at ``precision``, exporting it first if need be."""
    digest = weights_digest(model.path)
    folder = cache / f"{model.name}-{digest[:16]}"
    exported = read_export(folder)
    if exported is None:
        shutil.rmtree(folder, ignore_errors=True)  # missing, or left damaged: made again
        _export(model, digest, folder)
        exported = read_export(folder)
        if exported is None:
            raise ExportError(f"the ONNX export in {folder} cannot be read back")
    if precision == "int8" and not exported.model_file("int8").is_file():
        _quantize(exported)
    return exported


def _export(model: ModelFolder, digest: str, folder: Path) -> None:
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
        scratch.chmod(0o755)  # mkdtemp makes it private; the export is no secret
    except OSError as exc:
        raise ConfigError(
            f"[embedding].cache: cannot write the model cache {folder.parent} "
            f"({exc.strerror or exc}): point it at a writable folder"
        ) from None
    try:
        reference = load_sentence_transformer(model.path)
        inputs = _graph_inputs(reference)
        _write_tokenizer(reference, scratch / TOKENIZER_FILE)
        _write_onnx(reference, inputs, scratch / "model-fp32.onnx")
        exported = ExportedModel(
            folder=scratch,
            model=model.name,
            weights=digest,
            pooling=pooling_of(reference),
            max_tokens=max_tokens_of(reference),
            dimensions=int(reference.get_embedding_dimension() or 0),
            lowercase=bool(getattr(reference[0], "do_lower_case", False)),
            inputs=inputs,
            largest_difference=0.0,
        )
        difference = _largest_difference(exported, reference)
        if difference > MATCH_TOLERANCE:
            raise ExportError(
                f"the ONNX export of {model.name} differs from sentence-transformers by "
                f'{difference:.1e}: use [embedding].backend = "sentence-transformers"'
            )
        replace(exported, largest_difference=difference).save()
        try:
            os.rename(scratch, folder)
        except OSError:
            if not (folder / EXPORT_FILE).is_file():  # not another process's finished export
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _graph_inputs(reference: SentenceTransformer) -> tuple[str, ...]:
    names = tuple(reference.tokenizer.model_input_names)
    unknown = [name for name in names if name not in INPUTS]
    if unknown:
        raise ExportError(
            f"the model takes inputs {unknown} that the ONNX backend does not feed: "
            'use [embedding].backend = "sentence-transformers"'
        )
    return names


def _write_tokenizer(reference: SentenceTransformer, path: Path) -> None:
    """Save the fast tokenizer set up as sentence-transformers calls it: truncate at the
    model's max length, pad to the longest text of the batch."""
    tokenizer = getattr(reference.tokenizer, "backend_tokenizer", None)
    if tokenizer is None:
        raise ExportError(
            "the model has no fast tokenizer, which the ONNX backend needs: "
            'use [embedding].backend = "sentence-transformers"'
        )
    tokenizer.enable_truncation(max_length=max_tokens_of(reference))
    tokenizer.enable_padding(
        pad_id=int(reference.tokenizer.pad_token_id or 0),
        pad_token=str(reference.tokenizer.pad_token or "[PAD]"),
    )
    tokenizer.save(str(path))


def _write_onnx(reference: SentenceTransformer, inputs: tuple[str, ...], path: Path) -> None:
    import torch

    class Pipeline(torch.nn.Module):
        """The sentence-transformers modules, called with positional tensors for the export."""

        def __init__(self) -> None:
            super().__init__()
            self.reference = reference

        def forward(self, *tensors: torch.Tensor) -> torch.Tensor:
            features = dict(zip(inputs, tensors, strict=True))
            return self.reference(features)["sentence_embedding"]  # type: ignore[no-any-return]

    example = tuple(torch.ones((2, 8), dtype=torch.long) for _ in inputs)
    axes = {name: {0: "batch", 1: "tokens"} for name in inputs}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Pipeline().eval(),
            example,
            str(path),
            input_names=list(inputs),
            output_names=["embedding"],
            dynamic_axes={**axes, "embedding": {0: "batch"}},
            opset_version=OPSET,
            dynamo=False,
        )


def _largest_difference(exported: ExportedModel, reference: SentenceTransformer) -> float:
    texts = list(CHECK_TEXTS)
    ours = OnnxEmbedder(exported, "fp32").embed(texts)
    theirs = reference.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
    return float(np.abs(ours - np.asarray(theirs, dtype=np.float32)).max())


def _quantize(exported: ExportedModel) -> None:
    """Quantise the fp32 export's matrix weights to int8, per output channel, with dynamic
    activation quantisation (per-tensor int8 weights lose much more)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    target = exported.model_file("int8")
    scratch = target.with_name(f".{target.name}.{os.getpid()}")
    try:
        quantize_dynamic(
            exported.model_file("fp32"),
            scratch,
            per_channel=True,
            reduce_range=False,
            weight_type=QuantType.QInt8,
            op_types_to_quantize=["MatMul"],
        )
        os.replace(scratch, target)
    except OSError as exc:
        raise ConfigError(
            f"[embedding].cache: cannot write {target} ({exc.strerror or exc}): "
            "point the cache at a writable folder"
        ) from None
    finally:
        scratch.unlink(missing_ok=True)
