"""What a phone fetches ahead of time so the app works in a gym with no signal."""
