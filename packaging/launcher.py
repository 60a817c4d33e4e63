"""Entry script of the PyInstaller bundle: the same as ``python -m cosmart_desktop``."""

import sys

from cosmart_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
