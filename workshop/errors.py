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
