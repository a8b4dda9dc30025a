"""The import's new row ids are version-4 UUIDs written as ``str(uuid.uuid4())`` writes them."""

from __future__ import annotations

import uuid

from gaotai_desktop.services.importing.bulk import IdSource, new_ids


def test_new_ids_are_random_version_4_uuids() -> None:
    ids = new_ids(5000)
    assert len(set(ids)) == 5000
    for text in ids:
        u = uuid.UUID(text)
        assert (u.version, u.variant, str(u)) == (4, uuid.RFC_4122, text)


def test_an_id_source_never_repeats_across_batches() -> None:
    source = IdSource()
    ids = [source() for _ in range(3 * IdSource.BATCH + 7)]
    assert len(set(ids)) == len(ids)
