"""The packaged window executable (`crossumer-studio`): the same entry point as the pip install."""

import multiprocessing

# Any spawned worker process of the window's (a process pool) reruns this executable:
# freeze_support turns that run into the worker instead of a second window. It must come first.
multiprocessing.freeze_support()

from studio.cli import gui_main  # noqa: E402

raise SystemExit(gui_main())
