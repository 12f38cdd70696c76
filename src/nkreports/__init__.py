"""nkreports."""
