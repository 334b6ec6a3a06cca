"""Helpers for the robustness tests (hostile input, crash safety): verbatim checks, corpora,
and running ``article-qa`` in a subprocess that can be killed at a chosen moment."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from article_qa import store
from article_qa.config import Settings
from console.cli import main
from retrieval.types import Answer, Citation

PROBE_QUESTIONS = (
    "What did Davutoglu say?",
    "Who is NATO's Secretary-General?",
    "What did Stoltenberg say about Russia?",
    "Why did Turkey shoot down the Russian jet?",
    "Who won the 2014 World Cup?",
)
"""Questions about the bundled article, asked before and after an index run goes wrong."""

HANG_GUARD = 300.0
"""Seconds after which a subprocess that never reached the expected state counts as hung."""


def text_of(path: str | Path) -> str:
    """The text citation offsets refer to: the file's characters, newlines untranslated."""
    return Path(path).read_bytes().decode("utf-8")


def citation_file(citation: Citation | dict[str, Any]) -> str:
    """The file a citation's offsets refer to (``text_path`` where there is one)."""
    if isinstance(citation, dict):
        return str(citation.get("text_path") or citation["source"])
    return citation.text_path or citation.source


def assert_verbatim(answer: Answer) -> None:
    """Every citation is the cited file's own text at its offsets; a refusal cites nothing."""
    assert isinstance(answer, Answer), answer
    if answer.refused:
        assert answer.citations == (), answer
    for citation in answer.citations:
        assert 0 <= citation.start <= citation.end, citation
        text = text_of(citation_file(citation))
        assert text[citation.start : citation.end] == citation.quote, citation


def assert_verbatim_json(payload: dict[str, Any]) -> None:
    """The same check for one ``ask --json`` object."""
    assert set(payload) >= {"question", "refused", "answers"}, payload
    for cited in payload["answers"]:
        text = text_of(citation_file(cited))
        assert text[cited["start"] : cited["end"]] == cited["quote"], cited


def assert_one_line_error(stderr: str) -> None:
    """A user-facing failure: one ``article-qa: ...`` line, no traceback."""
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("article-qa: "), stderr


def cli(*args: str, input: str | bytes | None = None, index: Path | None = None) -> Result:
    """Run ``article-qa`` in-process; exceptions are caught so a test can classify them."""
    env = {"ARTICLE_QA_INDEX": str(index)} if index is not None else None
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=True)


def assert_clean_exit(result: Result, allowed: Iterable[int] = (0, 2)) -> None:
    """The command ended by exiting (no stray exception), with an allowed code."""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"unexpected {result.exception!r}") from result.exception
    assert result.exit_code in tuple(allowed), (result.exit_code, result.stderr)
    assert "Traceback" not in result.output, result.output


def generation_folders(index: Path) -> list[str]:
    """The ``gen-*`` folders of an embedded index, sorted (oldest first)."""
    if not index.is_dir():
        return []
    return sorted(
        p.name for p in index.iterdir() if p.name.startswith(store.GENERATION_PREFIX) and p.is_dir()
    )


def live_generation(settings: Settings) -> str | None:
    return store.current_generation_name(settings)


def citations_of(answer: Answer, with_scores: bool = True) -> tuple[Any, ...]:
    """What an answer cites, comparable across engines (optionally ignoring scores)."""
    if with_scores:
        return (answer.refused, answer.citations)
    return (
        answer.refused,
        tuple((c.source, c.start, c.end, c.quote, c.speaker) for c in answer.citations),
    )


REPORT_WORDS = (
    "harbour council budget minister river school vaccine election bridge festival drought "
    "railway museum factory tariff border treaty storm hospital court pension ferry"
).split()


def write_report_corpus(
    folder: Path, articles: int = 40, own_paragraphs: int = 1, seed: int = 5
) -> Path:
    """Generated articles whose index takes several seconds to write.

    Every article shares one title and most of its paragraphs, so the embedder (which embeds
    each distinct text once) has little to do while the store receives thousands of records:
    a run spends seconds both embedding and writing, so it can be killed in either phase.
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    shared = [
        f"Item {n}: the {' '.join(rng.sample(REPORT_WORDS, 3))} report was published on time."
        for n in range(30)
    ]
    for number in range(articles):
        own = [
            f"In district {number}-{n} the {' '.join(rng.sample(REPORT_WORDS, 4))} plans "
            f"were discussed for {rng.randint(2, 90)} minutes, officials said."
            for n in range(own_paragraphs)
        ]
        body = "\n\n".join(own + shared)
        text = f"---\ntitle: District report\n---\n{body}\n"
        (folder / f"report-{number:02d}.txt").write_text(text, encoding="utf-8")
    return folder


def subprocess_env(index: Path) -> dict[str, str]:
    """The test's (isolated) environment, pointing ``article-qa`` at ``index``, offline."""
    env = dict(os.environ)
    env.update(
        ARTICLE_QA_INDEX=str(index),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
        LC_ALL="C.UTF-8",
        PYTHONUNBUFFERED="1",
    )
    return env


def article_qa_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "console", *args]


class Running:
    """An ``article-qa`` subprocess whose output is collected as it comes (progress bars)."""

    def __init__(self, args: list[str], index: Path, cwd: Path) -> None:
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            article_qa_command(*args),
            env=subprocess_env(index),
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._out = {"stdout": bytearray(), "stderr": bytearray()}
        self._lock = threading.Lock()
        self._readers = [
            threading.Thread(target=self._read, args=(name,), daemon=True) for name in self._out
        ]
        for reader in self._readers:
            reader.start()

    def _read(self, name: str) -> None:
        stream = getattr(self.process, name)
        while chunk := stream.read1(65536):
            with self._lock:
                self._out[name].extend(chunk)
        stream.close()

    def _text(self, name: str) -> str:
        with self._lock:
            return self._out[name].decode("utf-8", "replace")

    @property
    def stderr(self) -> str:
        return self._text("stderr")

    @property
    def stdout(self) -> str:
        return self._text("stdout")

    def wait_until(self, condition: Callable[[], bool], what: str) -> None:
        """Poll until ``condition`` holds while the process still runs; fail if it ends first."""
        while not condition():
            if self.process.poll() is not None:
                self.finish()
                raise AssertionError(
                    f"`article-qa` ended (exit {self.process.returncode}) before {what}; "
                    f"the corpus is too small to catch that moment. stderr:\n{self.stderr}"
                )
            if time.monotonic() - self.started > HANG_GUARD:
                self.kill()
                raise AssertionError(f"`article-qa` hung before {what}. stderr:\n{self.stderr}")
            time.sleep(0.005)

    def kill(self) -> int:
        """SIGKILL the process (no clean-up of any kind runs) and reap it."""
        self.process.kill()
        return self.finish()

    def finish(self) -> int:
        """Wait for the process to end (killing it if it hangs); its exit code."""
        try:
            self.process.wait(timeout=HANG_GUARD)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for reader in self._readers:
            reader.join(timeout=30)
        return self.process.returncode


def json_lines(stdout: str) -> list[dict[str, Any]]:
    """``ask --json`` output: one object per ``\\n``-terminated line."""
    return [json.loads(line) for line in stdout.split("\n") if line.strip()]
