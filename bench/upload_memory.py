"""Memory of the chat server under anonymous uploads to Streamlit's upload endpoint.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/upload_memory.py [--uploads 4] [--mb 150]
        [--limit-mb 200 | --limit-mb 25] [--json OUT]

Starts ``streamlit run app.py`` on loopback (the shipped corpus indexed with the fast
``hash`` embedder in a temporary folder), opens a session the way a browser does (the
XSRF cookie from the page, then the websocket, which names the session), and sends
``--uploads`` PUTs of ``--mb`` MB each to ``/_stcore/upload_file/<session>/<id>`` —
no login, no file uploader on the page. Streamlit keeps every accepted upload in memory
for the session's lifetime. Reported: the server's resident memory before and after,
and the HTTP status of each PUT. ``--limit-mb`` passes ``server.maxUploadSize``
(Streamlit's default is 200; .streamlit/config.toml sets 25), so one run shows each.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests
from websocket import create_connection

ROOT = Path(__file__).resolve().parents[1]
STREAMLIT = Path(sys.executable).with_name("streamlit")
IOP = Path(sys.executable).with_name("iop")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def open_session(url: str) -> tuple[str, str, object]:
    """The XSRF cookie and the session id a browser would get, and the open websocket
    (the session lives as long as it is open)."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    # The browser gets its XSRF cookie from the health check the page makes.
    health = requests.get(url + "/_stcore/health", timeout=30)
    health.raise_for_status()
    xsrf = health.cookies.get("_streamlit_xsrf") or ""
    ws = create_connection(
        url.replace("http", "ws") + "/_stcore/stream",
        subprotocols=["streamlit", xsrf] if xsrf else ["streamlit"],
        origin=url,
        cookie=f"_streamlit_xsrf={xsrf}" if xsrf else None,
        timeout=60,
    )
    back = BackMsg()
    back.rerun_script.query_string = ""
    back.rerun_script.page_script_hash = ""
    ws.send_binary(back.SerializeToString())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        data = ws.recv()
        if not isinstance(data, bytes):
            continue
        msg = ForwardMsg()
        msg.ParseFromString(data)
        if msg.WhichOneof("type") == "new_session":
            return xsrf, msg.new_session.initialize.session_id, ws
    raise RuntimeError("no session id from the server")


def upload(url: str, session: str, xsrf: str, megabytes: int) -> int:
    body = os.urandom(1024 * 1024) * megabytes
    response = requests.put(
        f"{url}/_stcore/upload_file/{session}/{uuid.uuid4().hex}",
        files={"file": ("x.bin", body, "application/octet-stream")},
        headers={"X-Xsrftoken": xsrf, "Origin": url},
        cookies={"_streamlit_xsrf": xsrf},
        timeout=300,
    )
    return response.status_code


def run(uploads: int, megabytes: int, limit_mb: int | None) -> dict[str, object]:
    work = Path(tempfile.mkdtemp(prefix="iop-upload-bench-"))
    corpus = work / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    env = {k: v for k, v in os.environ.items() if not k.startswith("IOP_")}
    env.update(
        HF_HUB_OFFLINE="1",
        IOP_DATA_DIR=str(work / "data"),
        IOP_CORPUS_DIR=str(corpus),
        IOP_EMBEDDING_MODEL="hash",
    )
    subprocess.run([str(IOP), "ingest"], env=env, cwd=ROOT, check=True, capture_output=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = [str(STREAMLIT), "run", "app.py", "--server.address", "127.0.0.1"]
    args += ["--server.port", str(port), "--server.headless", "true"]
    if limit_mb is not None:
        args += ["--server.maxUploadSize", str(limit_mb)]
    log = open(work / "streamlit.log", "wb")  # noqa: SIM115 - closed in finally
    server = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        for _ in range(240):
            try:
                if requests.get(url + "/_stcore/health", timeout=2).ok:
                    break
            except requests.RequestException:
                time.sleep(0.5)
        xsrf, session, ws = open_session(url)
        time.sleep(3)  # let the first run (index, models) settle before measuring
        before = rss_mb(server.pid)
        statuses = [upload(url, session, xsrf, megabytes) for _ in range(uploads)]
        time.sleep(2)
        after = rss_mb(server.pid)
        ws.close()  # type: ignore[attr-defined]
        return {
            "limit_mb": limit_mb if limit_mb is not None else "config.toml",
            "uploads": uploads,
            "upload_mb": megabytes,
            "statuses": statuses,
            "rss_before_mb": round(before),
            "rss_after_mb": round(after),
        }
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--uploads", type=int, default=4)
    parser.add_argument("--mb", type=int, default=150)
    parser.add_argument("--limit-mb", type=int, default=None, help="server.maxUploadSize")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    result = run(args.uploads, args.mb, args.limit_mb)
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
