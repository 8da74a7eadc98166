"""`python -m timeline ...` entry point."""

import sys

from timeline.cli import main

sys.exit(main())
