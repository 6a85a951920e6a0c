from backstrong.entrypoints.cli.main import run

run()
