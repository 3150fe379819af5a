"""Errors a user can cause, with the exit codes the CLI returns for them."""

from __future__ import annotations

EXIT_OK = 0
EXIT_INPUT = 2       # missing, unreadable, empty, binary or undecodable input
EXIT_CONFIG = 3      # malformed pipeline config or rule file
EXIT_OUTPUT = 4      # output folder cannot be written
EXIT_PARTIAL = 5     # some documents of a corpus failed, the others were written


class DtxError(Exception):
    """A failure with a one-line message naming the file (and line, where known)."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, file: str = "", line: int | None = None):
        self.message = message
        self.file = str(file)
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        return f"{where}: {self.message}" if where else self.message


class InputError(DtxError):
    exit_code = EXIT_INPUT


class ConfigError(DtxError):
    exit_code = EXIT_CONFIG


class OutputError(DtxError):
    exit_code = EXIT_OUTPUT
