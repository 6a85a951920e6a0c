"""Docs stay true: the CLI reference matches `--help`, and the package READMEs and the top
README's layout map match the tree."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_cli_reference_matches_the_commands(tmp_path):
    typer_bin = Path(sys.executable).with_name("typer")
    out = tmp_path / "cli.md"
    subprocess.run(
        [
            str(typer_bin),
            "backstrong.entrypoints.cli.main",
            "utils",
            "docs",
            "--name",
            "backstrong",
            "--output",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    assert out.read_text() == (ROOT / "docs" / "cli.md").read_text(), "run `make docs`"


def test_every_package_folder_has_a_readme():
    src = ROOT / "src" / "backstrong"
    missing = [
        str(init.parent.relative_to(src))
        for init in sorted(src.rglob("__init__.py"))
        if init.parent != src and not (init.parent / "README.md").exists()
    ]
    assert not missing, f"package folders without a README.md: {missing}"


# The package READMEs and the top README's layout map stay true to the tree. ---------------------

SRC = ROOT / "src" / "backstrong"
FRONTEND = SRC / "entrypoints" / "web" / "frontend"
NOT_CONTENT = frozenset({"__pycache__", "node_modules"})
FENCED = re.compile(r"^```.*?^```", re.DOTALL | re.MULTILINE)
CODE_SPAN = re.compile(r"`([^`]+)`")
FILE_NAME = re.compile(r"[\w./-]+\.(?:py|js|mjs)")


def _holds_files(folder: Path) -> bool:
    """A folder with something in it besides caches (a deleted package leaves its __pycache__)."""
    return any(
        path.is_file() and not NOT_CONTENT & set(path.relative_to(folder).parts)
        for path in folder.rglob("*")
    )


def _subfolders(folder: Path) -> list[Path]:
    return [
        child
        for child in sorted(folder.iterdir())
        if child.is_dir() and child.name not in NOT_CONTENT and _holds_files(child)
    ]


def _is_module(path: Path) -> bool:
    if path.suffix == ".py":
        return path.name != "__init__.py"
    return path.suffix in {".js", ".mjs"} and not path.name.endswith(".test.js")


def _names(text: str, name: str, *, bare: bool) -> bool:
    """`text` names `name` as a word; `bare`: not as the end of a path into another folder."""
    before = r"(?<![\w./-])" if bare else r"(?<![\w.-])"
    after = "" if name.endswith("/") else r"(?![\w-])"
    if re.search(before + re.escape(name) + after, text):
        return True
    return name.endswith("/") and f"`{name[:-1]}`" in text  # a folder may be `name` too


def _readmes() -> list[Path]:
    return sorted(SRC.rglob("README.md"))


def _unnamed_in(readme: Path) -> list[str]:
    """What a README's folder holds that it does not name: its modules and subfolders, and the
    front-end modules of subfolders without a README of their own (tests may go unnamed)."""
    folder, text = readme.parent, readme.read_text(encoding="utf-8")
    missing = [
        path.name
        for path in sorted(folder.iterdir())
        if path.is_file() and _is_module(path) and not _names(text, path.name, bare=True)
    ]
    missing += [
        f"{sub.name}/" for sub in _subfolders(folder) if not _names(text, f"{sub.name}/", bare=True)
    ]
    if folder == FRONTEND or FRONTEND in folder.parents:
        missing += _unnamed_below(folder, text)
    return missing


def _unnamed_below(folder: Path, text: str) -> list[str]:
    missing = []
    for sub in _subfolders(folder):
        if (sub / "README.md").exists():
            continue
        for path in sorted(sub.rglob("*")):
            relative = path.relative_to(folder).as_posix()
            if path.is_dir() and path.name not in NOT_CONTENT and path.parent != folder:
                if not _names(text, f"{path.name}/", bare=False):
                    missing.append(f"{relative}/")
            elif path.is_file() and _is_module(path) and not _names(text, path.name, bare=False):
                missing.append(relative)
    return missing


def test_every_package_readme_names_what_its_folder_holds():
    problems = [
        f"{readme.relative_to(SRC)} does not name {name}"
        for readme in _readmes()
        for name in _unnamed_in(readme)
    ]
    assert not problems, "\n".join(problems)


def _file_names_given(text: str) -> list[str]:
    """The file names a README gives in backticks (fenced blocks left out; globs and
    placeholders such as `<feature>/<page>.js` are not names, nor URLs such as `/sw.js`)."""
    spans = CODE_SPAN.findall(FENCED.sub("", text))
    return [span for span in spans if FILE_NAME.fullmatch(span) and not span.startswith("/")]


def test_every_file_a_package_readme_names_exists():
    problems = []
    for readme in _readmes():
        for name in _file_names_given(readme.read_text(encoding="utf-8")):
            bases = (readme.parent, SRC, ROOT)
            if not any((base / name).is_file() for base in bases):
                problems.append(f"{readme.relative_to(SRC)} names `{name}`, which is not a file")
    assert not problems, "\n".join(problems)


SEGMENT = r"(?:[\w.<>-]|\{[\w,]+\})+"  # a folder or file name, maybe a <placeholder> or {a,b}
LAYOUT_PATH = re.compile(
    rf"(?<![\w./<>{{}}-])((?:{SEGMENT}/)+(?:{SEGMENT})?|[\w-]+(?:\.[\w-]+)*\.(?:py|js|mjs|json))"
    r"(?![\w/])"
)


def _layout() -> tuple[list[str], list[tuple[str, list[Path]]]]:
    """The feature names the top README's Layout section lists, and each path its map names with
    the folders it may be relative to: an entry's own path to src/backstrong, the paths in its
    description to that entry's folders or theirs, the unindented lines' to the repository."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    prose, block = section.split("```\n", 1)
    features = re.findall(r"`(\w+)`", prose)
    claims: list[tuple[str, list[Path]]] = []
    around: list[Path] = []
    for line in block.split("```", 1)[0].splitlines():
        tokens = LAYOUT_PATH.findall(line)
        if not tokens or line.strip() == "src/backstrong/":
            continue
        if not line.startswith(" "):
            claims += [(token, [ROOT]) for token in tokens]
            continue
        if not line.startswith("   "):  # a new entry: its path, then what it holds
            entry = tokens.pop(0)
            claims.append((entry, [SRC]))
            found = [SRC / path for path in _existing(entry, SRC, features)]
            parents = {parent for path in found for parent in path.parents}
            around = [*found, *(parent for parent in parents if parent.is_relative_to(SRC))]
        claims += [(token, around) for token in tokens]
    return features, claims


def _existing(token: str, base: Path, features: list[str]) -> list[str]:
    """The paths `token` stands for that exist under `base`: each `{a,b}` alternative must exist
    (else none is returned), `<feature>` stands for any feature with a folder there."""
    alternatives = [token.rstrip("/")]
    while any("{" in path for path in alternatives):
        path = next(path for path in alternatives if "{" in path)
        head, rest = path.split("{", 1)
        choices, tail = rest.split("}", 1)
        alternatives.remove(path)
        alternatives += [head + choice + tail for choice in choices.split(",")]
    found = []
    for path in alternatives:
        named = (
            [path.replace("<feature>", feature) for feature in features]
            if "<feature>" in path
            else [path]
        )
        present = [each for each in named if (base / each).exists() or _ignored(base / each)]
        if not present:
            return []
        found += present
    return found


def _ignored(path: Path) -> bool:
    """A path the repository's .gitignore names by itself (a build output such as static/dist/)."""
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    return f"{path.relative_to(ROOT).as_posix()}/" in ignored


def test_every_path_the_layout_map_names_exists():
    features, claims = _layout()
    missing = [
        token
        for token, bases in claims
        if not any(_existing(token, base, features) for base in bases)
    ]
    assert not missing, f"README.md's Layout names paths that do not exist: {missing}"


def test_the_layout_map_names_every_folder_of_the_package():
    features, claims = _layout()
    named = {
        (base / path).relative_to(SRC).as_posix()
        for token, bases in claims
        for base in bases
        if base == SRC or SRC in base.parents
        for path in _existing(token, base, features)
    }
    unnamed = [
        folder.relative_to(SRC).as_posix()
        for top in _subfolders(SRC)
        for folder in [top, *_subfolders(top)]
        if not any(
            f"{path}/".startswith(f"{folder.relative_to(SRC).as_posix()}/") for path in named
        )
    ]
    assert not unnamed, (
        f"README.md's Layout does not name these folders of src/backstrong: {unnamed}"
    )
