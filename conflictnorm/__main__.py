# SPDX-License-Identifier: MIT
"""``python -m conflictnorm``: the same as the ``conflictnorm`` command."""

from conflictnorm.cli import main_entry

if __name__ == "__main__":
    main_entry()
