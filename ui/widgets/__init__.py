"""Small widgets shared by several tabs."""
