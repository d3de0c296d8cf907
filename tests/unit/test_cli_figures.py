"""`evidence-desk figures parse|find`: the figure parser from the command line, no project needed."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_parse_json_prints_exactly_the_figure(capsys):
    assert main(["figures", "parse", "circa 14 miliardi di dollari", "--lang", "it", "--json"]) == 0
    out = capsys.readouterr().out
    assert out == '{"value": "14000000000", "value_max": null, "unit": "USD", "bound": "about"}\n'


def test_parse_json_keeps_non_ascii_and_ranges(capsys):
    assert main(["figures", "parse", "entre 10 e 15 bilhões de dólares", "--lang", "pt", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "value": "10000000000", "value_max": "15000000000", "unit": "USD", "bound": "range"}


def test_parse_without_json_prints_a_line_for_a_person(capsys):
    assert main(["figures", "parse", "oltre il 40%", "--lang", "it"]) == 0
    assert capsys.readouterr().out == "at least 40 %\n"
    assert main(["figures", "parse", "between $10 billion and $15 billion"]) == 0
    assert capsys.readouterr().out == "range 10000000000 – 15000000000 USD\n"


def test_the_language_changes_the_reading(capsys):
    main(["figures", "parse", "100.000", "--lang", "it", "--json"])
    main(["figures", "parse", "100.000", "--lang", "en", "--json"])
    first, second = capsys.readouterr().out.splitlines()
    assert json.loads(first)["value"] == "100000"
    assert json.loads(second)["value"] == "100"


def test_text_that_starts_with_a_dash_follows_a_double_dash(capsys):
    assert main(["figures", "parse", "--json", "--", "-5%"]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == "-5"


def test_no_figure_exits_1_with_a_message_on_stderr(capsys):
    assert main(["figures", "parse", "la conferenza VivaTech", "--lang", "it"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no figure found in 'la conferenza VivaTech'" in captured.err


def test_stdin_mode_prints_one_json_line_per_input_line(capsys, monkeypatch):
    lines = ["circa 14 miliardi di dollari", "ciao", "", "49 %", "$ 2,7 miliardi", "tra il 60° e il 70°"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["figures", "parse", "-", "--lang", "it"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(lines)
    assert [json.loads(line) for line in out] == [
        {"value": "14000000000", "value_max": None, "unit": "USD", "bound": "about"},
        None,
        None,
        {"value": "49", "value_max": None, "unit": "%", "bound": "exact"},
        {"value": "2700000000", "value_max": None, "unit": "USD", "bound": "exact"},
        None,
    ]
    assert out[1] == "null"


def test_stdin_mode_handles_windows_line_ends_and_a_missing_last_newline(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("29 milliards de dollars\r\n49 %"))
    assert main(["figures", "parse", "-", "--lang", "fr"]) == 0
    assert [json.loads(line)["value"] for line in capsys.readouterr().out.splitlines()] == ["29000000000", "49"]


def test_help_says_what_a_non_figure_line_prints(capsys):
    with pytest.raises(SystemExit):
        main(["figures", "parse", "--help"])
    assert "null" in capsys.readouterr().out


def test_find_lists_the_figures_of_a_file_with_their_spans(capsys):
    path = SEEDS / "000_59ad1066541296fc.txt"
    text = path.read_text(encoding="utf-8")
    assert main(["figures", "find", str(path), "--lang", "it"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["quote"] for r in rows] == [
        "49%", "oltre 29 miliardi di dollari", "2016", "circa 14 miliardi di dollari", "oltre 100.000"]
    assert all(text[r["start"]:r["end"]] == r["quote"] for r in rows)
    assert rows[1]["bound"] == "at_least" and rows[1]["unit"] == "USD"


def test_find_reads_stdin_and_refuses_a_missing_file(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Meta a investi 29 milliards de dollars pour 49 %."))
    assert main(["figures", "find", "-", "--lang", "fr"]) == 0
    assert [json.loads(line)["quote"] for line in capsys.readouterr().out.splitlines()] == [
        "29 milliards de dollars", "49 %"]
    missing = tmp_path / "missing.txt"
    assert main(["figures", "find", str(missing)]) == 1
    assert capsys.readouterr().err == f"evidence-desk: cannot read {missing}: No such file or directory\n"
    assert main(["figures", "find", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"evidence-desk: cannot read {tmp_path}: Is a directory\n"
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Meta a investi 29 milliards à Scale AI.".encode("latin-1"))
    assert main(["figures", "find", str(latin)]) == 1
    assert capsys.readouterr().err == (f"evidence-desk: cannot read {latin}: it is not UTF-8 text (byte 28); save it "
                                       "as UTF-8 and try again\n")


def test_parse_opens_no_project(capsys, isolated_user_dirs):
    assert main(["figures", "parse", "49%", "--json"]) == 0
    assert [p for p in isolated_user_dirs.rglob("*") if p.is_file()] == []


def test_the_figures_command_does_not_import_qt():
    script = (
        "import argparse, sys\n"
        "from desktop.cli import figures\n"
        "parser = argparse.ArgumentParser(); figures.register(parser.add_subparsers(dest='command'))\n"
        "args = parser.parse_args(['figures', 'parse', 'circa 14 miliardi di dollari', '--lang', 'it', '--json'])\n"
        "args.func(args)\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["bound"] == "about"


def test_a_date_prints_its_iso_value_and_granularity(capsys):
    assert main(["figures", "parse", "15 luglio 2025", "--lang", "it", "--json"]) == 0
    assert capsys.readouterr().out == (
        '{"value": "2025-07-15", "value_max": null, "unit": "date", "granularity": "day", "bound": "exact"}\n')
    assert main(["figures", "parse", "settembre 2024", "--lang", "it", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["granularity"] == "month"


def test_a_relative_date_counts_from_the_reference_date_or_says_why_it_cannot(capsys):
    assert main(["figures", "parse", "giovedì", "--lang", "it", "--json", "--reference-date", "2025-06-14"]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == "2025-06-12"
    assert main(["figures", "parse", "giovedì", "--lang", "it", "--json"]) == 0
    unresolved = json.loads(capsys.readouterr().out)
    assert unresolved["value"] is None and "publication date" in unresolved["reason"]
    assert main(["figures", "parse", "giovedì", "--lang", "it"]) == 0
    assert capsys.readouterr().out.startswith("no value: ")


def test_a_bad_reference_date_is_refused(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["figures", "parse", "giovedì", "--lang", "it", "--reference-date", "2025-13-01"])
    assert exit_info.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_durations_and_ages_print_their_unit(capsys):
    main(["figures", "parse", "nove anni", "--lang", "it", "--json"])
    main(["figures", "parse", "28enne", "--lang", "it", "--json"])
    duration, age = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert duration == {"value": "9", "value_max": None, "unit": "years", "bound": "exact"}
    assert age == {"value": "28", "value_max": None, "unit": "age", "bound": "exact"}


@pytest.mark.parametrize(("text", "value"), [("-3,5%", "-3.5"), ("-1.234,5", "-1234.5"), ("-$2.5 billion", "-2500000000"),
                                             ("−5%", "-5")])
def test_a_text_starting_with_a_minus_is_the_figure_not_an_option(capsys, text, value):
    assert main(["figures", "parse", text, "--lang", "it", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == value


def test_stdin_mode_takes_the_reference_date_too(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("ieri\nl'anno scorso\n"))
    assert main(["figures", "parse", "-", "--lang", "it", "--reference-date", "2025-06-14"]) == 0
    assert [json.loads(line)["value"] for line in capsys.readouterr().out.splitlines()] == ["2025-06-13", "2024"]
