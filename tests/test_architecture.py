"""Import rules (docs/ARCHITECTURE.md): the core packages never import Textual (proved
by importing them with it blocked), and reader/ui never imports reader.app."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

READER = Path(__file__).resolve().parent.parent / "reader"

CORE = ("reader.analysis", "reader.analysis.linking", "reader.articles",
        "reader.articles.sources", "reader.library", "reader.library.query",
        "reader.library.database", "reader.library.index", "reader.library.query_parser",
        "reader.store", "reader.ui.session", "reader.commands.analyze",
        "reader.commands.export", "reader.commands.import_store",
        "reader.feeds.refresh", "reader.feeds.subscribe", "reader.feeds.opml",
        "reader.feeds.fulltext", "reader.articles.html_text", "reader.commands.feeds",
        "reader.commands.refresh", "reader.commands.list_items", "reader.commands.opml",
        "reader.heap", "reader.analysis_process", "reader.gc_pause", "reader.wording",
        "reader.regex_cache")


def test_core_packages_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'textual' or name.startswith('textual.'):\n"
        "            raise ImportError('textual is blocked in the core')\n"
        "sys.meta_path.insert(0, Block())\n"
        + "".join(f"import {mod}\n" for mod in CORE)
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at any level (TYPE_CHECKING and function bodies too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_ui_never_imports_the_app() -> None:
    offenders = sorted(
        str(path.relative_to(READER)) for path in (READER / "ui").rglob("*.py")
        if any(m == "reader.app" or m.startswith("reader.app.") for m in _imports(path)))
    assert offenders == []


def test_the_import_scan_sees_imports_inside_functions(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from reader.app import make_app\n", encoding="utf-8")
    assert "reader.app" in _imports(sample)


def test_core_packages_never_import_the_ui() -> None:
    core = [p for pkg in ("analysis", "articles", "feeds", "library", "store")
            for p in (READER / pkg).rglob("*.py")]
    offenders = sorted(str(p.relative_to(READER)) for p in core
                       if any(m.startswith(("reader.ui", "reader.app", "textual"))
                              for m in _imports(p)))
    assert offenders == []


def test_the_atomic_writer_is_private_to_the_store() -> None:
    outside = [p for p in READER.rglob("*.py") if "store" not in p.relative_to(READER).parts]
    offenders = sorted(str(p.relative_to(READER)) for p in outside
                       if any(m.startswith("reader.store.atomic") for m in _imports(p)))
    assert offenders == []
