"""Sync through a bundle file (see GUIDE §5).

Data flow: every local write is a version in ``change_log`` (device, seq, parents, snapshot).
A bundle carries the versions the recipient does not hold, encrypted to it (age/X25519) and
signed by the sender (Ed25519). Import verifies everything, then applies in one transaction:
versions are added, each record's heads are recomputed and the record is materialised from its
heads (one head: that version; several: a deterministic field-by-field merge, with a conflict
kept where the same field differs). The state is a function of the set of versions held, so
replicas that hold the same versions are identical whatever the order of the bundles.

Modules: keys (key pairs on disk), identity (office init, enrollment and join, peers),
status (pending vs delivered), versions (heads and merge), archive (the inner zip, read
defensively), container (outer file: header, signature, ciphertext), exporter, importer, conflicts,
resources (the project's legend, templates and basemaps in enrollment files and bundles).
"""
