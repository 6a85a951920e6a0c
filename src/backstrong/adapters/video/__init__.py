"""Reading videos into pose landmarks (the optional ``backstrong[video]`` extra)."""
