from __future__ import annotations

from datetime import date

import pytest

from gestor_app.core.errors import ValidationError
from gestor_app.core.services.mapping_sessions import (
    create_session,
    current_session_id,
    delete_session,
    list_sessions,
    set_current_session,
    update_session,
)


def test_a_session_counts_participants_without_names(store):
    with store.transaction() as s:
        ms = create_session(s, territory_id=None, held_on=date(2026, 10, 17), place="Sede",
                            participants={"18-29": {"mujer": 3, "hombre": 0}, "60+": {"otro": 1}})
        assert ms.participants == {"18-29": {"mujer": 3}, "60+": {"otro": 1}} and ms.total_participants() == 4
        set_current_session(s, ms.id)
        assert current_session_id(s) == ms.id
        update_session(s, ms.id, place="Escuela")
        delete_session(s, ms.id)
        assert current_session_id(s) is None and list_sessions(s) == []


@pytest.mark.parametrize("counts", [{"18-29": {"mujer": -1}}, {"joven": {"mujer": 1}}, {"18-29": {"x": 1}},
                                    {"18-29": {"mujer": 1.5}}])
def test_bad_counts_are_refused(store, counts):
    with pytest.raises(ValidationError), store.transaction() as s:
        create_session(s, territory_id=None, held_on=date(2026, 1, 1), participants=counts)
