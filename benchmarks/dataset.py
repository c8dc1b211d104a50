"""The generated comuna every benchmark shares, built once and cached in ``.bench-cache/``.

``GESTOR_BENCH_GESTORES`` / ``GESTOR_BENCH_YEARS`` shrink it for a quick look (default 60 × 4)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from benchmarks.generate import Generated, generate

CACHE = Path(__file__).resolve().parent.parent / ".bench-cache"


def comuna(seed: int = 1) -> Generated:
    gestores = int(os.environ.get("GESTOR_BENCH_GESTORES", "60"))
    years = int(os.environ.get("GESTOR_BENCH_YEARS", "4"))
    import hashlib

    from gestor_app.core.db import migrate
    from gestor_app.core.db.migrate import head_revisions

    versions = sorted(p.name for p in (Path(migrate.__file__).parent / "migrations" / "versions").glob("*.py"))
    schema = "-".join(sorted(head_revisions())) + "-" + hashlib.sha1("|".join(versions).encode()).hexdigest()[:8]
    out = CACHE / f"comuna-g{gestores}-y{years}-s{seed}-r{schema}"
    done = out / "done"
    if not done.exists():
        shutil.rmtree(out, ignore_errors=True)
        generated = generate(out, gestores=gestores, years=years, seed=seed)
        done.write_text(str(sum(generated.counts.values())), encoding="utf-8")
    laptops = sorted((out / "laptops").iterdir())
    return Generated(out=out, laptops=laptops, office=out / "office",
                     counts={"records": int(done.read_text(encoding="utf-8"))})
