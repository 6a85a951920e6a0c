"""CSRF protection for cookie-authenticated requests (signed double-submit token).

A random nonce lives in the ``bs_csrf`` cookie; forms and fetch calls send HMAC(secret, nonce).
A forged cross-site request can neither read the cookie nor compute the HMAC."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import Request, Response

CSRF_COOKIE = "bs_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def _sign(secret: str, nonce: str) -> str:
    return hmac.new(secret.encode(), nonce.encode(), hashlib.sha256).hexdigest()


def csrf_nonce(request: Request) -> str:
    """The nonce for this browser, made on first use (set on the response by ``ensure_cookie``)."""
    nonce = getattr(request.state, "csrf_nonce", None) or request.cookies.get(CSRF_COOKIE)
    if not nonce or len(nonce) > 128:
        nonce = secrets.token_urlsafe(24)
    request.state.csrf_nonce = nonce
    return nonce


def csrf_token(request: Request, secret: str) -> str:
    return _sign(secret, csrf_nonce(request))


def ensure_cookie(request: Request, response: Response, *, secure: bool) -> None:
    nonce = getattr(request.state, "csrf_nonce", None)
    if nonce and request.cookies.get(CSRF_COOKIE) != nonce:
        response.set_cookie(
            CSRF_COOKIE, nonce, httponly=True, samesite="lax", secure=secure, path="/"
        )


def rotate(response: Response, *, secure: bool) -> None:
    """A fresh nonce at login: a token planted or seen before the login stops working."""
    nonce = secrets.token_urlsafe(24)
    response.set_cookie(CSRF_COOKIE, nonce, httponly=True, samesite="lax", secure=secure, path="/")


def is_valid(request: Request, secret: str, submitted: str | None) -> bool:
    nonce = request.cookies.get(CSRF_COOKIE)
    if not nonce or not submitted:
        return False
    return hmac.compare_digest(_sign(secret, nonce), submitted)
