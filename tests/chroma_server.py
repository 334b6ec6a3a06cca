"""A real ``chroma run`` on a free loopback port, for the server-mode tests."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

START_SECONDS = 30
STOP_SECONDS = 20


class ChromaServer:
    """A Chroma server process holding its data in ``data``; it can be stopped and started
    again on the same port (a restart)."""

    def __init__(self, data: Path) -> None:
        self.data = data
        executable = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which(
            "chroma"
        )
        assert executable, "the chroma server ships with chromadb: reinstall the project"
        self.executable = executable
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port: int = probe.getsockname()[1]
        self.process: subprocess.Popen[bytes] | None = None
        self.log = (data / "server.log").open("ab")

    def start(self) -> None:
        """Start the server and wait until it answers its heartbeat."""
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
        deadline = time.monotonic() + START_SECONDS
        url = f"http://127.0.0.1:{self.port}/api/v2/heartbeat"
        while True:
            try:
                with urllib.request.urlopen(url, timeout=1):
                    return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.process.kill()
                    raise RuntimeError(
                        f"chroma run did not start: see {self.data / 'server.log'}"
                    ) from None
                time.sleep(0.2)

    def stop(self) -> None:
        """Stop the server (SIGTERM; killed if it does not stop in time)."""
        if self.process is None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def close(self) -> None:
        self.stop()
        self.log.close()
