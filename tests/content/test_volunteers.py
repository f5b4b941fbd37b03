"""What a volunteer who is not a programmer reads from the checker: each message says where
the problem is and what to do about it."""

import subprocess
import sys
from pathlib import Path

from bot.__main__ import main
from bot.content.ui_strings import read_catalogue
from tests.content.test_checker import EN, problems_in
from tests.content.tree import edit, write_tree

AR = "ar/rights/held.md"
PROJECT = Path(__file__).resolve().parents[2]


def test_a_command_problem_is_reported_at_its_line_not_the_first_line_of_the_text(tmp_path):
    locales = write_tree(tmp_path)
    edit(locales / AR, "يمكنك طلب محامٍ.", "يمكنك طلب محامٍ.\nأرسل /help.")
    assert problems_in(locales) == [
        "locales/ar/rights/held.md:17: the commands differ from the English (/help)"
    ]


def test_a_closing_tag_is_not_taken_for_a_command(tmp_path):
    locales = write_tree(tmp_path)
    edit(locales / AR, "يمكنك طلب محامٍ.", "يمكنك طلب <b>محامٍ</b>.")
    assert problems_in(locales) == [
        "locales/ar/rights/held.md:16: HTML tags are not allowed: use **bold**, _italic_, "
        "[text](link)"
    ]


def test_an_unquoted_title_with_a_colon_is_told_to_go_in_double_quotes(tmp_path):
    locales = write_tree(tmp_path)
    edit(locales / EN, 'title: "If you are held"', "title: SOS: if you are held")
    assert problems_in(locales)[0] == (
        "locales/en/rights/held.md:3: the title has a colon in it: put the title in double "
        'quotes, title: "SOS: if you are held"'
    )


def test_an_unknown_source_offers_the_nearest_known_ones(tmp_path):
    locales = write_tree(tmp_path)
    edit(locales / EN, '  - "pg-8"', '  - "pg8"')
    assert problems_in(locales)[0] == (
        "locales/en/rights/held.md:7: unknown source pg8: did you mean pg-8 or pg-3? If not, "
        "add it to locales/citations.yaml"
    )


def test_an_unknown_source_like_no_other_is_simply_told_where_to_add_it(tmp_path):
    locales = write_tree(tmp_path)
    edit(locales / EN, '  - "pg-8"', '  - "unhcr-detention"')
    assert problems_in(locales)[0] == (
        "locales/en/rights/held.md:7: unknown source unhcr-detention: add it to "
        "locales/citations.yaml"
    )


def test_one_problem_is_counted_as_one_problem_and_two_as_problems(tmp_path, capsys):
    locales = write_tree(tmp_path)
    edit(locales / EN, 'reviewed: "2026-01-10"', "reviewed: 2026-01-10")
    assert main(["content", "check", "--locales", str(locales)]) == 1
    assert capsys.readouterr().err == "1 problem\n"
    edit(locales / "directory" / "TH.yaml", '"+66 2 000 0000"', '"02 000 0000"')
    assert main(["content", "check", "--locales", str(locales)]) == 1
    assert capsys.readouterr().err == "2 problems\n"


def test_run_with_a_python_that_lacks_the_packages_the_checker_says_how_to_run_it():
    # -S: without site-packages, as a volunteer's own `python3 -m bot content check` would be.
    finished = subprocess.run(
        [sys.executable, "-S", "-m", "bot", "content", "check"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 2
    assert "unexpected error" not in finished.stderr
    assert "does not have the packages the bot needs" in finished.stderr
    assert "run `make content`" in finished.stderr
    assert "`.venv/bin/python -m bot content check`" in finished.stderr


def test_status_names_what_is_missing_and_stale_per_language_for_ui_strings_too(tmp_path, capsys):
    locales = write_tree(tmp_path)
    (locales / AR).unlink()
    english = read_catalogue(locales / "en").entries
    bot_ftl = locales / "ar" / "bot.ftl"
    edit(bot_ftl, "keyboard-menu =", "# translation_of: 000000000000\nkeyboard-menu =")
    edit(
        bot_ftl,
        "keyboard-sos =",
        f"# translation_of: {english['keyboard-sos'].revision}\nkeyboard-sos =",
    )
    text = bot_ftl.read_text("utf-8")
    without = [line for line in text.split("\n") if not line.startswith("not-understood =")]
    bot_ftl.write_text("\n".join(without), "utf-8")
    assert main(["content", "status", "--locales", str(locales)]) == 0
    out = capsys.readouterr().out.split("\n")
    assert "ar missing: held" in out
    (missing,) = [line for line in out if line.startswith("ar UI missing: ")]
    assert "not-understood" in missing.removeprefix("ar UI missing: ").split(", ")
    assert f"ar UI stale: keyboard-menu (English now {english['keyboard-menu'].revision})" in out
    ui_table = out[out.index("UI strings (*.ftl)") + 2 :]
    row = next(line.split() for line in ui_table if line.startswith("ar "))
    assert row[2:4] == [str(len(missing.split(", "))), "1"]  # keyboard-sos is up to date
