"""The layering and the wheel: the core stays textual-free, an installed copy works anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_core_does_not_import_textual() -> None:
    core = sorted(
        "designtrainer." + ".".join(p.relative_to(ROOT / "designtrainer").with_suffix("").parts)
        for p in (ROOT / "designtrainer").rglob("*.py")
        if "tui" not in p.relative_to(ROOT / "designtrainer").parts and p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {core!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"core imported {out}"
    assert len(core) > 10


def test_help_does_not_import_heavy_modules() -> None:
    code = (
        "import sys\nfrom designtrainer.cli import build_parser\nbuild_parser()\n"
        "heavy = ('jsonschema', 'markdown_it', 'textual', 'fsrs')\n"
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""


@pytest.mark.parametrize("argv", [["list"], ["grade", "ANSWER"], ["show", "fraud-detection"]])
def test_commands_import_only_what_they_need(argv: list[str], tmp_path: Path) -> None:
    """No store, no TUI, no scheduler for commands that use none; the schema validator only
    explains a failure, so valid files never import jsonschema, nor difflib (which suggests
    a key for a misspelt one). The data home is new: nothing is cached, every file is read."""
    answer = ROOT / "tests" / "fixtures" / "answers" / "fraud-detection" / "strong.md"
    argv = [str(answer) if a == "ANSWER" else a for a in argv]
    code = (
        "import io, sys, contextlib\nfrom designtrainer.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()):\n    assert main({argv!r}) == 0\n"
        "heavy = ('jsonschema', 'textual', 'fsrs', 'sqlite3', 'designtrainer.store.db',"
        " 'difflib')\n"
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    env = {**os.environ, "DESIGNTRAINER_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout.strip()
    assert out == ""


@pytest.mark.slow
def test_wheel_installs_and_works_outside_the_checkout(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("designtrainer-*.whl"))
    # The typo reader's English words are data beside its module (grading/typos.py).
    assert "designtrainer/grading/english-words.txt" in zipfile.ZipFile(wheel).namelist()
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(env_dir)
    py = env_dir / "bin" / "python"
    # Dependencies come from the pip configuration of this machine (a registry mirror or cache).
    # This pip installs into the new environment (`--python`): no copy of pip is bootstrapped
    # there (ensurepip: 8 CPU-s), and nothing is byte-compiled ahead (4 CPU-s; Python compiles
    # what the commands below import anyway).
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(py),
            "install",
            "--quiet",
            "--no-compile",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    exe = env_dir / "bin" / "designtrainer"
    env = {**os.environ, "DESIGNTRAINER_HOME": str(tmp_path / "home")}
    env.pop("DESIGNTRAINER_CASES", None)
    listed = subprocess.run(
        [exe, "list"], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    ).stdout
    for case_id in ("fraud-detection", "recommendation", "eta-prediction", "spam-detection"):
        assert case_id in listed
    checked = subprocess.run(
        [exe, "validate"], cwd=tmp_path, env=env, capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    schema = subprocess.run(
        [exe, "schema", "rubric"], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    ).stdout
    assert '"$schema": "https://json-schema.org/draft/2020-12/schema"' in schema
