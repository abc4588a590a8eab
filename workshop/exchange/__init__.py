"""What leaves one laptop and comes back: exchange packages and the secretariat's merge into
the consolidated file, the ministries' review workbooks, and the groups' own copies."""
