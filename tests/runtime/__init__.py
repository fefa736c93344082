"""Tests of the generated clients' runtime against real HTTP servers."""
