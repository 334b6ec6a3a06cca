"""Read the index and answer questions with cited excerpts: ``Engine(settings).answer(q)``."""

from retrieval.engine import Engine
from retrieval.types import Answer, Citation

__all__ = ["Answer", "Citation", "Engine"]
