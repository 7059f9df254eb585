"""Pieces every app may use and that belong to no domain: security headers and log masking,
middleware, request ids, the site's error pages, date and text checks,
spreadsheet and PDF helpers, row-address helpers for fast lists. Imports no other app."""
