"""Small hand-written texts the cleaner tests build their pages from: four paragraphs of one story
and its headline."""

from __future__ import annotations

PROSE = [
    "The city council on Tuesday approved a budget of 40 million euros for public transport, the mayor said.",
    "Most of the money will pay for 120 electric buses and for new bus lanes on the main roads of the city.",
    "The opposition voted against the budget, saying that it does not invest enough in the council's suburbs.",
    "Council members will meet the bus drivers' union next week to discuss the new timetable and the lanes.",
]
HEADLINE = "City council approves a new budget for public transport"
