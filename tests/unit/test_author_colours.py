"""A new author gets a colour nobody in the project (or on this computer) uses yet."""

from desktop.services.authors import PALETTE, ensure_author, free_colour, list_authors
from desktop.services.profiles import save_profile


def test_the_first_free_colour_then_the_least_used():
    assert free_colour([]) == PALETTE[0]
    assert free_colour([PALETTE[0].upper()]) == PALETTE[1]
    assert free_colour([PALETTE[1]]) == PALETTE[0]
    assert free_colour(list(PALETTE) + [PALETTE[0]]) == PALETTE[1]  # all taken: the one used least


def test_authors_added_without_a_colour_never_take_one_in_use(project):
    ensure_author(project, "giulia", "Giulia", PALETTE[1])
    ensure_author(project, "marco", "Marco")
    ensure_author(project, "ana", "Ana")
    colours = [a.colour for a in list_authors(project)]
    assert len(set(colours)) == 3 and PALETTE[1] in colours


def test_a_second_profile_on_this_computer_gets_another_colour():
    first = save_profile("Giulia")
    second = save_profile("Marco")
    assert first.colour != second.colour
