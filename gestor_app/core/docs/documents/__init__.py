"""One module per document: each has ``build(req: DocRequest) -> Document`` (see core.docs.registry)."""
