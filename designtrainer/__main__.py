"""`python -m designtrainer` is the same as the `designtrainer` command."""

from designtrainer.cli import main

raise SystemExit(main())
