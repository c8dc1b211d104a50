"""PDF documents (reportlab, no Qt): the kit (letterhead, dates, page numbers, tables, signatures),
static maps drawn with Pillow, one module per document under ``documents/`` and the registry that
the CLI and the Documents screen use (``core.docs.registry.DOCUMENTS``)."""
