"""Entry point: global options, one sub-parser module per command group, one error handler.

Command modules are imported here but must not import heavy dependencies at module level, so
that `localnotes --help` stays instant (a test checks it).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from localnotes import __version__
from localnotes.cli import commands
from localnotes.cli.context import Context
from localnotes.errors import LocalNotesError


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line with exit 2, and a typo gets the closest match."""

    argv: Sequence[str] = ()

    def error(self, message: str) -> NoReturn:
        hint = suggestion(message, self, _Parser.argv)
        where = _deepest(self, _Parser.argv).prog
        print(f"localnotes: error: {message}{hint} (see `{where} --help`)", file=sys.stderr)
        raise SystemExit(2)


def suggestion(message: str, parser: argparse.ArgumentParser, argv: Sequence[str]) -> str:
    """ "; did you mean 'X'?" for an unknown command or option close to a real one, else ""."""
    import difflib
    import re

    choice = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
    if choice:
        words, pool = [choice.group(1)], re.findall(r"'([^']*)'", choice.group(2))
    elif message.startswith("unrecognized arguments:"):
        words = [w.split("=", 1)[0] for w in message.split(":", 1)[1].split() if w[:1] == "-"]
        pool = _option_strings(_deepest(parser, argv))
    else:
        return ""
    for word in words:
        close = difflib.get_close_matches(word, pool, n=1, cutoff=0.6)
        if close:
            return f"; did you mean '{close[0]}'?"
    return ""


def _deepest(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.ArgumentParser:
    """The parser of the (sub)command named in argv: its options are the ones to suggest."""
    for word in argv:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if subs and word in subs[0].choices:
            parser = subs[0].choices[word]
    return parser


def _option_strings(parser: argparse.ArgumentParser) -> list[str]:
    return [o for a in parser._actions for o in a.option_strings if a.help != argparse.SUPPRESS]


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="localnotes",
        description="Record, transcribe and redact therapy sessions on this computer. "
        "Nothing is ever uploaded.",
        epilog="Example: localnotes init && localnotes consent grant P-001 --scope transcript",
    )
    p.add_argument("--version", action="version", version=f"localnotes {__version__}")
    p.add_argument("--data-dir", help="vault directory (default: your user data directory)")
    p.add_argument("--config", help="settings file in TOML (see config/localnotes.toml)")
    p.add_argument("--passphrase-file", help="read the vault passphrase from this file")
    p.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    p.add_argument("-v", "--verbose", action="store_true", help="show tracebacks and debug logs")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in commands.MODULES:
        module.register(sub)
    for leaf in _leaves(p):
        _add_globals(leaf)
    return p


def _leaves(p: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every command parser, so global options also work after the command name."""
    out = []
    for action in p._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                out += _leaves(child) or [child]
    return out


def _add_globals(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("global options (also accepted before the command)")
    s = argparse.SUPPRESS
    g.add_argument("--data-dir", default=s, help=s)
    g.add_argument("--config", default=s, help=s)
    g.add_argument("--passphrase-file", default=s, help=s)
    g.add_argument("--json", action="store_true", default=s, help="print one JSON document")
    g.add_argument("-v", "--verbose", action="store_true", default=s, help=s)


def main(argv: Sequence[str] | None = None) -> int:
    from localnotes import offline

    offline.install()  # before anything else can import a dependency that talks to the network
    parser = build_parser()
    _Parser.argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    ctx = Context(args)
    try:
        ctx.start()
        code = args.func(ctx, args)
        return int(code or 0)
    except LocalNotesError as e:
        if args.verbose:
            import traceback

            traceback.print_exc()
        print(f"localnotes: {e.message}", file=sys.stderr)
        return e.exit_code
    except BrokenPipeError:  # `localnotes show ... | head`: the reader left; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("localnotes: interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # the one place an unexpected failure becomes a clean line
        if args.verbose:
            raise
        print(
            f"localnotes: unexpected error: {type(e).__name__}: {e} (run with -v for details)",
            file=sys.stderr,
        )
        return 1
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
