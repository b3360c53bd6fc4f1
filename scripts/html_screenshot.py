#!/usr/bin/env python3
"""Take the README's screenshot of the HTML report: ``verify claims/ipo-race.yaml``
rendered as HTML, shown in headless Chromium (Debian package ``chromium``).

    python scripts/html_screenshot.py                     # docs/html-report.png, 1400 px wide
    python scripts/html_screenshot.py out.png 420 1500    # another file, width, height

Run from the repository root; exit 1 when Chromium is missing.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "golden"))


def main(out: str = "docs/html-report.png", width: str = "1400", height: str = "1500") -> int:
    import regenerate  # tests/golden/regenerate.py: the example run

    from checker.render import RenderOptions, render

    chromium = shutil.which("chromium")
    if chromium is None:
        print("html_screenshot: chromium is not installed", file=sys.stderr)
        return 1
    page = render(regenerate.run_example(), "html", RenderOptions())
    target = Path(out).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        html_file = Path(folder) / "report.html"
        html_file.write_text(page, encoding="utf-8")
        done = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--no-first-run", f"--user-data-dir={Path(folder) / 'profile'}",
             f"--window-size={width},{height}", f"--screenshot={target}", html_file.as_uri()],
            capture_output=True, text=True, timeout=180, check=False)
    if done.returncode != 0 or not target.exists():
        print(f"html_screenshot: chromium failed: {done.stderr[-500:]}", file=sys.stderr)
        return 1
    print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
