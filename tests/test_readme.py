"""The README, `--help` and CI agree: every command in the README's table exists and every real
command is in the table; the two set-up commands exist; `.ci/run` runs the README's test command."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from localnotes.cli.main import build_parser

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands() -> set[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    raise AssertionError("no subcommands")


def test_readme_command_table_matches_the_cli() -> None:
    table = set(re.findall(r"^\| `([a-z]+)[^|]*\|", README, flags=re.M))
    assert table == _commands()


def test_readme_usage_lines_parse() -> None:
    parser = build_parser()
    block = README.split("## Using it", 1)[1].split("###", 1)[0]
    lines = re.sub(r"\\\n\s*", " ", block).splitlines()
    used = [
        ln.strip().split("#")[0].split() for ln in lines if ln.strip().startswith("localnotes ")
    ]
    assert len(used) >= 8
    for argv in used:
        parser.parse_args(argv[1:])  # raises SystemExit(2) on a usage error


def test_readme_global_options_are_real() -> None:
    help_text = build_parser().format_help()
    for opt in re.findall(r"`(--[a-z-]+)", README.split("Global options:", 1)[1].split("\n\n")[0]):
        assert opt in help_text


def test_setup_commands_exist_and_ci_runs_the_readme_test_command() -> None:
    quick = README.split("## Quick start", 1)[1].split("## Using it", 1)[0]
    cmds = re.findall(r"^    (scripts/\S+)$", quick, flags=re.M)
    assert cmds == ["scripts/demo.sh", "scripts/test.sh"]
    for c in cmds:
        assert (REPO / c).stat().st_mode & 0o111
    ci = (REPO / ".ci" / "run").read_text()
    assert "exec scripts/test.sh" in ci
