"""The packaged window executable (`crossumer-studio`): the same entry point as the pip install."""

from studio.cli import gui_main

raise SystemExit(gui_main())
