"""``python -m checker ...``: the ``checker`` command, for when the console
scripts are not on PATH (a virtual environment not activated, Windows)."""
from checker.cli.main import checker_entry

if __name__ == "__main__":
    checker_entry()
