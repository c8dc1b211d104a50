"""Maps without Qt: the legend, MBTiles basemaps, geometry helpers."""
