"""Install bdtools: `pip install -e '.[dev]'` (the Makefile does it into .venv)."""

from setuptools import find_packages, setup

setup(
    name="bdtools",
    version="0.1.0",
    description="Clean, dated, deduplicated JSONL from page dumps of Vietnamese provincial government portals",
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    packages=find_packages(include=["bdtools", "bdtools.*"]),
    python_requires=">=3.10",
    install_requires=[
        "click>=8.1",
        "ftfy>=6.1",
        "langdetect>=1.0.9",
        "numpy>=1.24",
        "orjson>=3.9",
        "regex>=2023.0",
    ],
    extras_require={
        "dask": ["dask[bag,distributed]>=2024.1"],
        # dev carries the dask extra so the engine's equality tests run in CI; rfc3339-validator lets
        # jsonschema check the schema's date-time format.
        "dev": ["pytest>=7", "jsonschema>=4", "rfc3339-validator>=0.1", "hypothesis>=6", "ruff>=0.5", "duckdb>=1.0", "psutil>=5", "dask[bag,distributed]>=2024.1"],
        "bench": ["dateparser>=1.2", "datasketch>=1.6", "justext>=3.0"],
    },
    entry_points={"console_scripts": ["bdtools=bdtools.cli:main"]},
)
