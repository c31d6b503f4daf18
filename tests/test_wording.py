from reader.wording import counted


def test_one_is_singular_and_every_other_count_plural() -> None:
    assert counted(1, "item") == "1 item"
    assert counted(0, "feed") == "0 feeds"
    assert counted(2, "new item") == "2 new items"
