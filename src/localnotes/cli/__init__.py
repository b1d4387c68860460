"""The command-line front end: argument parsing, prompts and output. No logic lives here."""
