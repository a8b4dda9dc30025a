"""高台县工伤预防分级预警台 (Gaotai work-injury prevention tiered early-warning desk)."""

__version__ = "0.1.0"
APP_NAME = "gaotai-desktop"
APP_TITLE = "高台工伤预防分级预警台"
