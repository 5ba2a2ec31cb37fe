"""Rendering: JSONL records, Markdown pages from Jinja2 templates, JSON Schemas, atomic file writes."""
