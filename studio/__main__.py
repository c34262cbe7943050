"""`python -m studio` does what the `studio` command does."""

from studio.cli import main

# The guard keeps worker processes that re-import this module (spawned pools) from running it.
if __name__ == "__main__":
    raise SystemExit(main())
