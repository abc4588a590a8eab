"""The commitment catalog and the exercises: loaded, validated whole, versioned (with the
mapping between versions), and corrected through a workbook."""
