# Shortcuts; each one makes or reuses .venv through .ci/bootstrap.py.
.PHONY: run test export bench clean

run:            ## the dashboard on seeds/ at http://127.0.0.1:8501
	python3 .ci/bootstrap.py run

test:           ## the whole test suite (browser test included when Chromium is installed)
	python3 .ci/bootstrap.py test

export:         ## the five frames of seeds/ as CSV in out/seeds
	.venv/bin/python -m analysis export seeds --out out/seeds

bench:          ## every benchmark (needs ../shared/datasets)
	for b in benchmarks/bench_*.py; do .venv/bin/python $$b || exit 1; done

clean:
	rm -rf .venv out .pytest_cache
