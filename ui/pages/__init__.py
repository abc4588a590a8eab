"""The pages of the main window, one per step of the workshop's flow."""
