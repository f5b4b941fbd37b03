"""`python -m bot content check|status`: what volunteers run before publishing."""

from __future__ import annotations

import sys
from pathlib import Path

from bot.clock import SystemClock
from bot.content.loader import load_content
from bot.content.status import format_status, status_of
from bot.content.ui_strings import check_ui_strings, ui_status
from bot.i18n import Translator, default_locales_dir


def run(action: str, locales: str | None) -> int:
    root = Path(locales) if locales else default_locales_dir()
    translate = Translator.load(root)
    today = SystemClock().now().date()
    loaded = load_content(root, today, translate)
    base = Path.cwd()
    if action == "status":
        articles = status_of(loaded.library, translate.languages, today)
        print(format_status(articles, ui_status(root)))
        return 0
    problems = loaded.problems + check_ui_strings(root, translate)
    for problem in sorted(problems, key=lambda p: (str(p.path), p.line)):
        print(problem.show(base))
    if problems:
        count = len(problems)
        print(f"{count} {'problem' if count == 1 else 'problems'}", file=sys.stderr)
        return 1
    library = loaded.library
    entries = sum(len(country.entries) for country in library.countries.values())
    print(
        f"OK: {len(library.articles)} articles in {len(library.languages)} languages, "
        f"{entries} directory entries, UI strings in {len(translate.languages)} languages"
    )
    return 0
