"""Table cells cut for the terminal say so: a cut sentence ends in "…", never passes for the whole."""

from hypothesis import given
from hypothesis import strategies as st

from store.cli_output import clipped


@given(st.text(min_size=0, max_size=400), st.integers(min_value=2, max_value=250))
def test_a_clipped_cell_fits_and_is_the_text_or_a_marked_prefix_of_it(text, limit):
    cell = clipped(text, limit)
    assert len(cell) <= limit
    if len(text) <= limit:
        assert cell == text
    else:
        assert cell.endswith("…")
        assert text.startswith(cell[:-1])


def test_a_long_sentence_is_cut_at_a_word():
    sentence = ("Dmytro Ponomarenko, Ukraine's ambassador to South Korea, told Voice of America last month that the "
                "number could rise to 100,000 North Korean soldiers within a year.")
    cell = clipped(sentence, 90)
    assert cell == ("Dmytro Ponomarenko, Ukraine's ambassador to South Korea, told Voice of America last month"
                    "…")


def test_a_passage_gets_more_of_the_width_than_the_title_beside_it():
    from store.cli_output import column_widths

    columns = ["score", "passage", "outlet", "title", "text"]
    long = "word " * 60
    cells = [["7.86", "54dcc0e5d4-018", "The Straits Times", long, long]]
    widths = column_widths(columns, cells, 80)
    assert widths is not None
    assert sum(widths) + 3 * len(columns) + 1 <= 80
    assert widths[4] >= 2 * widths[3] - 1  # text against title
    assert widths[1] == len("54dcc0e5d4-018"), "ids never wrap"


def test_progress_keeps_one_line_up_to_date_and_clears_it_at_the_end(monkeypatch):
    import io

    from store import cli_output

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(cli_output.sys, "stderr", terminal)
    monkeypatch.setattr(cli_output._err, "file", terminal)
    with cli_output.progress_line(min_interval=0) as progress:
        progress("Reading and analysing files", 50, 100)
        progress("Writing the database", 0, 1)
    written = terminal.getvalue()
    assert "\n" not in written, "every update rewrites the one line"
    assert written.count("\r\x1b[2K") == 3, "two updates and the clearing at the end"
    assert "Reading and analysing files 50/100" in written and written.endswith("\r\x1b[2K")


def test_progress_is_silent_when_stderr_is_no_terminal(monkeypatch, capsys):
    from store import cli_output

    with cli_output.progress_line(min_interval=0) as progress:
        progress("Reading and analysing files", 1, 2)
    assert capsys.readouterr().err == ""
