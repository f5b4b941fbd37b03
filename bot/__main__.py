"""`python -m bot` (or `defender-bot`): run, demo, content, rotate-key."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence

from bot.errors import BotError
from bot.logs import where_it_failed

OUR_PACKAGES = frozenset({"bot", "handlers", "storage"})


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="A safety bot for human rights defenders. Configuration comes from "
        "environment variables; see README.md.",
    )
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("run", help="run the bot against Telegram (the default)")
    demo = commands.add_parser(
        "demo", help="run the whole bot against a local Telegram emulator, with a console"
    )
    demo.add_argument(
        "--data-dir", default=None, help="where the demo keeps its database (default ./demo-data)"
    )
    content = commands.add_parser(
        "content", help="check the rights information and translations, or show their status"
    )
    content.add_argument("action", choices=["check", "status"])
    content.add_argument("--locales", default=None, help="the locales/ directory to read")
    commands.add_parser(
        "rotate-key", help="re-encrypt everything under a new master key (bot must be stopped)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # The database, its WAL and the key file are readable by this user alone.
    os.umask(0o077)
    try:
        if args.command == "demo":
            from bot.demo import run_demo

            return asyncio.run(run_demo(args.data_dir))
        if args.command == "content":
            from bot.content.cli import run

            return run(args.action, args.locales)
        if args.command == "rotate-key":
            from bot.cli import rotate_key

            return asyncio.run(rotate_key(os.environ))
        from bot.cli import run_bot

        return asyncio.run(run_bot(os.environ))
    except BotError as error:
        print(f"defender-bot: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except ModuleNotFoundError as error:  # a Python without the project's packages?
        if (error.name or "").split(".")[0] in OUR_PACKAGES:
            return _unexpected(error)
        shown = " ".join(sys.argv[1:] if argv is None else argv) or "run"
        print(_without_packages(error, args.command, shown), file=sys.stderr)
        return 2
    except Exception as error:  # a bug: say where, without values that could be personal
        return _unexpected(error)


def _unexpected(error: Exception) -> int:
    print(
        f"defender-bot: an unexpected error stopped the bot ({type(error).__name__} at "
        f"{where_it_failed(error)}). Stored data is safe: every change is a transaction. "
        "Please report this line to the maintainers.",
        file=sys.stderr,
    )
    return 1


def _without_packages(error: ModuleNotFoundError, command: str | None, shown: str) -> str:
    """What to run instead, for someone who typed `python -m bot …` with their own Python."""
    missing = (error.name or "a package").split(".")[0]
    run = "make content" if command == "content" else "make demo"
    return (
        f"defender-bot: this Python does not have the packages the bot needs ({missing} is "
        f"missing). In the project's folder, run `{run}`: it installs them into .venv the "
        f"first time. Or use the Python in .venv: `.venv/bin/python -m bot {shown}`."
    )


if __name__ == "__main__":
    sys.exit(main())
