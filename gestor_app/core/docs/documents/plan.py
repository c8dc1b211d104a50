"""Plan de acción (placeholder while being written)."""


def build(req):  # noqa: ANN001, ANN201
    raise NotImplementedError
