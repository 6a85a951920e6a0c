from backstrong.entrypoints.cli.launcher import run

run()
