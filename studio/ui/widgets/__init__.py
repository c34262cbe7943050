"""Reusable widgets; each wraps one model object and holds layout only."""
