"""The attacks on the assistant, full size, each in a child process with its cost measured.

    PYTHONPATH=. HF_HUB_OFFLINE=1 .venv/bin/python bench/attacks.py [--only NAME ...]
        [--json OUT.json] [--memory-cap-gb 6] [--trickle-s 4] [--timeout-s 6]

Each attack runs in a fresh interpreter under an address-space cap (so a bomb that works
ends in MemoryError instead of taking the machine), and reports its wall time, its peak
resident memory (from ``wait4``) and what the code under test did. The code under test is
whatever ``PYTHONPATH`` points at: run it once against an old checkout for the "before"
figures (docs/reliability.md). ``tests/test_attacks_*.py`` and ``tests/test_fetch_safety.py``
run reduced forms of the same inputs on every test run.

Attacks: ``frontmatter``, ``sidecar``, ``sources`` (YAML alias bombs of ~400 bytes),
``trickle`` (a server sending one byte every --trickle-s seconds to `iop fetch` with a
--timeout-s read timeout), ``redirect`` (a listed host redirecting to 127.0.0.1),
``docx_zip`` (a .docx whose document.xml unpacks to --zip-gb, LZMA-packed) and
``docx_cells`` (one --cell-chars cell merged down --rows table rows: ~41 KB, 1.18 GB of
text); the two .docx bombs are ingested and stopped after --ingest-timeout-s.
Each result says ``"held": true`` when the code under test withstood the attack (refused
quickly with a short message and little memory); the exit status is 1 if any did not.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(_ROOT))  # this checkout's bench/lib, whatever PYTHONPATH points at

from bench.lib.docx_bombs import docx_merged_cells, docx_zip_bomb  # noqa: E402

_NAMES = "abcdefghijklmnop"


def anchors(levels: int, width: int = 9) -> list[str]:
    """``&a [lol, …]``, ``&b [*a, …]``, …: ``width ** levels`` strings once expanded."""
    out = [f"&a [{', '.join(['lol'] * width)}]"]
    for level in range(1, levels):
        out.append(f"&{_NAMES[level]} [{', '.join(['*' + _NAMES[level - 1]] * width)}]")
    return out


def front_matter_bomb(levels: int) -> str:
    """Markdown whose front matter expands to ``9 ** levels`` strings in one field."""
    fields = "\n".join(f"{_NAMES[i]}: {a}" for i, a in enumerate(anchors(levels)))
    return f"---\n{fields}\n---\n# IOP i Lund\n\nLunds kommun ingår partnerskap.\n"


def sidecar_bomb(levels: int) -> str:
    """A sidecar whose ``title`` expands to ``9 ** levels`` strings."""
    return f"title: [{', '.join(anchors(levels))}]\n"


def sources_bomb(levels: int) -> str:
    """A sources.yaml whose first entry expands to ``9 ** levels`` strings."""
    return f"sources:\n  - [{', '.join(anchors(levels))}]\n"


# --- the child processes ------------------------------------------------------------------

_REPORT = """
import json, resource, sys, time
def report(outcome, message=""):
    print(json.dumps({"outcome": outcome, "message_chars": len(message),
                      "message": message[:200]}))
"""

_YAML_CHILDREN = {
    "frontmatter": """
from ingest.loaders.markdown import load_markdown
try:
    doc = load_markdown(open(sys.argv[1], "rb").read())
    report("loaded", str(sum(len(v) for v in doc.metadata.values())) + " characters of metadata")
except MemoryError:
    report("MemoryError")
except Exception as exc:
    report(type(exc).__name__, str(exc))
""",
    "sidecar": """
from pathlib import Path
from ingest.metadata import read_sidecar
try:
    read_sidecar(Path(sys.argv[1]))
    report("loaded")
except MemoryError:
    report("MemoryError")
except Exception as exc:
    report(type(exc).__name__, str(exc))
""",
    "sources": """
from pathlib import Path
from ingest.fetch.sources import load_sources
try:
    load_sources(Path(sys.argv[1]))
    report("loaded")
except MemoryError:
    report("MemoryError")
except Exception as exc:
    report(type(exc).__name__, str(exc))
""",
}

_FETCH_CHILD = """
from pathlib import Path
from assistant.core.settings import Settings
from ingest.fetch.run import fetch_sources
from ingest.fetch.sources import SourceSpec
settings = Settings(_env_file=None)
result = fetch_sources(settings, [SourceSpec(sys.argv[1], "Lund")]).results[0]
report(result.outcome, result.error or result.path or "")
"""


_INGEST_CHILD = """
from assistant.core.settings import Settings
from assistant.index.embeddings import HashEmbeddings
from ingest.pipeline import Indexer
try:
    result = Indexer(Settings(_env_file=None), HashEmbeddings()).run()
except MemoryError:
    report("MemoryError")
else:
    if result.failed:
        report("failed", result.failed[0].error)
    else:
        report("indexed", f"{result.chunks} chunks")
"""


def run_child(
    code: str, args: list[str], env: dict[str, str], cap_bytes: int, timeout_s: float = 0
) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter; its report, wall time and peak memory. After
    ``timeout_s`` (0: never) it is killed and reported as stopped."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap_bytes, cap_bytes))

    started = time.monotonic()
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(
            [sys.executable, "-c", _REPORT + textwrap.dedent(code), *args],
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
            cwd=tempfile.gettempdir(),  # not the checkout: "-c" puts the cwd first on sys.path
            preexec_fn=limit,
        )
        assert child.stdout is not None
        killer = threading.Timer(timeout_s, child.kill) if timeout_s else None
        if killer is not None:
            killer.start()
        stdout = child.stdout.read()
        if killer is not None:
            killer.cancel()
        child.stdout.close()
        _pid, status, usage = os.wait4(child.pid, 0)  # reaped here: its own peak memory
        child.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        stderr = errors.read()
    seconds = time.monotonic() - started
    lines = stdout.decode("utf-8", "replace").strip().splitlines()
    result: dict[str, Any] = json.loads(lines[-1]) if lines else {"outcome": "no report"}
    if not lines and timeout_s and seconds >= timeout_s:
        result = {"outcome": f"stopped after {timeout_s:g} s", "message_chars": 0}
    if not lines:
        result["stderr"] = stderr.decode("utf-8", "replace")[-400:]
    result["seconds"] = round(seconds, 2)
    result["exit"] = child.returncode
    result["peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)
    return result


class _Trickle(BaseHTTPRequestHandler):
    """/robots.txt: none. /iop: one byte every ``trickle_s`` seconds (at most ``count``).
    /intern: a redirect to 127.0.0.1, the address no fetch should reach."""

    trickle_s = 4.0
    count = 60

    def do_GET(self) -> None:
        port = self.server.server_address[1]
        try:
            if self.path == "/intern":
                self.send_response(302)
                self.send_header("Location", f"http://127.0.0.1:{port}/hemlig")
                self.end_headers()
                return
            if self.path == "/hemlig":
                body = (
                    b"<html><head><title>Intern</title></head><body><main><h1>Intern</h1>"
                    b"<p>Lunds kommun: intern konfiguration med hemliga uppgifter.</p>"
                    b"</main></body></html>"
                )
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            if self.path != "/iop":
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(self.count))
            self.end_headers()
            for _ in range(self.count):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(self.trickle_s)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


def held(name: str, result: dict[str, Any], deadline_s: float, timeout_s: float) -> bool:
    """Whether the code under test withstood the attack ``name``."""
    if name in _YAML_CHILDREN:
        return (
            result["outcome"] not in ("loaded", "MemoryError", "no report")
            and result["message_chars"] < 400
            and result["peak_rss_mb"] < 300
            and result["seconds"] < 30
        )
    if name in _DOCX_BOMBS:
        return (
            result["outcome"] == "failed"
            and "limit" in result["message"]
            and result["peak_rss_mb"] < 1000
            and result["seconds"] < 30
        )
    if name == "trickle":
        return result["outcome"] == "failed" and result["seconds"] < deadline_s + 3 * timeout_s
    return result["outcome"] == "failed" and "refused" in result["message"]


_DOCX_BOMBS = ("docx_zip", "docx_cells")


def run_docx_bombs(
    chosen: list[str], tmp: Path, env: dict[str, str], cap: int, args: argparse.Namespace
) -> dict[str, Any]:
    """Each .docx bomb alone in a corpus, ingested by `Indexer.run` (hash embedder)."""
    results: dict[str, Any] = {}
    for name in _DOCX_BOMBS:
        if name not in chosen:
            continue
        corpus = tmp / name / "corpus"
        (corpus / "lund").mkdir(parents=True)
        bomb = corpus / "lund" / "riktlinjer.docx"
        if name == "docx_zip":
            docx_zip_bomb(bomb, int(args.zip_gb * 1024**3))
        else:
            docx_merged_cells(bomb, args.cell_chars, args.rows)
        size = bomb.stat().st_size
        print(f"== {name}: {size:,} bytes", flush=True)
        ingest_env = {
            **env,
            "IOP_CORPUS_DIR": str(corpus),
            "IOP_DATA_DIR": str(tmp / name / "data"),
            "IOP_EMBEDDING_MODEL": "hash",
        }
        results[name] = {"input_bytes": size}
        results[name].update(run_child(_INGEST_CHILD, [], ingest_env, cap, args.ingest_timeout_s))
        results[name]["held"] = held(name, results[name], 0, 0)
        print(json.dumps(results[name], ensure_ascii=False), flush=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--memory-cap-gb", type=float, default=6.0)
    parser.add_argument("--levels", type=int, default=9, help="alias levels of the bombs")
    parser.add_argument("--trickle-s", type=float, default=4.0)
    parser.add_argument("--timeout-s", type=float, default=6.0)
    parser.add_argument("--zip-gb", type=float, default=1.1, help="docx_zip: unpacked size")
    parser.add_argument("--cell-chars", type=int, default=1_310_000, help="docx_cells")
    parser.add_argument("--rows", type=int, default=900, help="docx_cells: merged rows")
    parser.add_argument("--ingest-timeout-s", type=float, default=60.0)
    args = parser.parse_args()
    chosen = args.only or [
        *("frontmatter", "sidecar", "sources", "trickle", "redirect"),
        *_DOCX_BOMBS,
    ]
    cap = int(args.memory_cap_gb * 1024**3)

    env = dict(os.environ)
    env.setdefault("PYTHONPATH", str(_ROOT))
    env["HF_HUB_OFFLINE"] = "1"
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="iop-attacks-") as tmp_name:
        tmp = Path(tmp_name)
        files = {
            "frontmatter": (tmp / "bomb.md", front_matter_bomb(args.levels)),
            "sidecar": (tmp / "bomb.txt.meta.yaml", sidecar_bomb(args.levels)),
            "sources": (tmp / "sources.yaml", sources_bomb(args.levels - 1)),
        }
        (tmp / "bomb.txt").write_text("Lunds kommun ingår partnerskap.\n", "utf-8")
        for name, (path, text) in files.items():
            path.write_text(text, "utf-8")
            if name in chosen:
                print(f"== {name}: {len(text.encode())} bytes", flush=True)
                target = tmp / "bomb.txt" if name == "sidecar" else path
                results[name] = {"input_bytes": len(text.encode())}
                results[name].update(run_child(_YAML_CHILDREN[name], [str(target)], env, cap))
                results[name]["held"] = held(name, results[name], 0, 0)
                print(json.dumps(results[name], ensure_ascii=False), flush=True)

        results.update(run_docx_bombs(chosen, tmp, env, cap, args))
        _Trickle.trickle_s = args.trickle_s
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            for name, host, path, allow in (
                ("trickle", "127.0.0.1", "/iop", "127.0.0.1"),
                ("redirect", "localhost", "/intern", "localhost"),
            ):
                if name not in chosen:
                    continue
                (tmp / name / "corpus").mkdir(parents=True)
                fetch_env = {
                    **env,
                    "IOP_CORPUS_DIR": str(tmp / name / "corpus"),
                    "IOP_DATA_DIR": str(tmp / name / "data"),
                    "IOP_EMBEDDING_MODEL": "hash",
                    "IOP_FETCH_DELAY_S": "0",
                    "IOP_FETCH_TIMEOUT_S": str(args.timeout_s),
                    "IOP_FETCH_ALLOW_HOSTS": allow,
                }
                url = f"http://{host}:{server.server_address[1]}{path}"
                print(f"== {name}: {url}", flush=True)
                results[name] = run_child(_FETCH_CHILD, [url], fetch_env, cap)
                deadline = float(env.get("IOP_FETCH_DEADLINE_S", 60))
                results[name]["held"] = held(name, results[name], deadline, args.timeout_s)
                print(json.dumps(results[name], ensure_ascii=False), flush=True)
        finally:
            server.shutdown()
            server.server_close()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), "utf-8")
    broken = [name for name, result in results.items() if not result["held"]]
    print(f"attacks: {len(results) - len(broken)} held, {len(broken)} not: {broken or ''}")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
