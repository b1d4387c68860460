"""`python -m localnotes` runs the same CLI as the `localnotes` console script."""

from __future__ import annotations

from localnotes.cli.main import main

raise SystemExit(main())
