"""The workshop file and its safety: one SQLite file per workshop (`store`), its schema and
migrations, the one write path (`edits`, `reads`), the checks every open makes, the writer of
every output (`atomic`), backups, and the thread that syncs edits to the disk."""
