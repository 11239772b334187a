"""Stage 4 of extraction: drafts settled into claims (speakers, places, dates, sides)."""
