"""The `nkreports` command: a light wrapper over the library functions."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from nkreports import paths
from nkreports.ingest.files import ReportsDirError
from nkreports.schema import Status

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 3, 2


def _summary(rows: Sequence) -> str:
    """'5 report files: 4 ok, 1 warning, 0 error' for reports rows (records or table rows)."""
    counts = Counter(row.status for row in rows)
    parts = [f"{counts.get(s, 0)} {s}" for s in Status]
    return f"{len(rows)} report files: " + ", ".join(parts)


def _problems_exit(rows: Sequence, strict: bool) -> int:
    bad = {Status.ERROR, Status.WARNING} if strict else {Status.ERROR}
    return EXIT_PROBLEMS if any(row.status in bad for row in rows) else EXIT_OK


def cmd_reports(args: argparse.Namespace) -> int:
    """Write the reports table (and the removed furniture) for a folder."""
    from nkreports.ingest.reports import reports_table
    from nkreports.tables import write_table

    reports_df, furniture_df = reports_table(args.reports_dir)
    write_table(reports_df, "reports", args.out)
    write_table(furniture_df, "furniture", args.out)
    rows = list(reports_df.itertuples())
    print(_summary(rows))
    for row in rows:
        if row.problems:
            print(f"  {row.file}: {row.status}: {row.problems}")
    return _problems_exit(rows, args.strict)


def cmd_extract(args: argparse.Namespace) -> int:
    """Write every table for a folder of reports."""
    from nkreports.pipeline import extract_files, print_progress

    def progress(done: int, total: int) -> None:
        if not done:
            print(f"extracting {total} report files from {args.reports_dir}/", file=sys.stderr)
        print_progress(done, total)

    written, reports = extract_files(
        args.reports_dir,
        args.out,
        jobs=args.jobs,
        scheduler=args.scheduler,
        cache_dir=None if args.no_cache else args.cache,
        progress=progress,
    )
    rows = ", ".join(f"{n} rows in {name}.csv" for name, n in written.items())
    print(f"{rows} ({args.out}/)")
    print(_summary(reports))
    for report in reports:
        if report.status != Status.OK:
            print(f"  {report.file}: {report.status}: {report.problems}")
    return _problems_exit(reports, args.strict)


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Score the written tables against the hand-made gold annotations."""
    from nkreports.evaluation.scores import evaluate, format_evaluation
    from nkreports.schema import TABLES
    from nkreports.tables import read_table

    if args.coding is not None:
        from nkreports.evaluation.agreement import agreement, format_agreement

        try:
            print(format_agreement(*agreement(args.coding, args.reports_dir, args.gold)))
        except ValueError as err:
            print(f"nkreports evaluate: {err}", file=sys.stderr)
            return EXIT_USAGE
        return EXIT_OK
    tables = {name: read_table(name, args.data) for name in TABLES}
    print(format_evaluation(evaluate(tables, args.reports_dir, args.gold)))
    return EXIT_OK


def cmd_notebooks(args: argparse.Namespace) -> int:
    """Execute every notebook in place, then render the pages and their index."""
    from nkreports.notebooks import build_notebooks

    for page in build_notebooks(args.notebooks_dir, args.html):
        print(f"rendered {page}")
    return EXIT_OK


def _folder(value: str) -> Path:
    path = Path(value)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"no such folder: {value}")
    return path


def parser() -> argparse.ArgumentParser:
    """The argument parser, one sub-command per library capability."""
    main = argparse.ArgumentParser(prog="nkreports", description=__doc__)
    sub = main.add_subparsers(dest="command", required=True)

    def common(name: str, func, help_: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help_, description=help_)
        cmd.add_argument(
            "reports_dir",
            nargs="?",
            type=_folder,
            default=paths.REPORTS_DIR,
            help=f"folder of raw reports (default: {paths.REPORTS_DIR})",
        )
        cmd.set_defaults(func=func)
        return cmd

    reports = common("reports", cmd_reports, "write data/reports.csv and data/furniture.csv")
    extract = common("extract", cmd_extract, "write every table (reports, furniture, facts)")
    for cmd in (reports, extract):
        cmd.add_argument("--out", type=Path, default=paths.DATA_DIR, help="output folder")
        cmd.add_argument(
            "--strict", action="store_true", help="exit non-zero on warnings too, not only errors"
        )
    extract.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    extract.add_argument("--scheduler", help="address of a Dask scheduler, e.g. tcp://host:8786")
    extract.add_argument(
        "--cache", type=Path, default=paths.CACHE_DIR, help=f"cache (default {paths.CACHE_DIR})"
    )
    extract.add_argument("--no-cache", action="store_true", help="recompute every report")

    evaluate = common("evaluate", cmd_evaluate, "score data/ against the gold annotations")
    evaluate.add_argument("--data", type=_folder, default=paths.DATA_DIR, help="tables folder")
    evaluate.add_argument("--gold", type=_folder, default=paths.GOLD_DIR, help="gold folder")
    evaluate.add_argument(
        "--coding",
        type=Path,
        help="a second annotator's policy_changes.csv (gold format), scored against --gold"
        " in place of --data: how far two annotators agree",
    )

    notebooks = sub.add_parser(
        "notebooks", help="execute every notebook in place and render notebooks/html/"
    )
    notebooks.add_argument(
        "--notebooks-dir", type=_folder, default=paths.NOTEBOOKS_DIR, help="notebooks folder"
    )
    notebooks.add_argument(
        "--html", type=Path, default=paths.NOTEBOOKS_DIR / "html", help="rendered pages folder"
    )
    notebooks.set_defaults(func=cmd_notebooks)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `nkreports` console script."""
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except ReportsDirError as error:
        print(f"nkreports: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted: tables already written are unchanged", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
