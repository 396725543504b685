"""The `iop` command: ingest, ask and eval (contract: docs/interface.md)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from assistant.core.settings import Settings
from assistant.index.catalog import CatalogDamagedError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="iop", description="IOP-assistenten")
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="bring the index in line with the corpus")
    ingest.add_argument("corpus_dir", nargs="?", help="corpus folder (default: IOP_CORPUS_DIR)")
    ingest.add_argument("--rebuild", action="store_true", help="start the index from scratch")
    ingest.add_argument("--json", action="store_true", help="print the report as JSON")

    ask = sub.add_parser("ask", help="answer a question")
    ask.add_argument("question", nargs="?", help="the question (omit with --jsonl)")
    ask.add_argument("--municipality", help="answer from this municipality's documents")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    ask.add_argument("--jsonl", action="store_true", help="batch: questions on stdin")

    fetch = sub.add_parser("fetch", help="fetch corpus/sources.yaml, then ingest")
    fetch.add_argument("--json", action="store_true", help="print the report as JSON")

    sub.add_parser("set-password", help="set the staff password for the staff pages")

    fb = sub.add_parser("feedback", help="delete stored feedback (privacy)")
    fb_sub = fb.add_subparsers(dest="feedback_command", required=True)
    fb_delete = fb_sub.add_parser("delete", help="delete feedback by id or older than a date")
    fb_delete.add_argument("--id", type=int, action="append", default=[], help="feedback id")
    fb_delete.add_argument(
        "--before", type=date.fromisoformat, help="delete everything stored before YYYY-MM-DD"
    )
    fb_sub.add_parser("purge", help="delete feedback older than IOP_FEEDBACK_RETENTION_DAYS")

    ev = sub.add_parser("eval", help="score the assistant on a question file")
    ev.add_argument("questions", help="JSONL file in the format of the dev question set")
    ev.add_argument("--compare", help="an earlier results JSON to compare with")
    ev.add_argument("--out", help="where to write the results JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        overrides = {"corpus_dir": args.corpus_dir} if getattr(args, "corpus_dir", None) else {}
        settings = Settings(**overrides)
    except ValidationError as exc:
        print(f"iop: invalid configuration:\n{exc}", file=sys.stderr)
        return 2
    try:
        return _command(args, settings, parser)
    except CatalogDamagedError as exc:
        print(
            f"iop: The index catalogue {_shown(exc.path)} is damaged: run `iop ingest --rebuild`",
            file=sys.stderr,
        )
        return 2


def _shown(path: Path) -> str:
    """``path`` relative to the working folder when it lies inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _command(args: argparse.Namespace, settings: Settings, parser: argparse.ArgumentParser) -> int:
    if args.command == "ingest":
        from assistant.cli.ingest import run_ingest

        return run_ingest(settings, rebuild=args.rebuild, as_json=args.json)
    if args.command == "ask":
        from assistant.cli.ask import run_ask

        if not args.jsonl and not args.question:
            parser.error("ask needs a QUESTION or --jsonl")
        return run_ask(settings, args.question, args.municipality, args.json, args.jsonl)
    if args.command == "fetch":
        from assistant.cli.fetch import run_fetch

        return run_fetch(settings, as_json=args.json)
    if args.command == "feedback":
        return _feedback(settings, args, parser)
    if args.command == "set-password":
        from assistant.staff.passwords import run_set_password

        return run_set_password(settings)
    if args.command == "eval":
        from assistant.cli.eval import run_eval

        return run_eval(settings, args.questions, args.compare, args.out)
    return 2  # pragma: no cover - argparse rejects unknown commands


def _feedback(settings: Settings, args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from assistant.staff import stored_data

    if args.feedback_command == "purge":
        gone = stored_data.purge_expired_feedback(settings)
        print(f"deleted {gone} feedback rows older than {settings.feedback_retention_days} days")
        return 0
    if not args.id and args.before is None:
        parser.error("feedback delete needs --id N or --before YYYY-MM-DD")
    gone = stored_data.delete_feedback_ids(settings, args.id) if args.id else 0
    if args.before is not None:
        gone += stored_data.delete_feedback_before(settings, args.before)
    print(f"deleted {gone} feedback rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
