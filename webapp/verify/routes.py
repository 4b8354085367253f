"""`/verify/<code>` and `/verify`: anyone checks a certificate, without signing in.

The code page and the file check show the same public facts (`public.public_facts`);
they never show the holder's full name. An unknown or malformed code is a 404 with a form
to try again, and a file is compared by its exact bytes (`models.certificates.find_by_pdf`).
"""

from __future__ import annotations

from flask import redirect, render_template, request, url_for
from flask_babel import gettext as _
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.wrappers import Response

from models.certificates import clean_code, find_by_code, find_by_pdf, grouped

from ..database import db
from . import bp
from .forms import MAX_TYPED_CODE, CodeForm, PdfForm
from .public import public_facts, verify_limited

#: A certificate file is at most this large (ours are far smaller).
MAX_PDF_BYTES = 5 * 1024 * 1024
#: The file form may carry a 5 MB file plus the token; the app-wide limit is lower. Up to
#: this size a too-large file gets a message in the form rather than a bare 413 page.
UPLOAD_BODY_LIMIT = 8 * 1024 * 1024
PDF_MAGIC = b"%PDF-"


@bp.url_value_preprocessor
def _allow_pdf_uploads(endpoint: str | None, values: dict | None) -> None:
    """Raise the body limit for the file check. This runs before every `before_request`,
    so also before the CSRF check, which is the first to read the body."""
    if endpoint == "verify.check_file" and request.method == "POST":
        request.max_content_length = UPLOAD_BODY_LIMIT


def _too_large_message() -> str:
    return _("The file is larger than 5 MB.")


def _check_page(
    code_form: CodeForm, pdf_form: PdfForm, status: int = 200, **context: object
) -> tuple[str, int]:
    page = render_template(
        "verify/check.html",
        code_form=code_form,
        pdf_form=pdf_form,
        **context,
    )
    return page, status


def _unknown_code(typed: str) -> tuple[str, int]:
    """The check page saying the code is not one of ours, with what was typed (escaped,
    and only when short enough to be a mistyped code) to correct it."""
    code_form = CodeForm(formdata=None, code=typed if len(typed) <= MAX_TYPED_CODE else "")
    return _check_page(code_form, PdfForm(formdata=None), 404, unknown_code=True)


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(exc: RequestEntityTooLarge) -> tuple[str, int]:
    """A body over `UPLOAD_BODY_LIMIT`: the form again with the message, not a bare 413.
    The body was not read, so the forms start empty."""
    pdf_form = PdfForm(formdata=None)
    pdf_form.pdf.errors = [_too_large_message()]
    return _check_page(CodeForm(formdata=None), pdf_form, 413)


@bp.get("/verify/<path:code>")
@verify_limited
def show(code: str) -> str | tuple[str, int]:
    """The public facts of the certificate with this code, as printed or typed."""
    certificate = find_by_code(db(), code)
    if certificate is None:
        return _unknown_code(code)
    return render_template("verify/show.html", facts=public_facts(certificate))


def _read_pdf(form: PdfForm) -> bytes | None:
    """The uploaded bytes, or None with the reason on the field."""
    # One byte more than allowed is enough to know the file is too large.
    content = form.pdf.data.read(MAX_PDF_BYTES + 1)
    if not content:
        problem = _("The file is empty.")
    elif len(content) > MAX_PDF_BYTES:
        problem = _too_large_message()
    elif not content.startswith(PDF_MAGIC):
        problem = _("This file is not a PDF.")
    else:
        return content
    form.pdf.errors = [*form.pdf.errors, problem]
    return None


@bp.route("/verify", methods=["GET", "POST"])
@verify_limited
def check_file() -> Response | str | tuple[str, int]:
    """Type a code (GET `?code=`: on to its page), or drop a PDF to learn whether it is
    exactly a certificate we issued."""
    if request.method == "GET":
        if "code" not in request.args:
            return _check_page(CodeForm(formdata=None), PdfForm(formdata=None))
        code_form = CodeForm(request.args)
        if not code_form.validate():
            return _check_page(code_form, PdfForm(formdata=None), 422)
        code = clean_code(code_form.code.data)
        if code is None:
            return _unknown_code(code_form.code.data)
        return redirect(url_for("verify.show", code=grouped(code)))
    pdf_form = PdfForm()
    if not pdf_form.validate_on_submit() or (content := _read_pdf(pdf_form)) is None:
        return _check_page(CodeForm(formdata=None), pdf_form, 422)
    certificate = find_by_pdf(db(), content)
    return _check_page(
        CodeForm(formdata=None),
        PdfForm(formdata=None),
        checked=True,
        facts=public_facts(certificate) if certificate is not None else None,
    )
