"""`python -m studio` does what the `studio` command does."""

from studio.cli import main

raise SystemExit(main())
