"""timeline: find the dates in news articles, resolve them against the publication date, and build typed events.

The package is the pure core (no Streamlit): documents -> sentences -> time expressions -> events -> exports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from timeline.events import build_timeline as build_timeline
    from timeline.tagger import tag as tag

__all__ = ["tag", "build_timeline"]


def __getattr__(name: str) -> Any:
    # Imported lazily so that `import timeline` stays cheap for the dashboard and the CLI.
    if name == "tag":
        from timeline.tagger import tag

        return tag
    if name == "build_timeline":
        from timeline.events import build_timeline

        return build_timeline
    raise AttributeError(name)
