"""The article analyser: pure functions over str, no Textual, no I/O."""

from __future__ import annotations

import os
import sys

# The analyser's modules may be compiled with mypyc (hatch_build.py): an editable
# install builds them beside their sources, with a stamp of the sources they came from.
# When a source has changed since, the compiled copy is older than the code: every
# module of the package is then read from its source (all of them, as the compiled ones
# call each other directly), until the next install compiles them again.
_HERE = os.path.dirname(os.path.abspath(__file__))
# The package's folder, for the modules that read files in it: a module compiled with
# mypyc has no true __file__ of its own (this one is never compiled).
PACKAGE_FOLDER = _HERE
_STAMP_NAME = "_native_sources.txt"  # (written by hatch_build.py)
_SHARED_LIBRARY = "_native__mypyc."  # (the start of the compiled modules' library)


def compiled_copy_is_current(folder: str) -> bool:
    """Whether the compiled modules in `folder`, if any, were built from its sources as
    they are now: True without a stamp (a wheel brings both, or nothing is compiled)."""
    try:
        with open(os.path.join(folder, _STAMP_NAME), encoding="utf-8") as file:
            stamp = file.read()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        for line in stamp.splitlines():
            name, size, mtime_ns = line.split()
            info = os.stat(os.path.join(folder, name))
            if info.st_size != int(size) or info.st_mtime_ns != int(mtime_ns):
                return False
    except (OSError, ValueError):
        return False
    return True


class SourcesFirst:
    """An import finder that reads the modules of the package in `folder` from their
    .py files, ahead of compiled ones."""

    def __init__(self, package: str, folder: str) -> None:
        self.package = package
        self.folder = folder

    def find_spec(self, fullname: str, path: object = None,
                  target: object = None) -> object:
        package, _, name = fullname.rpartition(".")
        source = os.path.join(self.folder, f"{name}.py")
        if package != self.package or not os.path.isfile(source):
            return None
        from importlib.util import spec_from_file_location

        return spec_from_file_location(fullname, source)


def _runs_compiled() -> bool:
    """Whether the modules will run compiled; when a compiled copy is stale, the
    sources are put first."""
    if not compiled_copy_is_current(_HERE):
        sys.meta_path.insert(0, SourcesFirst(__name__, _HERE))  # type: ignore[arg-type]
        return False
    return any(name.startswith(_SHARED_LIBRARY) for name in os.listdir(_HERE))


# Whether the analyser runs compiled (`reader --version` tells): False for plain Python
# and for a stale compiled copy.
COMPILED = _runs_compiled()

from reader.analysis.model import ENTITY_KINDS, Analysis, Entity, Quote  # noqa: E402

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from reader.analysis.model import EntityKind
else:
    EntityKind = str  # (model.py defines it for mypy only; this module is never compiled)

# The finders (and their name tables, about 12 MiB) are imported by the first `analyze`,
# not by `import reader.analysis`: reading a cached analysis needs only the model.

# Bump when a change to the analyser changes what it finds: the analysis cache on disk
# keys on it, so analyses made by an older analyser are not shown.
ANALYSER_VERSION = "98"

__all__ = ["ANALYSER_VERSION", "COMPILED", "ENTITY_KINDS", "Analysis", "Entity", "EntityKind",
           "Quote", "analyze"]


def analyze(text: str) -> Analysis:
    """Find the people, countries, organisations and quotes of one article."""
    from reader.front_matter import without_front_matter
    from reader.gc_pause import collector_paused

    with collector_paused():
        # Inside the pause: loading the name tables allocates enough to set off several
        # collections that would walk all of them (about 10 ms of a process's start).
        from reader.analysis.entities import find_entities
        from reader.analysis.quotes import find_quotes

        # A front matter block is metadata ("source: Ridge Wire" names no person): the
        # rules read the text with it blanked, which keeps every offset as it is.
        prose = without_front_matter(text)
        entities = _unique_ids(find_entities(prose))
        quotes, entities = find_quotes(prose, entities)
        return Analysis(text=text, entities=_unique_ids(entities), quotes=quotes)


def _unique_ids(entities: list[Entity]) -> list[Entity]:
    """Give each entity its own id: two names can fold to one slug ("Mar’ta Lund" and
    "Marta Lund"), and the contract's `speaker` must name exactly one entity."""
    seen: set[str] = set()
    for ent in entities:
        if ent.id in seen:
            base, n = ent.id, 2
            while f"{base}-{n}" in seen:
                n += 1
            ent.id = f"{base}-{n}"
        seen.add(ent.id)
    return entities
