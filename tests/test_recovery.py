"""Every damaged state of the index folder recovers by the command the error names."""

from __future__ import annotations

import resource
import subprocess
from pathlib import Path

import pytest

from tests.helpers import BUNDLED_ARTICLES
from tests.robustness_support import article_qa_command, subprocess_env
from tests.test_cli import run


def built(folder: Path) -> dict[str, str]:
    env = {"ARTICLE_QA_INDEX": str(folder)}
    result = run("index", "-q", str(BUNDLED_ARTICLES), env=env)
    assert result.exit_code == 0, result.stderr
    return env


def generations(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith("gen-"))


def answers(env: dict[str, str]) -> bool:
    result = run("ask", "--json", "What did Davutoglu say?", env=env)
    return result.exit_code == 0 and '"refused": false' in result.stdout


def test_a_sound_index_checks_sound(isolated: Path) -> None:
    env = built(isolated / "index")
    result = run("index", "--check", env=env)
    assert result.exit_code == 0
    assert "is sound" in result.stdout


def test_a_pointer_with_bad_bytes_is_repaired_by_index_without_re_embedding(
    isolated: Path,
) -> None:
    folder = isolated / "index"
    env = built(folder)
    (folder / "CURRENT").write_bytes(b"\xff\xfe garbage \x00")
    failed = run("ask", "What did Davutoglu say?", env=env)
    assert failed.exit_code != 0 and "Traceback" not in failed.stderr
    assert "run `article-qa index`" in failed.stderr
    assert run("index", "--check", env=env).exit_code == 1
    repaired = run("index", "-q", str(BUNDLED_ARTICLES), env=env)
    assert repaired.exit_code == 0, repaired.stderr
    assert "(0 added, 0 updated, 0 removed, 1 unchanged)" in repaired.stdout
    assert answers(env)


def test_a_pointer_to_a_missing_generation_is_repaired(isolated: Path) -> None:
    folder = isolated / "index"
    env = built(folder)
    (folder / "CURRENT").write_text("gen-20000101-000000-000000000\n", encoding="utf-8")
    assert not answers(env)
    assert run("index", "-q", str(BUNDLED_ARTICLES), env=env).exit_code == 0
    assert answers(env)


def test_a_lost_pointer_points_back_at_the_newest_complete_generation(isolated: Path) -> None:
    folder = isolated / "index"
    env = built(folder)
    (live,) = generations(folder)
    (folder / "CURRENT").unlink()
    check = run("index", "--check", env=env)
    assert check.exit_code == 1 and "points back" in check.stderr
    again = run("index", "-q", str(BUNDLED_ARTICLES), env=env)
    assert "(0 added, 0 updated, 0 removed, 1 unchanged)" in again.stdout  # nothing re-embedded
    assert live in generations(folder) or answers(env)
    assert answers(env)


def test_a_corrupt_live_database_is_one_line_and_index_full_rebuilds(isolated: Path) -> None:
    folder = isolated / "index"
    env = built(folder)
    (live,) = generations(folder)
    database = live / "chroma.sqlite3"
    database.write_bytes(b"\x13\x37 not a database " * 4096)
    failed = run("ask", "What did Davutoglu say?", env=env)
    assert failed.exit_code != 0
    assert "Traceback" not in failed.stderr and len(failed.stderr.strip().splitlines()) == 1
    check = run("index", "--check", env=env)
    assert check.exit_code == 1 and "index --full" in check.stderr
    rebuilt = run("index", "-q", "--full", str(BUNDLED_ARTICLES), env=env)
    assert rebuilt.exit_code == 0, rebuilt.stderr
    assert answers(env)


@pytest.mark.slow
def test_a_full_disk_during_index_is_one_line_and_the_live_index_survives(isolated: Path) -> None:
    folder = isolated / "live"  # not "index": `python -m` would import it as a package
    env = built(folder)

    def small_files() -> None:  # as on a nearly full disk: no file may grow past 200 kB
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))

    done = subprocess.run(
        article_qa_command("index", "-q", "--full", str(BUNDLED_ARTICLES)),
        capture_output=True,
        env=subprocess_env(folder),
        cwd=isolated,
        timeout=300,
        preexec_fn=small_files,
        text=True,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.stderr.startswith("article-qa: cannot write the new index")
    assert "the live index is unchanged" in done.stderr
    assert len(generations(folder)) == 1  # the partial generation was removed
    assert answers(env)
