"""Tests of recipe cards below a text capture's story (`newsledger.steps.clean.recipe`)."""

from __future__ import annotations

import pytest

from newsledger.steps.clean.text import clean_text_capture

_STORY = [
    "Every autumn the orchards above Port Aldric drop more pears than the town can eat, and "
    "my grandmother never let a single one of them go to waste in her cold stone kitchen.",
    "Her jam was the first thing the neighbours asked for when the ferry brought visitors "
    "from the islands, and she gave the recipe to anyone who promised to use local honey.",
    "I have changed very little of it over the years: a little less sugar, a pinch more "
    "clove, and a longer boil in the water bath so the jars keep through the whole winter.",
]
_INGREDIENTS = [
    "* 8 ripe Aldric pears, peeled",
    "* 1 lemon, juiced",
    "* 1 cup of heather honey",
    "* 1 tsp ground clove",
    "* 6 tbsp pectin",
    "* 1 pinch of salt",
]
_STEPS = [
    "1. Peel and core the pears, then cut them into small cubes.",
    "2. Boil the pears with the lemon juice, the clove and the pectin for ten minutes.",
    "3. Stir in the honey and boil until the jam coats the back of a spoon.",
    "4. Fill the warm jars, close them and boil them in a water bath for ten minutes.",
]
_CARD_HEADER = ["Grandmother's Pear Jam", "Prep time", "20 min", "Print"]
_AFTER = ["Share this", "Leave a Reply", "Mira says:", "I made this last weekend, lovely!"]


def _page(card: list[str]) -> str:
    """Return a capture: a menu, the story's headline, the story, `card`, then the footer."""
    parts = ["Menu\n* Home\n* Recipes", "Pear Jam From The Orchard", *_STORY, *card, *_AFTER]
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    ("first", "second"), [("Ingredients", "Instructions"), ("INGREDIENTS:", "Method")]
)
def test_clean_recipe_card_below_the_story_is_body(first: str, second: str) -> None:
    card = [*_CARD_HEADER, first, *_INGREDIENTS, second, *_STEPS]
    result = clean_text_capture(_page(card))
    assert result.text.split("\n\n") == [*_STORY, first, *_INGREDIENTS, second, *_STEPS]
    assert "Prep time" not in result.text and "I made this" not in result.text


def test_clean_recipe_list_without_steps_heading_is_no_card() -> None:
    """A heading and a list with no steps heading below them is no recipe card."""
    result = clean_text_capture(_page([*_CARD_HEADER, "Ingredients", *_INGREDIENTS]))
    assert result.text.split("\n\n") == _STORY
