"""Field instruments without Qt: checklist templates, walk scores, photo metadata."""
