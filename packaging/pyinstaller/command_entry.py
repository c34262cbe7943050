"""The packaged command-line executable (`studio`): the same entry point as the pip install."""

import multiprocessing

# `studio batch` renders rows in spawned worker processes; a frozen app starts them by running
# this very executable again, and freeze_support turns that run into the worker (PyInstaller's
# runtime hook makes it work on Linux and macOS as well as Windows). It must come first.
multiprocessing.freeze_support()

from studio.cli import main  # noqa: E402

raise SystemExit(main())
