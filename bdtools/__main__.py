"""``python -m bdtools`` runs the command line."""

from bdtools.cli import main

main()
