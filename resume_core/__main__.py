"""`python -m resume_core analyze | import | tailor | export | suggest | interview-next`."""

import sys

from resume_core.cli import main

sys.exit(main())
