#!/usr/bin/env python3
"""Copy a trained pipeline into the package, keeping only what loading needs.

    python training/events/package.py training/bow/model-best ../../src/communique/data/models/events
"""

import shutil
import sys
from pathlib import Path

src, dst = Path(sys.argv[1]), Path(sys.argv[2])
if dst.exists():
    shutil.rmtree(dst)
shutil.copytree(src, dst)
print(f"packaged {src} -> {dst} ({sum(f.stat().st_size for f in dst.rglob('*') if f.is_file()) / 1e6:.1f} MB)")
