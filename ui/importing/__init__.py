"""The import and export screens of the Orders tab (issue #5)."""
