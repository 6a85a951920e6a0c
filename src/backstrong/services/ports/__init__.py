"""Ports: the small interfaces services need from the outside world, one module per area."""
