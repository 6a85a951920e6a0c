"""The yardstick for API throughput: a bare FastAPI endpoint returning a constant."""

from fastapi import FastAPI

app = FastAPI()


@app.get("/constant")
async def constant() -> dict[str, str]:
    return {"status": "ok"}
