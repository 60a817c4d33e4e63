"""Votes: round setup, tally entry, kiosk, results."""
