"""Exports for analysts (QGIS, Excel): the same filtered data as GeoJSON, CSV or XLSX."""
