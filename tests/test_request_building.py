"""How endpoint modules turn arguments into requests: bodies, content types, multipart files."""

from __future__ import annotations

import io

import httpx


def test_an_omitted_optional_body_sends_no_content_type() -> None:
    from cortex_client.api.pipelines import run_pipeline
    from cortex_client.models import RunOptions

    assert "Content-Type" not in run_pipeline._get_kwargs(pipeline_id="pipeline-1")["headers"]
    with_body = run_pipeline._get_kwargs(pipeline_id="pipeline-1", body=RunOptions())
    assert with_body["headers"]["Content-Type"] == "application/json" and with_body["json"] == {"dry_run": False}


def test_an_uploaded_file_is_a_file_part_even_without_a_name() -> None:
    from reviewpoint_client import Client
    from reviewpoint_client.api.uploads import upload_file
    from reviewpoint_client.models import FileUploadForm
    from reviewpoint_client.types import File

    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500, json={"detail": "stop here"})

    client = Client("https://rp.test", api_key="k", transport=httpx.MockTransport(handler), max_retries=0)
    form = FileUploadForm(file=File(payload=io.BytesIO(b"%PDF-1.7"), mime_type="application/pdf"))
    upload_file.sync_detailed(client=client, body=form)
    (request,) = sent
    body = request.read()
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="upload"' in body and b"%PDF-1.7" in body
