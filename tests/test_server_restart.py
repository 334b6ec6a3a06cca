"""A Chroma server that restarts in the middle of a batch: the batch waits and goes on."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from index import build_index
from retrieval import Engine
from tests.helpers import settings_for

QUESTION = "Where could the NATO Response Force be sent?"
"""A question answered by dense retrieval, so every answer asks the server."""


class ChromaServer:
    """A ``chroma run`` of this test's own, which it can stop and start again."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.executable = shutil.which(
            "chroma", path=str(Path(sys.executable).parent)
        ) or shutil.which("chroma")
        assert self.executable
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process: subprocess.Popen[bytes] | None = None
        self.log = (data / "server.log").open("ab")

    def start(self) -> None:
        assert self.executable
        self.process = subprocess.Popen(
            [
                self.executable,
                "run",
                "--path",
                str(self.data / "db"),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        url = f"http://127.0.0.1:{self.port}/api/v2/heartbeat"
        while True:
            try:
                with urllib.request.urlopen(url, timeout=1):
                    return
            except OSError:
                assert time.monotonic() < deadline, "chroma run did not start"
                time.sleep(0.2)

    def stop(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=20)
            self.process = None

    def close(self) -> None:
        self.stop()
        self.log.close()


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
