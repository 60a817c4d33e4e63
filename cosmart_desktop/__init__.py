"""Co-Smart Werkstatt: an offline desktop tool for Smart City participation events."""

__version__ = "0.1.0"
