"""A `.yaml` in a case folder that is no regular file (a FIFO, a link to a device, a link to
nothing) is skipped without being opened, as ever, but said: `validate` of such a folder said
"all valid" of what it had silently left out, as it says of nothing else."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from designtrainer.cli import main

GOOD = Path(__file__).parent / "bad_input" / "good"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_odd_yaml_entries_in_a_folder_are_named_and_fail_validate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    pack = tmp_path / "pack"
    pack.mkdir()
    shutil.copy(GOOD / "tiny.yaml", pack)
    shutil.copy(GOOD / "tiny.rubric.yaml", pack)
    os.mkfifo(pack / "pipe.yaml")
    (pack / "gone.yaml").symlink_to(tmp_path / "nowhere.yaml")
    (pack / "null.yml").symlink_to(os.devnull)
    assert main(["validate", str(pack)]) == 1  # a FIFO opened would wait here for ever
    out = capsys.readouterr().out
    for name in ("pipe.yaml", "gone.yaml", "null.yml"):
        assert f"{name}: " in out and "not a regular file" in out, out
    assert "tiny.yaml" not in out  # the good pair still loads
    assert main(["show", "tiny", "--cases-dir", str(pack)]) == 0


def test_a_link_out_of_the_folder_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A stranger's pack may link a `.yaml` to a private file: its first line would be quoted by
    the parse error. Not followed out of the folder; a link inside it still loads."""
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    secret = tmp_path / "secret"
    secret.write_text("root:$6$hunter2salt:19000:0:99999:7:::\n")  # as /etc/shadow
    pack = tmp_path / "pack"
    (pack / "real").mkdir(parents=True)
    shutil.copy(GOOD / "tiny.yaml", pack / "real")
    (pack / "tiny.rubric.yaml").symlink_to(GOOD / "tiny.rubric.yaml")  # out of the folder
    (pack / "key.yaml").symlink_to(secret)
    (pack / "again.yaml").symlink_to(pack / "real" / "tiny.yaml")  # inside: read
    assert main(["validate", str(pack)]) == 1
    out = capsys.readouterr().out
    assert "hunter2" not in out, out  # the old reading quoted it as an unknown key
    for name in ("key.yaml", "tiny.rubric.yaml"):
        assert f"{name}: a link to a file outside this folder: not read" in out, out
    assert "again.yaml: a link" not in out


def test_a_folder_of_skipped_links_only_names_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not also "no .yaml or .yml files in this folder", beside the links it named."""
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "tiny.yaml").symlink_to(GOOD / "tiny.yaml")
    assert main(["validate", str(pack)]) == 1
    out = capsys.readouterr().out
    assert "tiny.yaml: a link to a file outside this folder: not read" in out
    assert "no .yaml or .yml files" not in out, out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("given", ["relative", "absolute"])
def test_validate_names_every_skipped_entry_as_given_and_by_its_own_name(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    given: str,
    uncached_loading: None,  # the tests' shared library would keep the first run's names
) -> None:
    """Paths were resolved whole: a link was named by its target (`pack/up.yaml`, a link to
    `../other.yaml`, was reported as `other.yaml`), and links out of the working directory
    were shown absolute beside the FIFO and the files shown relative. Now every line names
    the entry itself, relative to the working directory when under it."""
    monkeypatch.setenv("DESIGNTRAINER_HOME", str(tmp_path / "home"))
    work = tmp_path / "work"
    pack = work / "pack"
    pack.mkdir(parents=True)
    (pack / "bad.yaml").write_text("id: x\n")
    os.mkfifo(pack / "pipe.yaml")
    (work / "other.yaml").write_text("x: 1\n")
    (pack / "up.yaml").symlink_to(Path("..") / "other.yaml")
    (pack / "out.yaml").symlink_to(GOOD / "tiny.yaml")
    (pack / "gone.yaml").symlink_to(tmp_path / "nowhere.yaml")
    monkeypatch.chdir(work)
    assert main(["validate", "pack" if given == "relative" else str(pack)]) == 1
    lines = capsys.readouterr().out.splitlines()
    named = sorted(line.split(":")[0] for line in lines)
    assert named == [f"pack/{n}.yaml" for n in ("bad", "gone", "out", "pipe", "up")], lines
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")  # not under the working directory: as given
    assert main(["validate", str(pack)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert all(line.startswith(f"{pack}/") for line in lines), "\n".join(lines)
