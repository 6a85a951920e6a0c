"""Security adapters: password hashing through a well-kept library."""
