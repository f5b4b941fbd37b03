"""Per language: which articles are complete, missing, stale, machine-drafted or overdue for
review. What `python -m bot content status` prints for volunteers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.content.model import Library
from bot.content.ui_strings import UiStatus
from bot.i18n import SOURCE_LANGUAGE

REVIEW_EVERY = timedelta(days=365)


@dataclass
class LanguageStatus:
    language: str
    complete: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    machine_draft: list[str] = field(default_factory=list)
    overdue: list[str] = field(default_factory=list)


def status_of(library: Library, languages: list[str], today: date) -> list[LanguageStatus]:
    english = {
        article_id: article
        for (language, article_id), article in library.articles.items()
        if language == SOURCE_LANGUAGE
    }
    table = []
    for language in [SOURCE_LANGUAGE, *sorted(set(languages) - {SOURCE_LANGUAGE})]:
        row = LanguageStatus(language)
        for article_id, source in sorted(english.items()):
            article = library.article(language, article_id)
            if article is None:
                row.missing.append(article_id)
                continue
            if today - article.reviewed > REVIEW_EVERY:
                row.overdue.append(article_id)
            if article.translation_of not in (None, source.revision):
                row.stale.append(article_id)
            elif article.machine_draft:
                row.machine_draft.append(article_id)
            else:
                row.complete.append(article_id)
        table.append(row)
    return table


def format_status(table: list[LanguageStatus], ui: Sequence[UiStatus] = ()) -> str:
    header = f"{'language':<9}{'complete':>9}{'missing':>9}{'stale':>7}{'machine':>9}{'overdue':>9}"
    lines = [header]
    for row in table:
        lines.append(
            f"{row.language:<9}{len(row.complete):>9}{len(row.missing):>9}{len(row.stale):>7}"
            f"{len(row.machine_draft):>9}{len(row.overdue):>9}"
        )
    for row in table:
        for label, ids in (
            ("missing", row.missing),
            ("stale", row.stale),
            ("machine-drafted", row.machine_draft),
            ("overdue for review", row.overdue),
        ):
            if ids:
                lines.append(f"{row.language} {label}: {', '.join(ids)}")
    if ui:
        lines += [
            "",
            "UI strings (*.ftl)",
            f"{'language':<9}{'translated':>11}{'missing':>9}{'stale':>7}{'unrecorded':>12}",
        ]
        for status in ui:
            lines.append(
                f"{status.language:<9}{status.translated:>11}{len(status.missing):>9}"
                f"{len(status.stale):>7}{status.unrecorded:>12}"
            )
        for status in ui:
            if status.missing:
                lines.append(f"{status.language} UI missing: {', '.join(status.missing)}")
            if status.stale:
                stale = ", ".join(f"{name} (English now {rev})" for name, rev in status.stale)
                lines.append(f"{status.language} UI stale: {stale}")
    return "\n".join(lines)
