#!/usr/bin/env python3
"""Copy a trained pipeline into the package, recording the input features it was trained on
(``meta.json`` key ``communique.features``, read by events/classifier.py).

    python training/events/package.py training/ensemble/model-best \
        ../../src/communique/data/models/events [--features lemma|form]
"""

import argparse
import json
import shutil
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("src", type=Path)
ap.add_argument("dst", type=Path)
ap.add_argument("--features", choices=("lemma", "form"), default="lemma")
a = ap.parse_args()
if a.dst.exists():
    shutil.rmtree(a.dst)
shutil.copytree(a.src, a.dst)
meta_path = a.dst / "meta.json"
meta = json.loads(meta_path.read_text("utf-8"))
meta["communique"] = {"features": a.features}
meta_path.write_text(json.dumps(meta, indent=1), "utf-8")
size = sum(f.stat().st_size for f in a.dst.rglob("*") if f.is_file()) / 1e6
print(f"packaged {a.src} -> {a.dst} ({size:.1f} MB, features {a.features})")
