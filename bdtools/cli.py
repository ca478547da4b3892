"""The ``bdtools`` command: one thin subcommand per stage over JSONL on stdin/stdout.

Library modules are imported inside the commands, so that ``bdtools --help`` starts fast.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import itertools
import json
import math
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import click

from bdtools import __version__

EXIT_INPUT_ERROR = 1
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143
# Reject lines told on stderr by one `click.echo`: its own work took 49 µs a line on a loaded machine, and a JSONL
# file of 20,000 records without text (a corpus's truth.jsonl) gave as many lines.
REJECT_LINES_AT_ONCE = 1024


def _output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options every record-writing command shares."""
    options = (
        click.option("-o", "--output", default="-", metavar="FILE", help="Write JSONL here (atomically); '-' is stdout."),
        click.option("--rejects", metavar="FILE", help="Write inputs that could not become records here, as JSONL."),
        click.option("--stats", metavar="FILE", help="Write the run's counts (in, out, rejected by reason, warnings) as JSON."),
        click.option("--strict", is_flag=True, help="Exit with status 1 when any input was rejected."),
        click.option("-q", "--quiet", is_flag=True, help="Print no summary or reject lines on stderr."),
    )
    for option in reversed(options):
        command = option(command)
    return command


def _jobs_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "-j", "--jobs", default=1, show_default=True, type=click.IntRange(1),
        help="Processes for the page stages (output identical whatever the count).",
    )(command)


def _inputs(command: Callable[..., Any], metavar: str = "[PATH]...") -> Callable[..., Any]:
    """The input paths argument; none given reads stdin (``-``)."""
    return click.argument("paths", nargs=-1, metavar=metavar, callback=lambda _ctx, _param, paths: paths or ("-",))(command)


def _settle_stdout() -> None:
    """Flush stdout now; what it cannot take is let go (to /dev/null), so that the exit does not try again and
    end with status 120. Never raises: the error being reported is the run's."""
    with contextlib.suppress(OSError, ValueError):
        if sys.stdout is not None:
            sys.stdout.flush()
        return
    _let_stdout_go()


def _let_stdout_go() -> None:
    """Standard output's descriptor pointed at /dev/null: what waits in its buffer is dropped there at the exit.
    Nothing to do when the run started with stdout closed (``>&-``: ``sys.stdout`` is None). Never raises."""
    if sys.stdout is None:
        return
    with contextlib.suppress(OSError, ValueError):
        descriptor = sys.stdout.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        if devnull != descriptor:  # (the descriptor closed under a live sys.stdout: /dev/null took its number)
            os.dup2(devnull, descriptor)
            os.close(devnull)


class _Group(click.Group):
    """A group whose commands end quietly: status 0 when stdout is closed (``| head``), 130 on Ctrl-C, and
    one line for a file that cannot be written or a ``--jobs`` worker that died (status 1)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _let_stdout_go()
            ctx.exit(0)
        except KeyboardInterrupt:
            click.echo("bdtools: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except _told_in_one_line() as error:
            _settle_stdout()
            raise click.ClickException(str(error)) from None
        except OSError as error:  # a temporary file, or any other file of the system's
            _settle_stdout()
            where = f"{error.filename}: " if error.filename else ""
            raise click.ClickException(f"{where}{error.strerror or error}") from None


def _told_in_one_line() -> tuple[type[Exception], ...]:
    """The package's errors that `_Group` tells in one line. Looked up only when an error reaches its clause: the
    modules that define them (with tempfile, multiprocessing and pickle) took 40 ms of `parse-date`'s start.

    >>> [error.__name__ for error in _told_in_one_line()]
    ['OutputError', 'WorkerLost']
    """
    from bdtools.records import OutputError
    from bdtools.workers import WorkerLost

    return OutputError, WorkerLost


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bdtools")
def cli() -> None:
    """Turn page dumps of Vietnamese provincial portals into clean, dated, deduplicated JSONL.

    Each stage reads JSONL (or raw page files) from PATHs or stdin ('-') and writes JSONL.

    \b
    Example:
      bdtools run samples/ -o out/samples.jsonl
      bdtools read samples/ | bdtools clean | bdtools separate | bdtools dates | bdtools dedup | bdtools emit
    """


class _Share(click.FloatRange):
    """A float from 0 to 1; NaN, which compares false with either end and so passed `click.FloatRange`, is refused."""

    def __init__(self) -> None:
        super().__init__(0, 1)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a number", param, ctx)
        return number


def _dedup_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options of the dedup step, shared by `dedup` and `run`."""
    options = (
        click.option("--threshold", default=0.8, show_default=True, type=_Share(),
                     help="Estimated Jaccard of word shingles from which two bodies are near copies."),
        click.option("--streaming", is_flag=True, help="Decide each page as it comes, first seen wins, with no second pass."),
        click.option("--state", metavar="FILE.sqlite", help="Remember canonical pages across runs in this SQLite file."),
        click.option("--drop", is_flag=True, help="Leave out copies and teasers (to --dups FILE when given)."),
        click.option("--dups", metavar="FILE", help="With --drop: write the left-out copies here, as JSONL."),
    )
    for option in reversed(options):
        command = option(command)
    return command


def _page_count(paths: tuple[str, ...]) -> int | None:
    """How many pages the inputs hold, when that is known before reading (page files only)."""
    from bdtools.ingest import expand_paths, streamed

    files = list(expand_paths(paths))
    if any(map(streamed, files)):
        return None
    return len(files)


def _write(
    items: Iterable[Any], command: str, tally: Any, paths: tuple[str, ...], output: str,
    rejects: str | None, stats: str | None, strict: bool, quiet: bool, drop: bool = False, dups: str | None = None,
) -> None:
    """Write records (`bdtools.lines.Written` lines) as JSONL (copies to ``dups`` with ``drop``), then
    the rejects, the summary and the status.

    A progress line shows on stderr while it runs, when stderr is a terminal and not ``quiet``.
    """
    from bdtools.dedup_state import StateError
    from bdtools.progress import Progress
    from bdtools.records import atomic_output, writing_to

    started = time.monotonic()
    showing = not quiet and sys.stderr.isatty()
    with (
        Progress(tally, _page_count(paths) if showing else None, showing),
        atomic_output(output, binary=True) as stream,
        atomic_output(dups, binary=True) if drop and dups else contextlib.nullcontext() as left_out,
    ):
        try:
            for item in items:
                if drop and item.status not in (None, "unique"):
                    if left_out is not None:
                        _write_line(left_out, item.line, dups)
                    tally.dropped += 1
                    tally.duplicates += 1
                    continue
                _write_line(stream, item.line, output)
                tally.count(item)
        except StateError as error:
            raise click.ClickException(str(error)) from None
        with writing_to(output):  # a full disk is told here, naming the output
            stream.flush()
    _finish(command, tally, started, rejects, stats, strict, quiet)


def _write_line(stream: Any, line: bytes, path: str | None) -> None:
    """``line`` to ``stream``; an error of the write names ``path``'s file (as `writing_to` does, without
    a context manager's cost on every line)."""
    from bdtools.records import output_error

    try:
        stream.write(line)
    except OSError as error:
        raise output_error(path, error) from None


def _finish(command: str, tally: Any, started: float, rejects: str | None, stats: str | None, strict: bool, quiet: bool) -> None:
    """After the records: write the rejects and the counts, print the summary, and set the exit status."""
    from bdtools.records import atomic_output

    if rejects:
        with atomic_output(rejects) as stream:
            stream.writelines(tally.rejects.lines())
    if stats:
        with atomic_output(stats) as stream:
            stream.write(json.dumps(tally.as_dict(), ensure_ascii=False, indent=2) + "\n")
    if not quiet:
        _tell_rejects(tally.rejects)
        seconds = time.monotonic() - started
        click.echo(f"{tally.summary(command)}; {seconds:.1f} s, {tally.records_in / max(seconds, 1e-9):.0f} pages/s", err=True)
    unreadable = any(reject.line is None and reject.reason.startswith("cannot read") for reject in tally.rejects)
    if unreadable or (strict and tally.rejects):
        sys.exit(EXIT_INPUT_ERROR)


def _reject_line(reject: Any) -> str:
    """The line that tells a reject on stderr: file, line number when there is one, and reason, its control
    characters escaped (a file name may hold a newline).

    >>> from bdtools.records import Reject
    >>> _reject_line(Reject("a\\nb.txt", None, "cannot read")), _reject_line(Reject("p.jsonl", 3, "not a JSON object"))
    ('bdtools: a\\\\nb.txt: cannot read', 'bdtools: p.jsonl:3: not a JSON object')
    """
    where = f"{reject.path}:{reject.line}" if reject.line else reject.path
    line = f"bdtools: {where}: {reject.reason}"
    if line.isprintable():  # nearly always; a walk of each character took 39 µs a reject on a loaded machine, 2 so
        return line
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in line)


def _tell_rejects(rejects: Iterable[Any]) -> None:
    """Each reject's line (`_reject_line`) on stderr, `REJECT_LINES_AT_ONCE` to an echo."""
    lines = map(_reject_line, rejects)
    while chunk := list(itertools.islice(lines, REJECT_LINES_AT_ONCE)):
        click.echo("\n".join(chunk), err=True)


def _exit_on_rejects(tally: Any) -> None:
    """Tell each reject of a command that reads records whole (`explain`, `stats`) on stderr, then exit with
    `EXIT_INPUT_ERROR` if there was any."""
    _tell_rejects(tally.rejects)
    if tally.rejects:
        sys.exit(EXIT_INPUT_ERROR)


def _read_records(paths: tuple[str, ...], tally: Any) -> Iterator[dict[str, Any]]:
    from bdtools.ingest import read
    from bdtools.pipeline import records_only

    return records_only(read(paths), tally)


@cli.command("read")
@_inputs
@_output_options
def read_command(paths: tuple[str, ...], **options: Any) -> None:
    """Read page files, directories, globs or JSONL into records (id, source, text).

    \b
    Example:
      bdtools read samples/ > pages.jsonl
    """
    from bdtools.lines import written
    from bdtools.pipeline import Tally

    tally = Tally()
    _write(map(written, _read_records(paths, tally)), "read", tally, paths, **options)


def _page_stage(name: str, summary: str) -> None:
    """Register a per-page stage command: it runs the earlier stages a record has not been through."""

    def command(paths: tuple[str, ...], jobs: int, **options: Any) -> None:
        from bdtools.lines import written_after
        from bdtools.pipeline import Tally, staged_lines, through

        tally = Tally()
        stage = functools.partial(written_after, functools.partial(through, stage_name=name))
        _write(staged_lines(paths, jobs, tally, stage), name, tally, paths, **options)

    command.__doc__ = f"{summary}\n\n\b\nExample:\n  bdtools read samples/ | bdtools {name} --jobs 2 > {name}.jsonl"
    cli.command(name)(_output_options(_jobs_option(_inputs(command))))


_page_stage("clean", "Give every line a role; fill kind, title, metadata, blocks and ui.")
_page_stage("separate", "Tell the language of every block and UI string; text becomes the body.")
_page_stage("dates", "Read the publication date, the byline date and the dates in the body.")


@cli.command("dedup")
@_inputs
@_jobs_option
@_dedup_options
@_output_options
def dedup_command(
    paths: tuple[str, ...], jobs: int, threshold: float, streaming: bool, state: str | None, drop: bool, dups: str | None,
    **options: Any,
) -> None:
    """Link copies and teasers: dup = {status: unique|exact|near|teaser, of, score, cluster}.

    \b
    Example:
      bdtools dates pages.jsonl | bdtools dedup --state seen.sqlite > deduped.jsonl
    """
    from bdtools import memory
    from bdtools.pipeline import Tally, dedup_lines

    _refuse_dups_without_drop(drop, dups)
    memory.release_large_frees()
    tally = Tally()
    _write(dedup_lines(paths, jobs, tally, threshold, streaming, state), "dedup", tally, paths, drop=drop, dups=dups, **options)


@cli.command("emit")
@_inputs
@_jobs_option
@_output_options
def emit_command(paths: tuple[str, ...], jobs: int, **options: Any) -> None:
    """Project records onto the output schema (see `bdtools schema`).

    \b
    Example:
      bdtools dedup deduped.jsonl | bdtools emit -o out/pages.jsonl
    """
    from bdtools.lines import written_after
    from bdtools.pipeline import Tally, process_and_emit, staged_lines

    tally = Tally()
    stage = functools.partial(written_after, process_and_emit)
    _write(staged_lines(paths, jobs, tally, stage), "emit", tally, paths, **options)


@cli.command("run")
@_inputs
@_jobs_option
@_dedup_options
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine's processes (--jobs); dask: a Dask cluster (pip install 'bdtools[dask]').")
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: the cluster's scheduler (default: a LocalCluster).")
@click.option("--partitions", type=click.IntRange(1), metavar="N", help="With --engine dask: split the files into N partitions.")
@click.option("--sketches", metavar="DIR", help="With --engine dask: remember canonical pages across runs in this folder.")
@_output_options
def run_command(
    paths: tuple[str, ...], jobs: int, threshold: float, streaming: bool, state: str | None, drop: bool, dups: str | None,
    engine: str, scheduler: str | None, partitions: int | None, sketches: str | None, **options: Any,
) -> None:
    """All stages: read, clean, separate, dates, dedup, emit.

    The output is byte-identical to the piped chain of the stage commands, whatever --jobs is, and
    with --engine dask (-o DIR/ then writes numbered part files).

    \b
    Example:
      bdtools run samples/ -o out/samples.jsonl
      bdtools run --engine dask --scheduler tcp://head:8786 /shared/crawl/ -o /shared/out/
    """
    from bdtools import memory
    from bdtools.pipeline import Tally, run_lines

    _refuse_dups_without_drop(drop, dups)
    memory.release_large_frees()
    tally = Tally()
    if engine == "dask":
        local_only = {"--jobs": jobs > 1, "--streaming": streaming, "--state (use --sketches)": state, "--drop": drop}
        _run_on_dask(paths, scheduler, partitions, threshold, sketches, [name for name, used in local_only.items() if used],
                     tally, **options)
        return
    dask_only = {"--scheduler": scheduler, "--partitions": partitions, "--sketches": sketches,
                 "-o DIR/": options["output"].endswith("/")}
    _refuse([name for name, used in dask_only.items() if used], "needs --engine dask")
    lines = run_lines(paths, jobs=jobs, tally=tally, threshold=threshold, streaming=streaming, state=state)
    _write(lines, "run", tally, paths, drop=drop, dups=dups, **options)


def _refuse(options: list[str], why: str) -> None:
    if options:
        raise click.UsageError(f"{', '.join(options)} {why}")


def _refuse_dups_without_drop(drop: bool, dups: str | None) -> None:
    """Without ``--drop`` no copy is left out, and ``--dups`` would leave its file unwritten without a word."""
    _refuse(["--dups"] if dups is not None and not drop else [], "needs --drop")


def _run_on_dask(
    paths: tuple[str, ...], scheduler: str | None, partitions: int | None, threshold: float, sketches: str | None,
    local_only: list[str], tally: Any, output: str, rejects: str | None, stats: str | None, strict: bool, quiet: bool,
) -> None:
    """``run --engine dask``: the engine writes the output itself; the rest ends as a local run does."""
    from bdtools.engine_dask import run_dask

    _refuse(local_only, "cannot be used with --engine dask")
    started = time.monotonic()
    try:
        run_dask(paths, output, scheduler, partitions, threshold, sketches, tally)
    except BrokenPipeError:  # stdout closed (| head): ends quietly, as a local run does
        raise
    except (RuntimeError, ValueError, OSError) as error:
        raise click.ClickException(str(error)) from None
    _finish("run", tally, started, rejects, stats, strict, quiet)


@cli.command("explain")
@click.argument("page", metavar="PAGE")
def explain_command(page: str) -> None:
    """Print one tab-separated row per non-empty line: line number, role, language, text.

    Rows are coloured by role on a terminal, plain TSV when piped.

    \b
    Example:
      bdtools explain samples/001_b5f1e6c3974f0a2e.txt | cut -f2 | sort | uniq -c
    """
    from bdtools.explain import ROLE_STYLES, explain_rows
    from bdtools.pipeline import Tally, through

    tally = Tally()
    for record in _read_records((page,), tally):
        for row in explain_rows(through(record, "separate")):
            click.echo(click.style("\t".join(str(cell) for cell in row), **ROLE_STYLES.get(row[1], {})))
    _exit_on_rejects(tally)


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


@cli.command("parse-date")
@click.argument("texts", nargs=-1, metavar="[TEXT]...")
@click.option("--ref", callback=_iso_date, metavar="YYYY-MM-DD", help="The date a date without a year is read against.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input instead of the bare value.")
def parse_date_command(texts: tuple[str, ...], ref: datetime.date | None, as_json: bool) -> None:
    """Print the ISO 8601 value of each TEXT (or stdin line); an empty line when it holds no date. A TEXT that is a
    page's date header is read as `run` reads one (an American header's month first: "Sunday, 2/6/2022 9:15 AM").

    \b
    Example:
      bdtools parse-date "Thứ 4, Ngày 05/01/2022, 16:00"       # 2022-01-05T16:00:00+07:00
      bdtools parse-date --ref 2022-01-05 "December 30"        # 2021-12-30
    """
    from bdtools.parsers.vndate import parse_date, parse_header

    lines = texts or (line.rstrip("\n") for line in sys.stdin)
    for text in lines:
        found = parse_header(text) or parse_date(text, ref)
        if not as_json:
            click.echo(found.value if found else "")
            continue
        value = None if found is None else {
            "value": found.value, "precision": found.precision, "weekday_ok": found.weekday_ok,
            "year_inferred": found.year_inferred, "span": list(found.span),
        }
        click.echo(json.dumps({"input": text, **(value or {"value": None})}, ensure_ascii=False))


@cli.command("stats")
@functools.partial(_inputs, metavar="[FILE.jsonl]...")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON instead of a table.")
def stats_command(paths: tuple[str, ...], as_json: bool) -> None:
    """Summarise records: kinds, languages, dates by year and month, duplicates, warnings, views.

    \b
    Example:
      bdtools stats out/samples.jsonl
      bdtools run crawl/ | bdtools stats --json
    """
    from bdtools.pipeline import Tally
    from bdtools.stats import render_table, summarize

    tally = Tally()
    summary = summarize(_read_records(paths, tally))
    click.echo(json.dumps(summary, ensure_ascii=False, indent=2) if as_json else render_table(summary))
    _exit_on_rejects(tally)


@cli.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of an emitted record.

    \b
    Example:
      bdtools schema > record.schema.json
    """
    from bdtools.records import SCHEMA

    click.echo(json.dumps(SCHEMA, ensure_ascii=False, indent=2))


def _terminated(signum: int, frame: Any) -> None:
    """SIGTERM: one line, then status 143 by way of SystemExit, so that the run cleans up as it unwinds
    (a partial output's temporary file, the workers, the kept lines' folder)."""
    click.echo("bdtools: terminated", err=True)
    sys.exit(EXIT_TERMINATED)


def main() -> None:
    """Entry point: a closed stdout ends quietly, Ctrl-C with status 130 and one line, SIGTERM with 143."""
    signal.signal(signal.SIGTERM, _terminated)
    try:
        status = cli.main(prog_name="bdtools", standalone_mode=False)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    sys.exit(status if isinstance(status, int) else 0)

