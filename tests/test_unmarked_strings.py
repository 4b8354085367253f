"""No text shown to people may skip the catalogues: find words not marked for translation.

Templates: what is left after removing every Jinja tag must carry no words (text nodes and
the attributes people read). Python: the strings handed to flash(), ApiError, form labels,
validators, ValidationError and abort() must come through gettext. The self-tests plant an
example of each kind, so the checks cannot pass by finding nothing at all.
"""

from __future__ import annotations

import ast
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from jinja2 import Environment, nodes

ROOT = Path(__file__).resolve().parent.parent
WEBAPP = ROOT / "webapp"
TEMPLATES = sorted(WEBAPP.glob("**/templates/**/*.html"))
MAIL_TEMPLATES = sorted((WEBAPP / "templates" / "mail").glob("*.txt"))
PYTHON_FILES = sorted(WEBAPP.glob("**/*.py"))

#: Jinja comments, `{% trans %}` blocks (their text is marked), statements and expressions.
JINJA = re.compile(
    r"\{#.*?#\}|\{%-?\s*trans\b.*?\{%-?\s*endtrans\s*-?%\}|\{%.*?%\}|\{\{.*?\}\}", re.S
)
WORD = re.compile(r"[^\W\d_]{2,}")
READ_ATTRIBUTES = frozenset({"title", "alt", "placeholder", "aria-label"})
NOT_SHOWN = frozenset({"script", "style"})
#: Calls whose string arguments reach the catalogue.
MARKERS = frozenset(
    {
        "_",
        "_l",
        "gettext",
        "ngettext",
        "pgettext",
        "npgettext",
        "lazy_gettext",
        "lazy_ngettext",
        "lazy_pgettext",
    }
)
#: Validators whose first positional argument is the message.
MESSAGE_FIRST = frozenset({"DataRequired", "InputRequired"})


class ReadableText(HTMLParser):
    """What a person reads in HTML: text nodes outside script/style, and the attributes
    that are shown or read out (also used by test_languages to read rendered pages)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in NOT_SHOWN:
            self._hidden += 1
        self.parts += [value for name, value in attrs if name in READ_ATTRIBUTES and value]

    def handle_endtag(self, tag: str) -> None:
        if tag in NOT_SHOWN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)

    @classmethod
    def of(cls, html: str) -> list[str]:
        reader = cls()
        reader.feed(html)
        reader.close()
        return [" ".join(part.split()) for part in reader.parts]


def unmarked_in_template(source: str) -> list[str]:
    """Words in an HTML template that do not come from a Jinja expression."""
    return [part for part in ReadableText.of(JINJA.sub(" ", source)) if WORD.search(part)]


def unmarked_in_mail(source: str) -> list[str]:
    """Lines of a plain-text mail template with words outside Jinja tags."""
    return [line for line in JINJA.sub(" ", source).splitlines() if WORD.search(line)]


#: A literal inside a Jinja tag reads as prose: two words with a space, or a capital word
#: (endpoint names, CSS classes, status codes and date patterns do not).
PROSE = re.compile(r"[^\W\d_]{2,} [^\W\d_]{2,}|\b[A-Z][a-z]+")
JINJA_MARKERS = frozenset({"_", "gettext", "ngettext", "pgettext", "npgettext"})


def unmarked_in_jinja_tags(source: str) -> list[str]:
    """Prose literals inside `{{ }}`/`{% %}` not handed to gettext, e.g. a macro's
    `hint="Some words"` or `{{ "Hello" }}`: the tag stripping above would miss them."""
    tree = Environment(autoescape=True, extensions=["jinja2.ext.i18n"]).parse(source)
    marked = {
        id(argument)
        for call in tree.find_all(nodes.Call)
        if isinstance(call.node, nodes.Name) and call.node.name in JINJA_MARKERS
        for argument in call.args
    }
    return [
        f"line {const.lineno}: {const.value!r}"
        for const in tree.find_all(nodes.Const)
        if isinstance(const.value, str) and id(const) not in marked and PROSE.search(const.value)
    ]


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _bare_text(node: ast.expr | None) -> bool:
    """Whether `node` puts a literal with words in front of people without gettext."""
    if node is None:
        return False
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(WORD.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_bare_text(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _bare_text(node.left) or _bare_text(node.right)
    if isinstance(node, ast.IfExp):
        return _bare_text(node.body) or _bare_text(node.orelse)
    return False  # a marked call, a variable, anything computed


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    for given in call.keywords:
        if given.arg == keyword:
            return given.value
    if len(call.args) > position and not any(isinstance(a, ast.Starred) for a in call.args):
        return call.args[position]
    return None


def _shown_arguments(call: ast.Call) -> list[tuple[str, ast.expr | None]]:
    """The arguments of `call` that people read, by what kind of call it is."""
    name = _name(call.func)
    shown: list[tuple[str, ast.expr | None]] = []
    if name == "flash":
        shown.append(("flash()", _argument(call, 0, "message")))
    elif name == "ApiError":
        shown.append(("ApiError message", _argument(call, 2, "message")))
    elif name == "ValidationError":
        shown.append(("ValidationError", _argument(call, 0, "message")))
    elif name == "abort":
        shown.append(("abort description", _argument(call, 99, "description")))
    elif name.endswith("Field"):
        shown.append((f"{name} label", _argument(call, 0, "label")))
        shown.append((f"{name} description", _argument(call, 99, "description")))
        choices = _argument(call, 99, "choices")
        if isinstance(choices, (ast.List, ast.Tuple)):
            for choice in choices.elts:
                if isinstance(choice, ast.Tuple) and len(choice.elts) > 1:
                    shown.append((f"{name} choice", choice.elts[1]))
    elif name == "SelectChoice":
        shown.append(("SelectChoice label", _argument(call, 1, "label")))
    elif name in MESSAGE_FIRST:
        shown.append((f"{name} message", _argument(call, 0, "message")))
    else:
        for given in call.keywords:
            if given.arg == "message":
                shown.append((f"{name}(message=)", given.value))
    return shown


def unmarked_in_python(source: str, filename: str = "<planted>") -> list[str]:
    """Literal text handed to people in Python source without passing through gettext."""
    problems = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call) or _name(node.func) in MARKERS:
            continue
        for what, argument in _shown_arguments(node):
            if _bare_text(argument):
                problems.append(f"{filename}:{node.lineno}: {what}")
    return problems


def _relative(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", TEMPLATES, ids=_relative)
def test_templates_show_no_unmarked_words(path: Path) -> None:
    assert unmarked_in_template(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", TEMPLATES + MAIL_TEMPLATES, ids=_relative)
def test_templates_pass_no_unmarked_prose_inside_jinja_tags(path: Path) -> None:
    assert unmarked_in_jinja_tags(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", MAIL_TEMPLATES, ids=_relative)
def test_mail_templates_write_every_line_through_gettext(path: Path) -> None:
    assert unmarked_in_mail(path.read_text(encoding="utf-8")) == []


def test_python_hands_people_only_marked_strings() -> None:
    problems = []
    for path in PYTHON_FILES:
        problems += unmarked_in_python(path.read_text(encoding="utf-8"), _relative(path))
    assert problems == []


def test_the_files_are_found() -> None:
    assert len(TEMPLATES) > 20
    assert len(MAIL_TEMPLATES) > 5
    assert WEBAPP / "__init__.py" in PYTHON_FILES


@pytest.mark.parametrize(
    "source",
    [
        '<p title="Hi there">{{ _("Fine") }}</p>',
        '<img alt="A photo" src="x.png">',
        '<input placeholder="Your name">',
        '<a aria-label="Close" href="#">×</a>',
        "<p>{{ _('Hello') }} world</p>",
        "{% if x %}<span>Plain words</span>{% endif %}",
    ],
)
def test_the_template_check_finds_planted_words(source: str) -> None:
    assert unmarked_in_template(source)


@pytest.mark.parametrize(
    "source",
    [
        '<p title="{{ _("Hi") }}">{{ _("Hello") }} · 12:30 – {# a note #}</p>',
        "<script>var words = 1;</script><style>p { color: red; }</style>",
        '<a href="/x" class="button primary" data-thing="yes">{{ name }}</a>',
        "{% trans %}Hello{% endtrans %}",
    ],
)
def test_the_template_check_lets_marked_text_pass(source: str) -> None:
    assert unmarked_in_template(source) == []


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ('{{ field(form.name, hint="Your full name") }}', 1),
        ('{{ "Hello" }}', 1),
        ('{{ _("Hi %(name)s", name="Dear friend") }}', 1),
        ("{% set title = 'Your bookings' %}", 1),
        ('{{ url_for("catalogue.list_activities") }} {{ _("Find an activity") }}', 0),
        ('{{ when | format_datetime("EEE d MMM y, HH:mm") }} {{ icon("calendar") }}', 0),
        ('{{ ngettext("%(num)s place left", "%(num)s places left", n) }}', 0),
    ],
)
def test_the_jinja_tag_check_finds_planted_prose(source: str, found: int) -> None:
    assert len(unmarked_in_jinja_tags(source)) == found


def test_the_mail_check_finds_a_plain_line() -> None:
    source = '{{ _("Hello %(name)s,", name=name) }}\n\nSee you soon.\n{{ link }}\n'
    assert unmarked_in_mail(source) == ["See you soon."]


PLANTED_PYTHON = {
    "flash": 'flash("Saved.", "info")',
    "flash f-string": 'flash(f"Saved {n} dates.")',
    "flash concatenated": 'flash(_("Saved.") + " Thanks")',
    "ApiError": 'raise ApiError(400, "bad_thing", "This is wrong.")',
    "ApiError keyword": 'raise ApiError(400, "bad_thing", message="This is wrong.")',
    "field label": 'name = StringField("Your name", validators=[DataRequired()])',
    "field label keyword": 'name = wtforms.StringField(label="Your name")',
    "ValidationError": 'raise ValidationError("Too long.")',
    "abort": 'abort(404, description="Not here.")',
    "validator message": 'Length(max=3, message="Too long.")',
    "required message": 'DataRequired("Please fill this in.")',
    "choice tuple": 'RadioField(_l("When?"), choices=[("once", "Only once")])',
    "SelectChoice": 'SelectChoice("once", "Only once")',
}


@pytest.mark.parametrize("source", PLANTED_PYTHON.values(), ids=PLANTED_PYTHON.keys())
def test_the_python_check_finds_planted_strings(source: str) -> None:
    assert len(unmarked_in_python(source)) == 1


def test_the_python_check_lets_marked_strings_pass() -> None:
    source = """
flash(_("Saved."), "info")
flash(ngettext("%(num)s date added.", "%(num)s dates added.", n), "info")
raise ApiError(400, "bad_thing", gettext("This is wrong."))
name = StringField(_l("Your name"), validators=[DataRequired(_l("Fill this in."))])
level = IntegerField(lazy_gettext("Level"), description=_l("From 1 to 6"))
raise ValidationError(_("Too long."))
abort(404, description=pgettext("page", "Not here."))
abort(404)
flash(message, "warning")
Length(max=3, message=TOO_LONG)
RadioField(_l("When?"), choices=[("once", _l("Once")), SelectChoice(2, _l("Twice"))])
form.people.choices = [(row.id, row.name) for row in rows]
"""
    assert unmarked_in_python(source) == []
