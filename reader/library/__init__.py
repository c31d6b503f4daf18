"""The library: the articles across sources, their read state, the cross-article index
and the search language. No Textual here."""
