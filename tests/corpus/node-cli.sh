#!/bin/sh
# A stand-in for loop-bakery-run that simply runs Node: with it every corpus
# script must pass (see README.md, "Checking the recordings").
exec node "$@"
