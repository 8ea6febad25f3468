"""Print the README's table sample from the real output of ``communique extract --example
--format table`` at 80 columns: the lines the README shows (an abridged copy; the test
tests/test_readme_samples.py checks that every line of the README's sample is a line of the
real output, in order). Run it after changing the table view and paste its output:

    .venv/bin/python scripts/readme_samples.py
"""

from __future__ import annotations

import os
import subprocess
import sys

#: Which lines to keep: a section title keeps its header (and rule); then rows starting so.
KEEP = {
    "": ("Indonesia and Japan", "id ec78", "boilerplate:"),
    "Actors": ("a1 ", "a2 ", "a7 "),
    "Quotes": ("q2 ", "q8 "),
    "Events": ("e1 ", "e3 "),
    "Evidence of the events": ("e1 ", "e3 "),
    "Times": ("Tuesday ", "last month ", "two days "),
    "Amounts": ("$2.5 billion ", "70% ", "about 12,000 jobs "),
    "Voice summary": ("Voice summary",),
}


def real_output() -> list[str]:
    env = {**os.environ, "COLUMNS": "80", "COMMUNIQUE_WORKERS": "1"}
    cmd = [sys.executable, "-m", "communique", "extract", "--example", "--format", "table"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout
    return [line.rstrip() for line in out.splitlines()]


def abridged(lines: list[str]) -> list[str]:
    """The kept lines: each kept section's title, header and rule, its kept rows with their
    continuation lines (which start with spaces), and everything from the voice summary on."""
    out: list[str] = []
    section, keeping, header = "", False, 0
    for line in lines:
        if line in KEEP or line.startswith("Voice summary"):
            section = "Voice summary" if line.startswith("Voice summary") else line
            keeping, header = section == "Voice summary", 2
            out.append(line)
            continue
        if header and section:
            header -= 1
            out.append(line)
            continue
        if not (line.startswith(" ") and keeping) and section != "Voice summary":
            keeping = line.startswith(KEEP.get(section, ()))
        if keeping:
            out.append(line)
    return out


if __name__ == "__main__":
    print("\n".join(abridged(real_output())))
