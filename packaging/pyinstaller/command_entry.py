"""The packaged command-line executable (`studio`): the same entry point as the pip install."""

from studio.cli import main

raise SystemExit(main())
