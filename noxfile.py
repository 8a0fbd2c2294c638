# SPDX-License-Identifier: MIT
"""Development sessions: ``nox`` runs tests, lint, typecheck and docs."""

from __future__ import annotations

import shutil
import subprocess

import nox

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["tests", "lint", "typecheck", "docs"]
PYPROJECT = nox.project.load_toml("pyproject.toml")
GROUPS = PYPROJECT["dependency-groups"]


def _install(session: nox.Session, *groups: str, project: bool = True) -> None:
    if project:
        session.install("-e", ".")
    for g in groups:
        session.install(*nox.project.dependency_groups(PYPROJECT, g))


@nox.session(python="3.11")
def tests(session: nox.Session) -> None:
    """Run the test suite with doctests and a branch coverage report."""
    _install(session, "test")
    session.run(
        "pytest",
        "--cov=conflictnorm",
        "--cov-branch",
        "--cov-report=term-missing:skip-covered",
        *session.posargs,
    )


@nox.session(python="3.11")
def lint(session: nox.Session) -> None:
    """Check style and formatting with ruff."""
    _install(session, "lint", project=False)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python="3.11")
def typecheck(session: nox.Session) -> None:
    """Type-check the package and the tests with mypy --strict."""
    _install(session, "typecheck")
    session.run("mypy")


@nox.session(python="3.11")
def docs(session: nox.Session) -> None:
    """Run every example in README.md and docs/*.md, then build the site with --strict."""
    _install(session, "docs")
    session.run("pytest", "README.md", "docs", "-p", "no:cacheprovider")
    site = f"{session.create_tmp()}/site"
    # NO_MKDOCS_2_WARNING: mkdocs-material's banner about MkDocs 2.0, not about these docs.
    session.run("mkdocs", "build", "--strict", "--site-dir", site, env={"NO_MKDOCS_2_WARNING": "1"})


@nox.session(python="3.11", default=False)
def spark(session: nox.Session) -> None:
    """Run the Spark recipe of docs/scale-out.md; skip with a message without Java."""
    java = shutil.which("java")
    if java is None or subprocess.run([java, "-version"], check=False).returncode != 0:  # noqa: S603
        session.skip("Java is not installed (`java -version` fails): Spark needs a JVM")
    _install(session, "spark")
    session.run(
        "pytest",
        "tests/test_recipes.py",
        "-k",
        "spark",
        "-p",
        "no:cacheprovider",
        env={"CONFLICTNORM_SPARK": "required"},
    )


@nox.session(python="3.11", default=False)
def bench(session: nox.Session) -> None:
    """Measure speed, scaling, hostile inputs and memory in fresh processes (benchmarks/README.md).

    ``nox -s bench -- --quick`` for a shorter run.
    """
    _install(session, "bench")
    session.run("python", "benchmarks/run.py", *session.posargs)


@nox.session(python="3.11", default=False)
def fuzz(session: nox.Session) -> None:
    """Fuzz every entry point with hypothesis; FUZZ_EXAMPLES sets the inputs per target."""
    _install(session, "test")
    session.run(
        "pytest",
        "tests/fuzz",
        "-p",
        "no:cacheprovider",
        "-o",
        "python_files=fuzz_*.py",
        "-o",
        "python_functions=fuzz_*",
        "--hypothesis-show-statistics",
        *session.posargs,
        env={"FUZZ_EXAMPLES": session.env.get("FUZZ_EXAMPLES", "20000")},
    )


@nox.session(python="3.11", default=False)
def data(session: nox.Session) -> None:
    """Regenerate the place data and the unit factors; fail if they differ from git."""
    _install(session, "data")
    session.run("python", "tools/build_gazetteer.py")
    session.run("python", "tools/build_units.py")
    session.run(
        "git",
        "diff",
        "--exit-code",
        "--",
        "conflictnorm/places/data",
        "conflictnorm/quantities/data/factors.tsv",
        external=True,
    )


@nox.session(python="3.11", default=False)
def package(session: nox.Session) -> None:
    """Build the wheel, install it alone and run the README's example article."""
    session.install("build")
    session.run("python", "-m", "build", "--wheel", "--outdir", session.create_tmp())
    wheel = next(iter(sorted(__import__("pathlib").Path(session.create_tmp()).glob("*.whl"))))
    session.install(str(wheel))
    session.run("conflictnorm", "docs/examples/2025-11-13-kupiansk.txt", "--format", "table")
