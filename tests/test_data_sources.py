"""Every data file the package ships is listed, with source and license, in discourse/data/SOURCES.md."""

import re
from importlib import resources


def _shipped() -> list[str]:
    root = resources.files("discourse") / "data"
    names = []
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        for item in folder.iterdir():
            if item.name.startswith((".", "__")):
                continue
            if item.is_dir():
                stack.append((item, f"{prefix}{item.name}/"))
            elif item.name != "SOURCES.md":
                names.append(f"{prefix}{item.name}")
    return sorted(names)


def test_every_shipped_data_file_has_a_source_and_license_row():
    text = (resources.files("discourse") / "data" / "SOURCES.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    listed = set()
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert len(cells) == 4 and all(cells), row
        first = re.findall(r"`([^`]+)`", cells[0])
        folder = first[0].rsplit("/", 1)[0] + "/" if "/" in first[0] else ""
        listed.update(name if "/" in name or not folder else folder + name for name in first)
    missing = [name for name in _shipped() if name not in listed]
    assert not missing, f"not in SOURCES.md: {missing}"
    assert "CC BY-NC" not in " ".join(r for r in rows if "not shipped" not in r)
