"""The command line: the only part of the checker that talks to the terminal."""
