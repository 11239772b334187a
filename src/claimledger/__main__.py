"""`python -m claimledger`: the same as the `claimledger` command."""

from claimledger.cli import run

if __name__ == "__main__":
    run()
