"""Seed-shaped tests: loopback servers that answer exactly as the seeds show, built from fixtures, not from specs."""
