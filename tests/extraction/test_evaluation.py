"""The evaluation runs in CI: the corpus must score at or above the command's thresholds."""

import json
import shutil

import pytest
from django.core.management import CommandError, call_command

from extraction.evaluation import CORPUS_DIR, FIELDS, evaluate, load_corpus
from extraction.management.commands.evaluate_extractor import MIN_PRECISION, MIN_RECALL

pytestmark = pytest.mark.django_db


def test_corpus_has_the_example_and_at_least_fifteen_more_reports():
    cases = load_corpus()
    assert len(cases) >= 16
    assert cases[0].name.startswith("01-wartabromo-2025-02-28")
    assert sum(not case.expected["is_meeting"] for case in cases) >= 3
    statuses = {case.expected["status"] for case in cases}
    assert {"held", "postponed", "cancelled", "planned"} <= statuses


def test_every_field_meets_the_thresholds(demo_directory):
    scores = evaluate(cases=load_corpus(), directory=demo_directory)
    assert set(scores) == set(FIELDS)
    low = {
        name: (s.precision, s.recall, s.misses)
        for name, s in scores.items()
        if s.precision < MIN_PRECISION or s.recall < MIN_RECALL
    }
    assert not low


def test_command_prints_precision_and_recall_per_field(capsys):
    call_command("evaluate_extractor")
    out = capsys.readouterr().out
    assert "precision" in out and "recall" in out
    for name in FIELDS:
        assert any(line.startswith(name + " ") for line in out.splitlines())


def test_command_fails_below_the_threshold(tmp_path):
    # A corpus whose expected answer is wrong: the date can no longer reach the threshold.
    for path in CORPUS_DIR.glob("01-*"):
        shutil.copy(path, tmp_path / path.name)
    answer_path = next(tmp_path.glob("*.json"))
    answer = json.loads(answer_path.read_text())
    answer["expected"]["date"] = "2025-02-27"
    answer_path.write_text(json.dumps(answer))
    with pytest.raises(CommandError, match="date"):
        call_command("evaluate_extractor", corpus=tmp_path)
