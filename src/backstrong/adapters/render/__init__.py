"""Pictures drawn by the project: exercise stick figures and the clickable body map, as SVG."""
