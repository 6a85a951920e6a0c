"""The account's life over the API: tokens listed and revoked, password change, sign out
everywhere, deletion, and invites."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from backstrong.entrypoints.web.api.accounts.schemas import (
    AccountDeletion,
    InviteCreatedPublic,
    InvitePublic,
    PasswordUpdate,
    TokenListedPublic,
)
from backstrong.entrypoints.web.api.inputs import RowId
from backstrong.entrypoints.web.deps import ApiUser, ContainerDep
from backstrong.services.errors import NotFound

router = APIRouter(tags=["accounts"])
NO_CONTENT = status.HTTP_204_NO_CONTENT


@router.get("/tokens", response_model=list[TokenListedPublic])
def list_tokens(user: ApiUser, container: ContainerDep) -> list[TokenListedPublic]:
    tokens = container.accounts.list_api_tokens(user)
    return [TokenListedPublic.model_validate(t) for t in tokens]


@router.delete("/tokens/{token_id}", status_code=NO_CONTENT, responses={404: {}})
def revoke_token(token_id: RowId, user: ApiUser, container: ContainerDep) -> Response:
    if not container.accounts.revoke_api_token(user, token_id):
        raise NotFound("token", token_id)
    return Response(status_code=NO_CONTENT)


@router.put("/me/password", status_code=NO_CONTENT, responses={422: {}})
def change_password(body: PasswordUpdate, user: ApiUser, container: ContainerDep) -> Response:
    """Needs the current password; every web login of this person ends (tokens stay)."""
    container.accounts.change_password(user, body.current_password, body.new_password)
    return Response(status_code=NO_CONTENT)


@router.post("/me/sign-out-everywhere", status_code=NO_CONTENT)
def sign_out_everywhere(user: ApiUser, container: ContainerDep) -> Response:
    """End every web login (API tokens are revoked one by one)."""
    container.accounts.sign_out_everywhere(user)
    return Response(status_code=NO_CONTENT)


@router.post("/me/deletion", status_code=NO_CONTENT, responses={422: {}})
def delete_me(body: AccountDeletion, user: ApiUser, container: ContainerDep) -> Response:
    """Delete the account and everything in it, once the email is typed again."""
    container.accounts.delete_account(user, body.confirmation)
    return Response(status_code=NO_CONTENT)


@router.get("/invites", response_model=list[InvitePublic])
def list_invites(user: ApiUser, container: ContainerDep) -> list[InvitePublic]:
    """Your invites (the admin sees everyone's)."""
    return [InvitePublic.model_validate(i) for i in container.accounts.list_invites(user)]


@router.post("/invites", status_code=status.HTTP_201_CREATED, response_model=InviteCreatedPublic)
def create_invite(user: ApiUser, container: ContainerDep) -> InviteCreatedPublic:
    """A single-use invite code, valid a week (shown once)."""
    code = container.accounts.create_invite(user)
    return InviteCreatedPublic(code=code, signup_path=f"/signup?invite={code}")


@router.delete("/invites/{invite_id}", status_code=NO_CONTENT, responses={404: {}})
def revoke_invite(invite_id: RowId, user: ApiUser, container: ContainerDep) -> Response:
    container.accounts.revoke_invite(user, invite_id)
    return Response(status_code=NO_CONTENT)
