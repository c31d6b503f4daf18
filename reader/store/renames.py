"""Moving bookmarks, notes and reading positions from old article ids to new ones.

Articles were once known by their title's slug and a content hash; they are now known by
their place (files: `file:<folder>/<path>`), which survives an edit. Records written
with an old id are moved to the new one when its article is next opened; the store file
is backed up first, as before every migration.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from reader.store.backups import write_migration_backup
from reader.store.records import ArticleBookmark, HighlightBookmark, Note, QuoteBookmark, Record
from reader.store.schema import CURRENT_VERSION
from reader.store.store import Store


def legacy_article_ids(store: Store) -> frozenset[str]:
    """The article ids in the store written before ids came from an article's place
    (a slug and a hash: no ":" in them)."""
    ids = {r.article_id for r in store.bookmarks()}
    ids.update(n.target.article_id for n in store.notes() if n.target.article_id)
    ids.update(store.state.article_ids())
    return frozenset(i for i in ids if ":" not in i)


def rename_articles(store: Store, renames: Mapping[str, str]) -> int:
    """Move every record and reading position of `renames`' old ids to the new ones;
    returns how many bookmarks and notes moved. The store file is backed up first."""
    if store.read_only or not renames:
        return 0
    moved: list[Record] = []
    for record in store.records():
        if isinstance(record, ArticleBookmark | QuoteBookmark | HighlightBookmark):
            if record.article_id in renames:
                moved.append(dataclasses.replace(record,
                                                 article_id=renames[record.article_id]))
        elif isinstance(record, Note):
            target = record.target
            if target.article_id is not None and target.article_id in renames:
                moved.append(dataclasses.replace(record, target=dataclasses.replace(
                    target, article_id=renames[target.article_id])))
    if moved:
        if store.path.exists():
            write_migration_backup(store.data_dir, store.path.read_bytes(), CURRENT_VERSION)
        store.restore_many(moved)
    store.state.rename_articles(renames)
    return len(moved)
