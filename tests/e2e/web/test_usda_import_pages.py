"""USDA food tables by upload, for the admin only (until roles exist: the first account with a
login): the Settings page, the API endpoint, refused files naming the field."""

from __future__ import annotations

import io
import zipfile

from tests.e2e.cli.test_cli_food import SR28_HEADER, SR28_ROWS
from tests.e2e.conftest import api_token, bearer, csrf_from, make_client, sign_up_in_browser
from tests.unit.nutrition.test_foods_usda_import import an_fdc_folder

SR28 = "\n".join((SR28_HEADER, *SR28_ROWS)) + "\n"


def _post(web, name: str, data: bytes):
    token = csrf_from(web.get("/settings/foods").text)
    files = {"file": (name, data, "application/octet-stream")}
    return web.post("/settings/foods", data={"csrf_token": token}, files=files)


def test_the_first_account_imports_sr28_and_a_second_upload_adds_nothing(web):
    sign_up_in_browser(web, "admin@example.org")
    assert 'href="/settings/foods"' in web.get("/settings").text
    first = _post(web, "sr28.csv", SR28.encode())
    assert first.status_code == 200 and "2 foods added" in first.text
    again = _post(web, "sr28.csv", SR28.encode())
    assert "0 foods added; 2 already in your list" in again.text
    found = web.get("/api/v1/foods?q=zander").json()["items"]
    assert any("zander" in food["name"].lower() for food in found)


def test_a_food_data_central_zip_is_unpacked_and_imported(web, tmp_path):
    folder = an_fdc_folder(tmp_path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in folder.iterdir():
            archive.write(path, f"{folder.name}/{path.name}")
    sign_up_in_browser(web, "admin@example.org")
    response = _post(web, "FoodData_Central_csv.zip", buffer.getvalue())
    assert (
        response.status_code == 200
        and "added" in response.text
        and 'role="status"' in response.text
    )


def test_refused_files_name_the_field_and_store_nothing(web):
    sign_up_in_browser(web, "admin@example.org")
    wrong_type = _post(web, "foods.xlsx", b"PK\x03\x04")
    assert wrong_type.status_code == 422 and 'id="e-file"' in wrong_type.text
    assert "foods.xlsx" in wrong_type.text
    broken_zip = _post(web, "foods.zip", b"not a zip")
    assert broken_zip.status_code == 422 and "not a readable zip" in broken_zip.text
    not_usda = _post(web, "foods.csv", b"name,kcal\napple,52\n")
    assert not_usda.status_code == 422 and "not a USDA layout" in not_usda.text


def test_other_accounts_get_a_403_on_the_page_and_the_api(web, sqlite_container):
    sign_up_in_browser(web, "admin@example.org")
    with make_client(sqlite_container) as other:
        sign_up_in_browser(other, "eve@example.org")
        assert "/settings/foods" not in other.get("/settings").text
        assert other.get("/settings/foods").status_code == 403
        auth = bearer(api_token(other, "sam@example.org"))
        files = {"file": ("sr28.csv", SR28.encode(), "text/csv")}
        refused = other.post("/api/v1/foods/import", files=files, headers=auth)
        assert refused.status_code == 403


def test_the_api_endpoint_imports_for_the_admin_and_is_documented(client):
    auth = bearer(api_token(client, "admin@example.org"))
    files = {"file": ("sr28.csv", SR28.encode(), "text/csv")}
    response = client.post("/api/v1/foods/import", files=files, headers=auth)
    assert response.status_code == 200, response.text
    assert response.json()["added"] == 2
    wrong = client.post(
        "/api/v1/foods/import", files={"file": ("a.txt", b"x", "text/plain")}, headers=auth
    )
    assert wrong.status_code == 422 and wrong.json()["detail"][0]["loc"][-1] == "file"
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "multipart/form-data" in str(paths["/api/v1/foods/import"]["post"])


def test_the_page_form_needs_its_csrf_token(web):
    sign_up_in_browser(web, "admin@example.org")
    files = {"file": ("sr28.csv", SR28.encode(), "text/csv")}
    assert web.post("/settings/foods", files=files).status_code == 403
