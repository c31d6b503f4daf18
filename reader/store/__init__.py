"""The TinyDB store of bookmarks, notes and reading state. No Textual here."""
