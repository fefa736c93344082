"""`make bench`: the generated clients and the generator, measured side by side with the alternatives.

``python -m benchmarks`` runs every figure, interleaving what it compares round by round in a shuffled order, and
prints one table (also written to ``docs/benchmarks.md``). Nothing here asserts a time: a busy machine cannot fail a
test, and a target that is not met is reported as such.
"""
