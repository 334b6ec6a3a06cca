"""A Chroma server that restarts in the middle of a batch: the batch waits and goes on."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from index import build_index
from retrieval import Engine
from tests.chroma_server import ChromaServer
from tests.helpers import settings_for

QUESTION = "Where could the NATO Response Force be sent?"
"""A question answered by dense retrieval, so every answer asks the server."""


@pytest.mark.slow
def test_a_server_restart_is_ridden_out(isolated: Path) -> None:
    server = ChromaServer(isolated)
    server.start()
    try:
        chroma = {
            "mode": "server",
            "port": server.port,
            "collection": "restart",
            "retry_seconds": 60.0,
        }
        settings = settings_for(isolated / "state", chroma=chroma)
        build_index(settings, progress=False)
        engine = Engine(settings)
        before = engine.answer(QUESTION)
        server.stop()
        restart = threading.Timer(3.0, server.start)
        restart.start()
        started = time.monotonic()
        after = engine.answer(QUESTION)  # waits for the server to be back
        restart.join()
        assert time.monotonic() - started >= 2.5
        assert after.citations == before.citations
        engine.close()
    finally:
        server.close()


def test_without_patience_a_lost_server_is_an_error_at_once(isolated: Path) -> None:
    from article_qa.errors import StoreUnavailable

    server = ChromaServer(isolated)
    server.start()
    try:
        chroma = {"mode": "server", "port": server.port, "collection": "gone", "retry_seconds": 0.0}
        settings = settings_for(isolated / "state", chroma=chroma)
        build_index(settings, progress=False)
        engine = Engine(settings)
        server.stop()
        with pytest.raises(StoreUnavailable, match=f"127.0.0.1:{server.port}"):
            engine.answer(QUESTION)
        engine.close()
    finally:
        server.close()
