"""docs/templates.md carries parts generated from the schema and the installer's limits; the
committed page must be what the generator makes now, so it cannot drift from the code."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_committed_template_docs_are_current() -> None:
    spec = importlib.util.spec_from_file_location("make_template_docs",
                                                  ROOT / "packaging" / "make_template_docs.py")  # fmt: skip
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    for page, names in generator.PAGES.items():
        committed = page.read_text(encoding="utf-8")
        assert generator.render(committed) == committed, "run packaging/make_template_docs.py"
        for name in names:  # every generated part is on its page, and filled
            assert f"<!-- generated:{name} -->\n<!-- end:{name} -->" not in committed
            assert f"<!-- generated:{name} -->" in committed
    assert set(generator.BLOCKS) == {n for names in generator.PAGES.values() for n in names}
    committed = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    assert "| `example` |" in committed  # a field's row, as a designer looks for it
    v2 = (ROOT / "docs" / "templates-v2.md").read_text(encoding="utf-8")
    for field in ("duck_under", "per_slot", "min_duration", "default", "depth_db"):
        assert f"| `{field}` |" in v2
