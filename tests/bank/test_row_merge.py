"""Unsaved table edits re-applied to rows that changed elsewhere: nothing either side did is lost."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_budget import examples

from resume_core.bank.row_merge import merge_rows, same_rows

BASE = [{"order": 1, "id": "skl-a", "name": "Python"}, {"order": 2, "id": "skl-b", "name": "SQL"},
        {"order": 3, "id": "skl-c", "name": "Excel"}]


def names(rows):
    return [r["name"] for r in rows]


def test_my_edits_land_on_rows_added_elsewhere():
    mine = [{"order": 1, "id": "skl-a", "name": "Python 3"}, {"order": 2, "id": "skl-b", "name": "SQL"},
            {"order": 4, "id": None, "name": "Airflow"}]  # renamed one, deleted Excel, added Airflow
    theirs = [*BASE, {"order": 4, "id": "skl-d", "name": "Kafka"}]  # an import added Kafka
    merged = merge_rows(BASE, mine, theirs)
    assert names(merged.rows) == ["Python 3", "SQL", "Kafka", "Airflow"] and merged.conflicts == 0


def test_a_cell_both_sides_changed_keeps_mine_and_counts_a_conflict():
    mine = [dict(BASE[0], name="Python (mine)"), BASE[1], BASE[2]]
    theirs = [dict(BASE[0], name="Python (theirs)"), dict(BASE[1], name="PostgreSQL"), BASE[2]]
    merged = merge_rows(BASE, mine, theirs)
    assert names(merged.rows) == ["Python (mine)", "PostgreSQL", "Excel"] and merged.conflicts == 1


def test_a_row_i_edited_that_was_deleted_elsewhere_comes_back_as_a_new_row():
    mine = [BASE[0], dict(BASE[1], name="SQL and dbt"), BASE[2]]
    theirs = [BASE[0], BASE[2]]
    merged = merge_rows(BASE, mine, theirs)
    assert names(merged.rows) == ["Python", "Excel", "SQL and dbt"] and merged.rows[-1]["id"] == ""
    assert merged.conflicts == 1


def test_a_row_i_deleted_stays_deleted_even_if_changed_elsewhere():
    mine = [BASE[0], BASE[1]]
    theirs = [BASE[0], BASE[1], dict(BASE[2], name="Excel (pivot tables)")]
    merged = merge_rows(BASE, mine, theirs)
    assert names(merged.rows) == ["Python", "SQL"] and merged.conflicts == 1


def test_blanks_none_nan_and_whole_floats_compare_as_the_table_shows_them():
    assert same_rows([{"order": 1.0, "id": None, "name": "x "}], [{"order": 1, "id": "", "name": "x"}])
    assert same_rows([{"order": 1, "name": "x"}, {"order": 2, "name": math.nan}], [{"order": 1, "name": "x"}],
                     ignore_blank=("order",))
    assert not same_rows([{"name": "x"}], [{"name": "y"}])


rows = st.lists(st.sampled_from(["Python", "SQL", "Go", "Rust", ""]), max_size=5)


@settings(max_examples=examples(200), deadline=None)
@given(rows, st.data())
def test_with_nothing_changed_elsewhere_the_merge_is_exactly_my_version(names_, data):
    base = [{"id": f"skl-{i}", "name": n} for i, n in enumerate(names_)]
    kept = data.draw(st.lists(st.sampled_from(base), unique_by=lambda r: r["id"])) if base else []
    mine = [dict(r, name=data.draw(st.sampled_from([r["name"], "Edited"]))) for r in kept]
    mine += [{"id": "", "name": n} for n in data.draw(st.lists(st.sampled_from(["New", "Other"]), max_size=2))]
    merged = merge_rows(base, mine, base)
    assert same_rows(sorted(merged.rows, key=str), sorted(mine, key=str)) and merged.conflicts == 0
