"""A small, valid content tree to break one thing at a time."""

from pathlib import Path

TOPICS = 'topics:\n  - "detention"\n  - "legal-aid"\n'
CITATIONS = """documents:
  "pg":
    title: "OHCHR, Principles and practical guidance (A/HRC/34/CRP.1)"
    short: "OHCHR Principles"
citations:
  "pg-8":
    document: "pg"
    where: "Principle 8, para. 53"
  "pg-3":
    document: "pg"
    where: "Principle 3, para. 12"
"""
ENGLISH = """---
id: "held"
title: "If you are held"
topic: "detention"
jurisdiction: "GLOBAL"
sources:
  - "pg-8"
reviewed: "2026-01-10"
---
You should be told the reasons in a language you understand. [src: pg-8]

## A lawyer

You can ask for a lawyer. See [the guide](https://example.org/guide) and use /card. [practical]
"""
ARABIC = """---
id: "held"
title: "إذا احتُجزت"
topic: "detention"
jurisdiction: "GLOBAL"
sources:
  - "pg-8"
reviewed: "2026-01-10"
translation_of: "{revision}"
machine_draft: "true"
---
يجب أن تُبلَّغ بالأسباب بلغة تفهمها. [src: pg-8]

## محامٍ

يمكنك طلب محامٍ. انظر [الدليل](https://example.org/guide) واستخدم /card. [practical]
"""
DIRECTORY = """country: "TH"
entries:
  - name: "Example Legal Aid"
    phones:
      - "+66 2 000 0000"
    what:
      en: "Free legal advice for migrant workers."
      ar: "مشورة قانونية مجانية للعمال المهاجرين."
    services:
      - "legal-aid"
    languages:
      - "th"
      - "en"
    area: "Bangkok"
    source:
      url: "https://example.org/legal-aid"
      title: "Example Legal Aid: who we are"
      read: "2026-01-10"
    verified_by_person: "false"
machine_drafted:
  - "ar"
"""


def write_tree(root: Path) -> Path:
    """The tree under `root/locales`, with the English UI strings of the real project."""
    from bot.content.articles import revision_of, split_front_matter
    from bot.content.fields import Reader

    locales = root / "locales"
    (locales / "en" / "rights").mkdir(parents=True)
    (locales / "ar" / "rights").mkdir(parents=True)
    (locales / "directory").mkdir()
    real = Path(__file__).resolve().parents[2] / "locales"
    for language in ("en", "ar"):
        for catalogue in (real / language).glob("*.ftl"):
            (locales / language / catalogue.name).write_text(catalogue.read_text("utf-8"), "utf-8")
    (locales / "content.yaml").write_text(TOPICS, "utf-8")
    (locales / "citations.yaml").write_text(CITATIONS, "utf-8")
    (locales / "en" / "rights" / "held.md").write_text(ENGLISH, "utf-8")
    split = split_front_matter(ENGLISH, Reader(Path("held.md")))
    assert split is not None
    revision = revision_of("If you are held", split.body)
    arabic = ARABIC.replace("{revision}", revision)
    (locales / "ar" / "rights" / "held.md").write_text(arabic, "utf-8")
    (locales / "directory" / "TH.yaml").write_text(DIRECTORY, "utf-8")
    return locales


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")
