"""The real CLI on bad input: a one-line message naming the file, non-zero exit, no traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CLI = shutil.which("communique") or str(Path(sys.executable).with_name("communique"))
pytestmark = pytest.mark.skipif(not Path(CLI).exists(), reason="communique script not installed")


def test_extract_binary_file_exits_non_zero_with_one_line(tmp_path):
    blob = tmp_path / "photo.bin"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    good = tmp_path / "ok.txt"
    good.write_text(
        "Council Meets\n\nThe council met on Monday and approved the plan.\n", encoding="utf-8"
    )
    env = dict(os.environ, COMMUNIQUE_WORKERS="1")
    res = subprocess.run(
        [CLI, "extract", str(blob), str(good), "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert res.returncode != 0
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, res.stderr
    assert str(blob) in lines[0] and "E102" in lines[0]
    assert "Traceback" not in res.stderr
    assert res.stdout.count('"schema"') == 1  # the good file was still extracted
