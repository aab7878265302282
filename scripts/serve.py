#!/usr/bin/env python3
"""Serves the repository root for the demo pages and the browser tests.

    python3 scripts/serve.py [--port 8080] [--host 127.0.0.1] [--root .]

- `.wasm` goes out as application/wasm (so WebAssembly.instantiateStreaming
  works) and `.js`/`.mjs` as text/javascript (so module scripts load);
- `/` redirects to `/www/`;
- nothing is cached (`Cache-Control: no-store`), so a rebuilt pkg/ shows on
  reload.

Port 0 picks a free port. Once listening it prints one line,
`serving http://HOST:PORT/`, and flushes it, so a test that starts it can read
the address from stdout.
"""

import argparse
import functools
import http.server
import os
import sys

TYPES = {
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".json": "application/json",
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".map": "application/json",
    ".ts": "text/plain; charset=utf-8",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files with the MIME types above and no caching."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}

    def _redirected(self):
        """Sends `/` on to the demo page; True when it did."""
        if self.path.split("?", 1)[0] not in ("/", ""):
            return False
        self.send_response(302)
        self.send_header("Location", "/www/")
        self.send_header("Content-Length", "0")
        self.end_headers()
        return True

    def do_GET(self):
        if not self._redirected():
            super().do_GET()

    def do_HEAD(self):
        if not self._redirected():
            super().do_HEAD()

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format, *args):
        if not self.server.quiet:
            super().log_message(format, *args)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    parser.add_argument(
        "--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    )
    parser.add_argument("--quiet", action="store_true", help="no request log")
    args = parser.parse_args(argv)

    handler = functools.partial(Handler, directory=os.path.abspath(args.root))
    server = http.server.ThreadingHTTPServer((args.host, args.port), handler)
    server.quiet = args.quiet
    host, port = server.server_address[:2]
    print(f"serving http://{host}:{port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
