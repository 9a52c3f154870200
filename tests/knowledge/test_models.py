"""The columns that `knowledge.models` declares by hand for mypy agree with the tables derived from
`knowledge.offer`: a declared column that is renamed, dropped or changes type fails here."""

from __future__ import annotations

from typing import Any, get_args, get_type_hints

import pytest
from sqlalchemy.orm import RelationshipProperty

from knowledge.models import OfferGemeenteRow, OfferRow, SteunpuntGemeenteRow, SteunpuntRow
from knowledge.offer import unwrap

DERIVED = [OfferRow, SteunpuntRow, OfferGemeenteRow, SteunpuntGemeenteRow]


@pytest.mark.parametrize("model", DERIVED, ids=lambda model: model.__name__)
def test_declared_columns_match_the_derived_table(model: Any) -> None:
    declared = get_type_hints(model)
    assert declared
    for name, mapped in declared.items():
        if isinstance(model.__mapper__.attrs.get(name), RelationshipProperty):
            continue
        value_type, optional = unwrap(get_args(mapped)[0])
        column = model.__table__.c[name]
        assert column.type.python_type is value_type, name
        assert column.nullable == optional, name


def test_the_gemeente_links_are_declared() -> None:
    assert isinstance(OfferRow.__mapper__.attrs["gemeenten"], RelationshipProperty)
    assert isinstance(SteunpuntRow.__mapper__.attrs["gemeenten"], RelationshipProperty)
    assert get_args(get_type_hints(OfferRow)["gemeenten"])[0] == list[OfferGemeenteRow]
    assert get_args(get_type_hints(SteunpuntRow)["gemeenten"])[0] == list[SteunpuntGemeenteRow]
