"""Pieces every app may use and that belong to no domain: security headers and log masking,
middleware, request ids, the site's error pages, date and text checks, spreadsheet and PDF
helpers, row-address helpers for fast lists, a datetime's local date in SQL.
Imports no other app of the project."""
