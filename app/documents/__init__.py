"""Printed documents: shipping labels, invoices, packing slips, pick lists (pure rendering)."""
