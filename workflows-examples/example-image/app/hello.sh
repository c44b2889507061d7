#!/bin/sh
# What the example image runs.
echo "hello from example-image"
