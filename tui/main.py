"""Console entry point: headless verbs go to ``store.cli``; no verb opens the app.

Textual is imported only when the app is launched, so ``nkru-tui search …``
starts as fast as a plain script.
"""

from __future__ import annotations

import sys
from pathlib import Path


def launch_app(db_path: Path, topics_path: Path | None) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        from store.errors import StoreError

        # Into a pipe or a file the app would write screens of escape codes and wait for keys that never come.
        raise StoreError("the interactive app needs a terminal; in a script or pipe use a verb, "
                         "e.g. nkru-tui articles --json (nkru-tui --help lists them)")
    from tui.app import build_app

    app = build_app(db_path=db_path, topics_path=topics_path)
    app.run()
    return app.return_code or 0


def main(argv: list[str] | None = None) -> None:
    from store.cli import main as cli_main

    sys.exit(cli_main(sys.argv[1:] if argv is None else argv, launch_tui=launch_app))


if __name__ == "__main__":
    main()
