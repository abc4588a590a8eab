"""The one exception type for problems a user can cause.

Its message is written for the user: one sentence that says what is wrong and what to do.
The command line and the GUI show that message and nothing else.
"""


class WorkshopError(Exception):
    """A problem with the user's input or files, described in one sentence for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DamagedFile(WorkshopError):
    """A file of the app whose content is not what the app writes: damaged, or changed by
    another program. The one refusal for which restoring a backup is the advice: a file that
    is only busy, read-only, on a full disk or beside a stray journal is never one."""
