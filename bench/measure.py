"""What the scale bench measures about processes: peak memory, CPU, disk, and a Chroma server.

* ``run_child`` runs a command to its end and measures its peak RSS (``VmHWM``), its CPU time
  (``wait4``) and how much CPU the *other* processes of the machine used meanwhile (the bench
  shares its machine, and its figures are only as good as that share is small);
* ``chroma_server`` starts ``chroma run`` on a free loopback port, waits for its heartbeat and
  stops it by its PID;
* ``disk_bytes`` is what ``du`` counts; ``vacuum`` runs ``chroma vacuum`` on a stopped store.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Child:
    """A finished child process: its output, exit code, wall time and own resource usage."""

    code: int
    stdout: str
    stderr: str
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    others: float
    """Share of the machine's CPU that other processes (not it, not ``also_ours``) used."""


@dataclass(frozen=True)
class Server:
    process: subprocess.Popen[bytes]
    port: int
    data: Path


def run_child(command: list[str], cwd: Path, also_ours: int | None = None) -> Child:
    """Run ``command`` to its end, with no ``ARTICLE_QA_*`` variable in its environment."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ARTICLE_QA_")}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        busy, ours = machine_cpu_s(), process_cpu_s(also_ours)
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=environment, cwd=cwd)
        peak = 0.0
        while True:
            # Not ru_maxrss: at exec, Linux folds the parent's peak RSS into the child's.
            # VmHWM belongs to the child's own address space; poll it until the child exits.
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, peak_rss_mb(process.pid) or 0.0)
            time.sleep(0.05)
        wall = time.perf_counter() - started
        cpu = usage.ru_utime + usage.ru_stime
        others = machine_cpu_s() - busy - cpu - (process_cpu_s(also_ours) - ours)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Child(
            code=process.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            wall_s=wall,
            cpu_s=cpu,
            peak_rss_mb=peak,
            others=max(0.0, others) / (wall * (os.cpu_count() or 1)),
        )


def machine_cpu_s() -> float:
    """CPU seconds all processes have spent since boot (``/proc/stat``, idle excluded)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def process_cpu_s(pid: int | None) -> float:
    """CPU seconds (user + system) a running process has spent; 0 for None or a gone one."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float | None:
    """The peak resident memory (VmHWM) of a running process, in MB."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) / 1024 if match else None


def disk_bytes(path: Path) -> int:
    """Bytes allocated on disk to the files under ``path`` (what ``du`` counts)."""
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_blocks * 512
            except OSError:
                pass
    return total


def chroma_executable() -> str:
    found = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    if found is None:
        raise SystemExit("the chroma command ships with chromadb: reinstall the project")
    return found


def vacuum(path: Path) -> None:
    """Give the free pages of a stopped Chroma store back to the file system."""
    subprocess.run(
        [chroma_executable(), "vacuum", "--path", str(path), "--force"],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@contextmanager
def chroma_server(work: Path) -> Iterator[Server]:
    """A ``chroma run`` on a free loopback port with its data in ``work/server``."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = work / "server"
    log_path = work / "server.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [chroma_executable(), "run", "--path", str(data), "--host", "127.0.0.1"]
            + ["--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_for_heartbeat(process, port, log_path)
            yield Server(process, port, data)
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_for_heartbeat(process: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"chroma run did not start: {log.read_text()[-2000:]}") from None
            time.sleep(0.2)
