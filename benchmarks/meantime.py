#!/usr/bin/env python3
"""The time stage on MEANTIME: the scorer lives in the package (communique.evaluation.meantime,
where the accuracy gate uses it); this runs it. See that module for the measures."""

import sys

from communique.evaluation.meantime import main

if __name__ == "__main__":
    main(sys.argv[1:])
