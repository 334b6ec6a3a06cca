"""One entry of the model cache: an ONNX export of the embedding model and what it takes to
run it (written by ``article_qa.onnx_export``, run by ``article_qa.onnx_embedder``)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from article_qa.config import Precision

EXPORT_FILE = "export.json"
TOKENIZER_FILE = "tokenizer.json"
INPUTS = {"input_ids": "ids", "attention_mask": "attention_mask", "token_type_ids": "type_ids"}
"""Model input name -> the ``tokenizers.Encoding`` field that feeds it."""


@dataclass(frozen=True)
class ExportedModel:
    """One cache entry: an exported model and what it takes to run it."""

    folder: Path
    model: str
    weights: str
    pooling: str
    max_tokens: int
    dimensions: int
    lowercase: bool
    inputs: tuple[str, ...]
    """The ONNX graph's inputs, in order (a subset of ``INPUTS``)."""
    largest_difference: float
    """From sentence-transformers' vectors on the export's check texts, measured when it was
    made."""

    def model_file(self, precision: Precision) -> Path:
        return self.folder / f"model-{precision}.onnx"

    @property
    def tokenizer_file(self) -> Path:
        return self.folder / TOKENIZER_FILE

    def save(self) -> None:
        """Write ``export.json`` (last: an entry without it is not an entry)."""
        fields = asdict(self)
        del fields["folder"]
        (self.folder / EXPORT_FILE).write_text(json.dumps(fields, indent=2), encoding="utf-8")


def read_export(folder: Path) -> ExportedModel | None:
    """The cache entry in ``folder``, or None when it is missing or damaged."""
    try:
        fields = json.loads((folder / EXPORT_FILE).read_text(encoding="utf-8"))
        fields["folder"] = folder
        fields["inputs"] = tuple(fields["inputs"])
        exported = ExportedModel(**fields)
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if not (exported.model_file("fp32").is_file() and exported.tokenizer_file.is_file()):
        return None
    return exported
