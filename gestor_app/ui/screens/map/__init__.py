"""The participatory map: MapScreen (the Mapa section) and the reusable MapView widget."""
