"""Small FastAPI applications whose ``app.openapi()`` documents are the real-world fixtures of ``tests/realworld/``.

They are written to carry what framework-generated documents commonly do: models used for input and output (which
FastAPI splits into ``Model-Input`` / ``Model-Output`` schemas), optional fields (``anyOf`` with ``null``), one
function serving several methods (one operationId reused), two models of the same name from different modules
(long ``module__Name`` schema names with colliding titles), emoji and other non-ASCII text in docstrings, a
number where a string is expected, uploads, OAuth2 password login and API keys. ``make_documents.py`` dumps them.
"""

import datetime as dt
import enum
import uuid
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, File, Form, Header, HTTPException, Path, Query, Request, UploadFile
from fastapi.security import APIKeyHeader, OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel, ConfigDict, Field, computed_field, create_model

oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")
api_key = APIKeyHeader(name="X-Notes-Key", auto_error=False)


class Priority(enum.StrEnum):
    low = "low"
    normal = "normal"
    urgent = "urgent"


class Tag(BaseModel):
    name: str = Field(min_length=1, max_length=40, description="Tag name ✏️")
    colour: str | None = Field(default=None, pattern="^#[0-9a-f]{6}$")


class Note(BaseModel):
    """A note: used as the request body and as the response, so FastAPI splits it into Note-Input and Note-Output."""

    title: str = Field(description="Title, any language: 日本語, Ελληνικά, emoji 🎉")
    body: str = ""
    priority: Priority = Priority.normal
    tags: list[Tag] = []
    price: Decimal | None = None
    due: dt.date | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def length(self) -> int:
        return len(self.body)


class StoredNote(Note):
    id: uuid.UUID
    created_at: dt.datetime
    revision: int = Field(ge=1)


class Page(BaseModel):
    items: list[StoredNote]
    total: int
    page: int
    has_next: bool


class Settings(BaseModel):
    """Settings with a version string whose default FastAPI writes as a number (``0.0``)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"theme": "dark", "version": "1.2"}]})

    theme: str = "light"
    version: str = 0.0  # type: ignore[assignment]  # the framework lets it through; the document says default: 0.0
    limits: dict[str, int] = {}


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int | None = None
    refresh_token: str | None = None


def _same_name_models() -> tuple[type[BaseModel], type[BaseModel]]:
    """Two models called ``Item`` from two modules: FastAPI names them ``<module>__Item``, both titled ``Item``."""
    first = create_model("Item", __module__="notes.billing.models", sku=(str, ...), amount=(float, ...))
    second = create_model("Item", __module__="notes.catalog.models", sku=(str, ...), name=(str, ...))
    return first, second


BillingItem, CatalogItem = _same_name_models()


def notes_app() -> FastAPI:
    """About twenty operations, with every quirk once; a working in-memory service (password ``secret``)."""
    app = FastAPI(title="Notes 📝 API", version="2.1.0", description="Notes with emoji 🚀 and ünïcödé.")
    router = APIRouter(prefix="/notes", tags=["notes"])
    notes: dict[uuid.UUID, StoredNote] = {}
    settings_now = Settings(version="1.0")

    def user(token: Annotated[str, Depends(oauth2)]) -> str:
        if not token.startswith("token-"):
            raise HTTPException(401, "Invalid token", headers={"WWW-Authenticate": "Bearer"})
        return token.removeprefix("token-")

    def stored(note_id: uuid.UUID) -> StoredNote:
        if note_id not in notes:
            raise HTTPException(404, "No such note")
        return notes[note_id]

    def keyed(key: str | None) -> None:
        if key != "notes-key":
            raise HTTPException(403, "A valid X-Notes-Key is required")

    @app.post("/auth/token", tags=["auth"])
    def login(form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> Token:
        """Log in with a user name and password 🔑."""
        if form.password != "secret":
            raise HTTPException(401, "Wrong user name or password")
        return Token(access_token=f"token-{form.username}", expires_in=3600)

    @router.get("/")
    def list_notes(
        token: Annotated[str, Depends(oauth2)],
        page: Annotated[int, Query(ge=1)] = 1,
        size: Annotated[int, Query(ge=1, le=100)] = 20,
        q: str | None = None,
        priority: Priority | None = None,
    ) -> Page:
        """List notes, newest first ✨."""
        user(token)
        found = [n for n in notes.values() if (q is None or q in n.title) and priority in (None, n.priority)]
        found.sort(key=lambda n: n.created_at, reverse=True)
        chunk = found[(page - 1) * size : page * size]
        return Page(items=chunk, total=len(found), page=page, has_next=page * size < len(found))

    @router.post("/", status_code=201)
    def create_note(note: Note, token: Annotated[str, Depends(oauth2)]) -> StoredNote:
        """Create a note."""
        user(token)
        created = StoredNote(**note.model_dump(), id=uuid.uuid4(), created_at=dt.datetime.now(dt.UTC), revision=1)
        notes[created.id] = created
        return created

    @router.post("/preview")
    def preview_note(note: Note) -> Note:
        """Render a note without storing it (the same model in and out)."""
        return note

    @router.api_route("/{note_id}", methods=["GET", "PUT", "DELETE"])
    def note_item(
        note_id: uuid.UUID, token: Annotated[str, Depends(oauth2)], request: Request, note: Note | None = None
    ) -> StoredNote:
        """Read, replace or delete one note (one function for three methods)."""
        user(token)
        current = stored(note_id)
        if request.method == "DELETE":
            return notes.pop(note_id)
        if request.method == "PUT" and note is not None:
            changed = {**note.model_dump(), "revision": current.revision + 1}
            notes[note_id] = current = current.model_copy(update=changed)
        return current

    @router.patch("/{note_id}/tags")
    def tag_note(note_id: uuid.UUID, tags: list[Tag], token: Annotated[str, Depends(oauth2)]) -> StoredNote:
        user(token)
        notes[note_id] = stored(note_id).model_copy(update={"tags": tags})
        return notes[note_id]

    @router.post("/{note_id}/attachments")
    def upload_attachment(
        note_id: uuid.UUID,
        file: Annotated[UploadFile, File(description="The file 📎")],
        caption: Annotated[str | None, Form()] = None,
        key: Annotated[str | None, Depends(api_key)] = None,
    ) -> dict[str, Any]:
        keyed(key)
        stored(note_id)
        return {"filename": file.filename, "size": file.size, "caption": caption}

    @router.get("/{note_id}/history")
    def note_history(
        note_id: uuid.UUID,
        since: dt.datetime | None = None,
        x_request_id: Annotated[str | None, Header()] = None,
    ) -> list[StoredNote]:
        """Earlier revisions — oldest first."""
        return [stored(note_id)]

    @app.get("/settings", tags=["settings"])
    def get_settings(key: Annotated[str | None, Depends(api_key)] = None) -> Settings:
        keyed(key)
        return settings_now

    @app.put("/settings", tags=["settings"])
    def put_settings(settings: Settings, key: Annotated[str | None, Depends(api_key)] = None) -> Settings:
        nonlocal settings_now
        keyed(key)
        settings_now = settings
        return settings_now

    @app.get("/billing/items", tags=["billing"])
    def list_billing_items() -> list[BillingItem]:  # type: ignore[valid-type]
        return [BillingItem(sku="sku-1", amount=2.5)]

    @app.get("/catalog/items", tags=["catalog"])
    def list_catalog_items() -> list[CatalogItem]:  # type: ignore[valid-type]
        return [CatalogItem(sku="sku-1", name="Mug ☕")]

    @app.post("/catalog/items", tags=["catalog"])
    def add_catalog_item(item: CatalogItem) -> CatalogItem:  # type: ignore[valid-type]
        return item

    @app.get("/health", tags=["ops"])
    def health() -> dict[str, str]:
        """Liveness probe 💓."""
        return {"status": "ok"}

    @app.get("/files/{file_path:path}", tags=["ops"])
    def read_file(file_path: Annotated[str, Path(description="A path under the root")]) -> str:
        return f"contents of {file_path}"

    @app.delete("/cache", status_code=204, tags=["ops"])
    def clear_cache() -> None:
        return None

    app.include_router(router)
    return app


RESOURCES = (
    "account", "address", "alert", "asset", "audit", "badge", "batch", "booking", "campaign", "card",
    "cart", "category", "channel", "comment", "contract", "coupon", "customer", "device", "discount", "document",
    "event", "export", "feed", "folder", "group", "import", "invoice", "job", "ledger", "license",
    "location", "message", "metric", "order", "payment", "plan", "policy", "product", "project", "quote",
    "refund", "region", "report", "review", "role", "schedule", "segment", "shipment",
)  # fmt: skip


def platform_app(resources: tuple[str, ...] = RESOURCES) -> FastAPI:
    """A large API made the way big FastAPI services are: one router per resource, the same handlers per resource.

    Every resource gets list/create/get/replace/patch/delete, a search, and a catch-all action route serving two
    methods with one function (so one operationId for two operations): 8 operations per resource.
    """
    app = FastAPI(title="Platform API", version="7.3.1")
    for name in resources:
        app.include_router(_resource_router(name))
    return app


def _resource_router(name: str) -> APIRouter:
    title = name.title()
    model = create_model(
        title,
        __module__=f"platform.{name}",
        __doc__=f"A {name} — as stored 🗄️.",
        id=(int, ...),
        name=(str, Field(min_length=1)),
        amount=(Decimal | None, None),
        labels=(dict[str, str], {}),
        created_at=(dt.datetime | None, None),
        state=(Priority, Priority.normal),
    )
    patch = create_model(f"{title}Patch", __module__=f"platform.{name}", name=(str | None, None))
    router = APIRouter(prefix=f"/{name}s", tags=[name])
    plural = f"{name}s"

    def list_(page: Annotated[int, Query(ge=1)] = 1, size: Annotated[int, Query(ge=1, le=500)] = 50) -> list[model]:  # type: ignore[valid-type]
        raise NotImplementedError

    def create(body: model) -> model:  # type: ignore[valid-type]
        raise NotImplementedError

    def get(item_id: int) -> model:  # type: ignore[valid-type]
        raise NotImplementedError

    def replace(item_id: int, body: model) -> model:  # type: ignore[valid-type]
        raise NotImplementedError

    def update(item_id: int, body: patch) -> model:  # type: ignore[valid-type]
        raise NotImplementedError

    def delete(item_id: int) -> None:
        raise NotImplementedError

    def search(q: str, limit: int | None = None) -> list[model]:  # type: ignore[valid-type]
        raise NotImplementedError

    def action(item_id: int, action: str, payload: dict[str, Any] | None = None) -> dict[str, Any]:
        raise NotImplementedError

    router.add_api_route("/", list_, methods=["GET"], name=f"list_{plural}")
    router.add_api_route("/", create, methods=["POST"], status_code=201, name=f"create_{name}")
    router.add_api_route("/{item_id}", get, methods=["GET"], name=f"get_{name}")
    router.add_api_route("/{item_id}", replace, methods=["PUT"], name=f"replace_{name}")
    router.add_api_route("/{item_id}", update, methods=["PATCH"], name=f"update_{name}")
    router.add_api_route("/{item_id}", delete, methods=["DELETE"], status_code=204, name=f"delete_{name}")
    router.add_api_route("/search", search, methods=["GET"], name=f"search_{plural}")
    router.add_api_route("/{item_id}/{action}", action, methods=["POST", "PUT"], name=f"{name}_action")
    return router
