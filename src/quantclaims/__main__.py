"""`python -m quantclaims ...`: see quantclaims.cli."""

from quantclaims.cli import main

raise SystemExit(main())
