"""Content read once per process is reused until a file under it changes."""

import shutil

from bot.content.store import ContentStore
from bot.i18n import Translator, default_locales_dir


def test_a_second_store_reuses_what_the_first_read_and_a_changed_file_is_read_again(tmp_path):
    root = tmp_path / "locales"
    shutil.copytree(default_locales_dir(), root)
    translate = Translator.load(root)
    first, second = ContentStore(root, translate), ContentStore(root, translate)
    assert second.library is first.library
    article = root / "en" / "rights" / "non-refoulement.md"
    article.write_text(article.read_text("utf-8").replace("serious harm", "grave harm", 1), "utf-8")
    third = ContentStore(root, translate)
    assert third.library is not first.library
    changed = third.library.article("en", "non-refoulement")
    assert changed is not None
    assert "grave harm" in changed.title + " ".join(changed.blocks)
