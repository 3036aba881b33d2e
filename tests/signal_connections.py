"""A static check of every Qt signal connection in ui/: a signal fills a slot's positional
parameters with its own arguments, so `next_button.clicked.connect(self.load_file)` calls
`load_file(False)` and the `checked` flag becomes the column mapping.

For each `RECEIVER.SIGNAL.connect(SLOT)` the check works out

- the signal's arguments: the receiver's class is inferred from the source (assignments,
  constructor calls, return annotations in ui/ and in PySide6's own stubs); a Qt class's
  signals come from its meta-object, a ui class's from its `Signal(...)` declarations. When
  the receiver cannot be inferred, every Qt and ui signal of that name counts;
- what the slot takes: a method or function (a method of self or of an inferred object, a
  nested or module function, a name bound in a `for` over literal tuples or passed in as a
  parameter), a lambda, a `functools.partial`, a Qt slot or another signal;

and reports a slot parameter that the signal fills but that is not meant for it. A parameter
is meant for the signal's argument when it is annotated with the argument's type (`checked:
bool` for clicked, `index: int` for currentIndexChanged, `object`/`Any` for anything), is
named `_...` (deliberately ignored), or is a lambda parameter without a default. PySide6
passes a slot as many arguments as it has positional parameters (none to `*args`); a
`functools.partial`, whose arity PySide6 cannot see, gets none from a signal that also has a
no-argument form (clicked, triggered, toggled...) and all of them otherwise. A slot the check
cannot see through (a call that returns a callable, a subscript) is reported too, so a new
connection is either provably right or rewritten until it is.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

QT_MODULES = ("QtCore", "QtGui", "QtWidgets")
MAX_DEPTH = 8

# Python annotations and the C++ argument types of Qt's meta-object they accept.
PYTHON_FOR_QT = {
    "bool": {"bool"},
    "int": {"int", "uint", "qint64", "qlonglong", "qsizetype", "long", "short", "quint64"},
    "str": {"QString"},
    "float": {"double", "float", "qreal"},
    "bytes": {"QByteArray"},
    "list": {"QStringList", "QList"},
}
ANY_TYPE = {"object", "Any", "typing.Any"}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    connection: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.connection}: {self.problem}"


@dataclass(frozen=True)
class Param:
    name: str
    annotation: str | None
    has_default: bool
    in_lambda: bool


@dataclass(frozen=True)
class Slot:
    """What a connection calls. kind: callable, partial, qt (a C++ slot: Qt matches the
    arguments itself), signal (signal-to-signal), emit, unresolved."""

    kind: str
    label: str
    params: tuple[Param, ...] = ()
    declared: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signals:
    """The forms of one signal: each a tuple of argument types (the longest forms only: Qt's
    default-argument clones are what `zero_form` records)."""

    forms: tuple[tuple[str, ...], ...]
    zero_form: bool
    resolved: bool


# --- PySide6: meta-object signals and the stubs' return types ---------------------------


def _qt_classes() -> dict[str, type]:
    import importlib

    classes: dict[str, type] = {}
    for name in QT_MODULES:
        module = importlib.import_module(f"PySide6.{name}")
        for attr in dir(module):  # PySide6 creates its classes on first access
            value = getattr(module, attr, None) if attr.startswith("Q") else None
            if isinstance(value, type):
                classes.setdefault(attr, value)
    return classes


@functools.cache
def qt_classes() -> dict[str, type]:
    return _qt_classes()


@functools.cache
def qt_signals(class_name: str) -> dict[str, Signals]:
    from PySide6.QtCore import QMetaMethod

    cls = qt_classes().get(class_name)
    meta = getattr(cls, "staticMetaObject", None)
    if meta is None:
        return {}
    found: dict[str, set[tuple[str, ...]]] = {}
    for index in range(meta.methodCount()):
        method = meta.method(index)
        if method.methodType() != QMetaMethod.MethodType.Signal:
            continue
        name = bytes(method.name()).decode()
        types = tuple(bytes(t).decode() for t in method.parameterTypes())
        found.setdefault(name, set()).add(types)
    result = {}
    for name, forms in found.items():
        # A form that is a prefix of a longer one is the clone moc makes for a default
        # argument (clicked() beside clicked(bool)); PySide6 emits the long form.
        longest = tuple(
            sorted(f for f in forms if not any(len(g) > len(f) and g[: len(f)] == f for g in forms))
        )
        result[name] = Signals(longest, () in forms, True)
    return result


@functools.cache
def qt_signal_names() -> dict[str, list[Signals]]:
    every: dict[str, list[Signals]] = {}
    for class_name in qt_classes():
        for name, signals in qt_signals(class_name).items():
            every.setdefault(name, []).append(signals)
    return every


def _last_name(annotation: str) -> str:
    """`PySide6.QtGui.QAction | None` -> `QAction` (the one class named, else '')."""
    names = [
        part.strip().split("[")[0].split(".")[-1]
        for part in annotation.replace("Optional[", "").rstrip("]").split("|")
    ]
    names = [n for n in names if n and n != "None"]
    return names[0] if len(set(names)) == 1 else ""


STUB_CLASS = re.compile(r"^class (\w+)\(")
STUB_METHOD = re.compile(r"^    def (\w+)\(.*\) -> (.+?): \.\.\.")


@functools.cache
def qt_return_types() -> dict[tuple[str, str], str]:
    """(class, method) -> the class its every overload returns, from PySide6's stubs (read
    line by line: each class and method of them is one line)."""
    import PySide6

    returns: dict[tuple[str, str], set[str]] = {}
    for name in QT_MODULES:
        stub = Path(PySide6.__file__).parent / f"{name}.pyi"
        if not stub.exists():
            continue
        current = ""
        for line in stub.read_text(encoding="utf-8").splitlines():
            if line.startswith("class "):
                match = STUB_CLASS.match(line)
                current = match.group(1) if match else ""
            elif current and line.startswith("    def "):
                match = STUB_METHOD.match(line)
                if match:
                    returned = _last_name(match.group(2))
                    if returned:  # `-> None` overloads (addButton(button, role)) say nothing
                        returns.setdefault((current, match.group(1)), set()).add(returned)
    return {
        key: next(iter(values))
        for key, values in returns.items()
        if len(values) == 1 and next(iter(values)) in qt_classes()
    }


def qt_method_returns(class_name: str, method: str) -> str | None:
    cls = qt_classes().get(class_name)
    for klass in getattr(cls, "__mro__", ()):
        returned = qt_return_types().get((klass.__name__, method))
        if returned:
            return returned
    return None


def qt_has_attribute(class_name: str, attr: str) -> bool:
    return hasattr(qt_classes().get(class_name), attr)


@functools.cache
def qt_any_has_attribute(attr: str) -> bool:
    return any(hasattr(cls, attr) for cls in qt_classes().values())


# --- the project's modules ------------------------------------------------------------


@dataclass
class Module:
    path: str
    name: str
    tree: ast.Module
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)
    calls: dict[str, list[ast.Call]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    self.imports[alias.asname or alias.name] = (node.module, alias.name)
            elif isinstance(node, ast.Call):
                func = node.func
                called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                self.calls.setdefault(called, []).append(node)

    def scopes(self, node: ast.AST) -> list[ast.AST]:
        """The enclosing functions, lambdas and classes, innermost first."""
        found = []
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
                found.append(node)
        return found

    def enclosing_class(self, node: ast.AST) -> ast.ClassDef | None:
        for scope in self.scopes(node):
            if isinstance(scope, ast.ClassDef):
                return scope
        return None


def _own_nodes(scope: ast.AST) -> Iterator[ast.AST]:
    """The nodes of a function's body, not those of functions or classes nested in it."""
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        node = stack.pop()
        yield node
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            stack.extend(ast.iter_child_nodes(node))


def _params(function: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> list[Param]:
    args = function.args
    positional = [*args.posonlyargs, *args.args]
    first_default = len(positional) - len(args.defaults)
    in_lambda = isinstance(function, ast.Lambda)
    return [
        Param(
            a.arg,
            ast.unparse(a.annotation) if a.annotation is not None else None,
            i >= first_default,
            in_lambda,
        )
        for i, a in enumerate(positional)
    ]


def _is_static(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in function.decorator_list)


def _declared_signal(value: ast.expr) -> tuple[str, ...] | None:
    """`Signal(int, str)` -> ('int', 'str'); anything else -> None."""
    if isinstance(value, ast.Call):
        func = value.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name == "Signal":
            return tuple(ast.unparse(a) for a in value.args)
    return None


class Checker:
    """Classes are named by key: `module.Class` for the project's, the bare name for Qt's."""

    def __init__(self, sources: dict[str, str]) -> None:
        self.modules: dict[str, Module] = {}
        for path, source in sources.items():
            name = path.removesuffix(".py").replace("/", ".").removesuffix(".__init__")
            self.modules[name] = Module(path, name, ast.parse(source, filename=path))
        self.classes: dict[str, tuple[Module, ast.ClassDef]] = {}
        self.class_keys: dict[str, list[str]] = {}
        self.methods: dict[str, list[ast.FunctionDef]] = {}
        self.custom_signals: dict[str, list[tuple[str, ...]]] = {}
        for module in self.modules.values():
            for node in ast.walk(module.tree):
                if not isinstance(node, ast.ClassDef):
                    continue
                key = f"{module.name}.{node.name}"
                self.classes[key] = (module, node)
                self.class_keys.setdefault(node.name, []).append(key)
                for item in node.body:
                    if isinstance(item, ast.FunctionDef):
                        self.methods.setdefault(item.name, []).append(item)
                    for target, declared in _signal_declarations(item):
                        self.custom_signals.setdefault(target, []).append(declared)
        self._attribute_cache: dict[tuple[str, str], str | None] = {}

    @classmethod
    def for_folder(cls, root: Path, folder: str = "ui") -> Checker:
        sources = {}
        for path in sorted((root / folder).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            if "def " in text or "class " in text:  # not the generated data tables
                sources[path.relative_to(root).as_posix()] = text
        return cls(sources)

    # -- classes ---------------------------------------------------------------------

    def class_key(self, name: str, module: Module, depth: int = 0) -> str | None:
        """The class a name means in a module: its own, one it imports, a unique one in the
        project, or Qt's."""
        if not name or depth > MAX_DEPTH:
            return None
        own = f"{module.name}.{name}"
        if own in self.classes:
            return own
        if name in module.imports:
            source, original = module.imports[name]
            if source in self.modules:
                return self.class_key(original, self.modules[source], depth + 1)
            return original if original in qt_classes() else None
        keys = self.class_keys.get(name, [])
        if len(keys) == 1:
            return keys[0]
        return name if name in qt_classes() else None

    def _annotation_class(self, annotation: ast.expr | None, module: Module) -> str | None:
        if annotation is None:
            return None
        return self.class_key(_last_name(ast.unparse(annotation)), module)

    def _bases(self, key: str) -> Iterator[str]:
        """The class and its ancestors, the project's first, then the Qt base."""
        seen: set[str] = set()
        todo = [key]
        while todo:
            current = todo.pop(0)
            if current in seen:
                continue
            seen.add(current)
            yield current
            if current in self.classes:
                module, node = self.classes[current]
                for base in node.bases:
                    base_key = self.class_key(_last_name(ast.unparse(base)), module)
                    if base_key:
                        todo.append(base_key)

    def _method(self, key: str, method: str) -> ast.FunctionDef | None:
        for current in self._bases(key):
            if current in self.classes:
                for item in self.classes[current][1].body:
                    if isinstance(item, ast.FunctionDef) and item.name == method:
                        return item
        return None

    def _class_signal(self, key: str, signal: str) -> Signals | None:
        for current in self._bases(key):
            if current in self.classes:
                for item in self.classes[current][1].body:
                    for target, declared in _signal_declarations(item):
                        if target == signal:
                            return Signals((declared,), not declared, True)
            elif current in qt_classes():
                found = qt_signals(current).get(signal)
                if found:
                    return found
        return None

    def _qt_base(self, key: str) -> str | None:
        return next((k for k in self._bases(key) if k in qt_classes()), None)

    # -- what a name holds -------------------------------------------------------------

    def values_of(
        self, name: str, module: Module, at: ast.AST, depth: int = 0
    ) -> list[tuple[ast.expr, ast.AST]]:
        """The expressions a local name may hold at `at`, each with a node to resolve it
        from: assignments, `for` targets over literal sequences, and parameters (through the
        calls of their function in the module)."""
        if depth > MAX_DEPTH:
            return []
        for scope in module.scopes(at):
            if isinstance(scope, ast.ClassDef):
                continue
            found = list(self._values_in_scope(name, module, scope, depth))
            if found or _binds(scope, name):
                return found
        return [
            (node.value, node)
            for node in module.tree.body
            if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
        ]

    def _values_in_scope(
        self, name: str, module: Module, scope: ast.AST, depth: int
    ) -> Iterator[tuple[ast.expr, ast.AST]]:
        for node in _own_nodes(scope):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id == name:
                        yield node.value, node
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                if isinstance(node.target, ast.Name) and node.target.id == name:
                    yield node.value, node
            elif isinstance(node, ast.For | ast.comprehension):
                path = _target_path(node.target, name)
                if path is not None:
                    for element in self._elements(node.iter, module, node, depth):
                        part = _pick(element, path)
                        if part is not None:
                            yield part, node
        if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
            yield from self._arguments(name, module, scope)

    def _elements(
        self, iterable: ast.expr, module: Module, at: ast.AST, depth: int
    ) -> Iterator[ast.expr]:
        if isinstance(iterable, ast.Tuple | ast.List | ast.Set):
            yield from iterable.elts
        elif isinstance(iterable, ast.Name):
            for value, where in self.values_of(iterable.id, module, at, depth + 1):
                yield from self._elements(value, module, where, depth + 1)

    def _arguments(
        self, name: str, module: Module, function: ast.FunctionDef | ast.AsyncFunctionDef
    ) -> Iterator[tuple[ast.expr, ast.AST]]:
        """What the calls of `function` in its module pass for its parameter `name`."""
        names = [p.arg for p in [*function.args.posonlyargs, *function.args.args]]
        if name not in names:
            return
        index = names.index(name)
        if isinstance(module.parents.get(function), ast.ClassDef) and not _is_static(function):
            index -= 1
        for call in module.calls.get(function.name, []):
            args = [a for a in call.args if not isinstance(a, ast.Starred)]
            if 0 <= index < len(args):
                yield args[index], call
            for keyword in call.keywords:
                if keyword.arg == name:
                    yield keyword.value, call

    def _function(
        self, name: str, module: Module, at: ast.AST | None, depth: int = 0
    ) -> tuple[Module, ast.FunctionDef] | None:
        """The function `name` means where `at` is: nested, module-level or imported."""
        if depth > MAX_DEPTH:
            return None
        for scope in module.scopes(at) if at is not None else []:
            if isinstance(scope, ast.ClassDef):
                continue
            for node in _own_nodes(scope):
                if isinstance(node, ast.FunctionDef) and node.name == name:
                    return module, node
        for node in module.tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == name:
                return module, node
        if name in module.imports:
            source, original = module.imports[name]
            if source in self.modules:
                return self._function(original, self.modules[source], None, depth + 1)
        return None

    # -- what class an expression is ---------------------------------------------------

    def infer_class(
        self, expr: ast.expr, module: Module, at: ast.AST, depth: int = 0
    ) -> str | None:
        if depth > MAX_DEPTH:
            return None
        if isinstance(expr, ast.Name):
            if expr.id == "self":
                cls = module.enclosing_class(at)
                return f"{module.name}.{cls.name}" if cls else None
            annotated = self._annotated_local(expr.id, module, at)
            if annotated:
                return annotated
            kinds = {
                self._class_of_value(value, module, where, depth + 1)
                for value, where in self.values_of(expr.id, module, at, depth + 1)
            }
            kinds.discard(None)  # a value of unknown class does not veto a known one
            return kinds.pop() if len(kinds) == 1 else None
        if isinstance(expr, ast.Attribute):
            owner = self.infer_class(expr.value, module, at, depth + 1)
            return self._attribute_class(owner, expr.attr, depth) if owner else None
        if isinstance(expr, ast.Call):
            return self._class_of_value(expr, module, at, depth)
        return None

    def _annotated_local(self, name: str, module: Module, at: ast.AST) -> str | None:
        """The class in a `name: Cls` parameter or variable annotation of the nearest scope
        that binds the name."""
        for scope in module.scopes(at):
            if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
                args = scope.args
                for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
                    if arg.arg == name:
                        return self._annotation_class(arg.annotation, module)
                for node in _own_nodes(scope):
                    if (
                        isinstance(node, ast.AnnAssign)
                        and isinstance(node.target, ast.Name)
                        and node.target.id == name
                    ):
                        return self._annotation_class(node.annotation, module)
                if _binds(scope, name):
                    return None
        return None

    def _class_of_value(
        self, value: ast.expr, module: Module, at: ast.AST, depth: int
    ) -> str | None:
        if not isinstance(value, ast.Call):
            return self.infer_class(value, module, at, depth + 1)
        func = value.func
        if isinstance(func, ast.Name):
            key = self.class_key(func.id, module)
            if key:
                return key
            function = self._function(func.id, module, at)
            if function is not None:
                return self._annotation_class(function[1].returns, function[0])
            return None
        if isinstance(func, ast.Attribute):
            if func.attr in qt_classes():  # QtWidgets.QPushButton(...)
                return func.attr
            owner = self.infer_class(func.value, module, at, depth + 1)
            if owner is None:
                return None
            method = self._method(owner, func.attr)
            if method is not None:
                owner_module = next(
                    (self.classes[k][0] for k in self._bases(owner) if k in self.classes), module
                )
                return self._annotation_class(method.returns, owner_module)
            qt_base = self._qt_base(owner)
            return qt_method_returns(qt_base, func.attr) if qt_base else None
        return None

    def _attribute_class(self, key: str, attr: str, depth: int) -> str | None:
        """The class of `obj.attr` from the assignments `self.attr = ...` in obj's class."""
        cached = (key, attr)
        if cached in self._attribute_cache:
            return self._attribute_cache[cached]
        self._attribute_cache[cached] = None  # a cycle answers "unknown"
        kinds: set[str | None] = set()
        for current in self._bases(key):
            if current not in self.classes:
                continue
            module, cls = self.classes[current]
            for node in ast.walk(cls):
                if isinstance(node, ast.AnnAssign) and _is_self_attr(node.target, attr):
                    annotated = self._annotation_class(node.annotation, module)
                    kinds.add(
                        annotated
                        or (
                            self._class_of_value(node.value, module, node, depth + 1)
                            if node.value is not None
                            else None
                        )
                    )
                elif isinstance(node, ast.Assign) and any(
                    _is_self_attr(t, attr) for t in node.targets
                ):
                    kinds.add(self._class_of_value(node.value, module, node, depth + 1))
            if kinds:
                break
        kinds.discard(None)
        result = kinds.pop() if len(kinds) == 1 else None
        self._attribute_cache[cached] = result
        return result

    # -- slots -------------------------------------------------------------------------

    def slots(self, expr: ast.expr, module: Module, at: ast.AST, depth: int = 0) -> list[Slot]:
        label = ast.unparse(expr)
        if depth > MAX_DEPTH:
            return [Slot("unresolved", label)]
        if isinstance(expr, ast.Lambda):
            return [Slot("callable", label, tuple(_params(expr)))]
        if isinstance(expr, ast.Attribute):
            return self._attribute_slots(expr, module, at)
        if isinstance(expr, ast.Name):
            function = self._function(expr.id, module, at)
            if function is not None:
                is_method = isinstance(function[0].parents.get(function[1]), ast.ClassDef)
                params = _bound_params(function[1]) if is_method else _params(function[1])
                return [Slot("callable", label, tuple(params))]
            values = self.values_of(expr.id, module, at, depth + 1)
            if values:
                return [
                    slot
                    for value, where in values
                    for slot in self.slots(value, module, where, depth + 1)
                ]
            return [Slot("unresolved", label)]
        if isinstance(expr, ast.Call) and _is_partial(expr.func) and expr.args:
            bound = len(expr.args) - 1
            keywords = {k.arg for k in expr.keywords}
            result = []
            for inner in self.slots(expr.args[0], module, at, depth + 1):
                if inner.kind == "callable":
                    rest = tuple(p for p in inner.params[bound:] if p.name not in keywords)
                    inner = Slot("partial", label, rest)
                result.append(inner)
            return result
        return [Slot("unresolved", label)]

    def _attribute_slots(self, expr: ast.Attribute, module: Module, at: ast.AST) -> list[Slot]:
        label = ast.unparse(expr)
        if expr.attr == "emit" and isinstance(expr.value, ast.Attribute):
            owner = self.infer_class(expr.value.value, module, at)
            signals = self._class_signal(owner, expr.value.attr) if owner else None
            if signals is not None:
                return [Slot("emit", label, declared=max(signals.forms, key=len))]
            declared = set(self.custom_signals.get(expr.value.attr, []))
            if len(declared) == 1:
                return [Slot("emit", label, declared=declared.pop())]
            return [Slot("unresolved", label)]
        owner = self.infer_class(expr.value, module, at)
        if owner is not None:
            method = self._method(owner, expr.attr)
            if method is not None:
                return [Slot("callable", label, tuple(_bound_params(method)))]
            if self._class_signal(owner, expr.attr) is not None:
                return [Slot("signal", label)]
            qt_base = self._qt_base(owner)
            if qt_base and qt_has_attribute(qt_base, expr.attr):
                return [Slot("qt", label)]
            return [Slot("unresolved", label)]
        # The receiver's class is not written down: every method of that name counts.
        candidates = self.methods.get(expr.attr, [])
        if candidates:
            return [Slot("callable", label, tuple(_bound_params(m))) for m in candidates]
        if expr.attr in self.custom_signals:
            return [Slot("signal", label)]
        if qt_any_has_attribute(expr.attr):
            return [Slot("qt", label)]
        return [Slot("unresolved", label)]

    # -- signals -----------------------------------------------------------------------

    def signals(self, receiver: ast.expr, name: str, module: Module, at: ast.AST) -> Signals | None:
        owner = self.infer_class(receiver, module, at)
        if owner is not None:
            found = self._class_signal(owner, name)
            if found is not None:
                return found
        # Unknown receiver: every Qt and project signal of that name.
        candidates = list(qt_signal_names().get(name, []))
        candidates += [Signals((d,), not d, True) for d in self.custom_signals.get(name, [])]
        if not candidates:
            return None
        forms = {f for c in candidates for f in c.forms if f}
        return Signals(
            tuple(sorted(forms)) or ((),), any(c.zero_form for c in candidates), resolved=False
        )

    # -- the check ---------------------------------------------------------------------

    def connections(self) -> Iterator[tuple[Module, ast.Call]]:
        for module in self.modules.values():
            for node in ast.walk(module.tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "connect"
                    and isinstance(node.func.value, ast.Attribute)
                    and len(node.args) == 1
                ):
                    yield module, node

    def findings(self) -> list[Finding]:
        found = []
        for module, node in self.connections():
            signal = node.func.value  # type: ignore[attr-defined]
            signals = self.signals(signal.value, signal.attr, module, node)
            if signals is None or not any(signals.forms):
                continue  # not a signal, or one without arguments
            connection = f"{ast.unparse(signal)}.connect({ast.unparse(node.args[0])})"
            for slot in self.slots(node.args[0], module, node):
                problem = judge(slot, signals)
                if problem:
                    found.append(Finding(module.path, node.lineno, connection, problem))
        return found


def _signal_declarations(item: ast.stmt) -> Iterator[tuple[str, tuple[str, ...]]]:
    """`name = Signal(int, str)` in a class body -> ('name', ('int', 'str'))."""
    if isinstance(item, ast.Assign):
        targets, value = item.targets, item.value
    elif isinstance(item, ast.AnnAssign) and item.value is not None:
        targets, value = [item.target], item.value
    else:
        return
    declared = _declared_signal(value)
    if declared is not None:
        for target in targets:
            if isinstance(target, ast.Name):
                yield target.id, declared


def _binds(scope: ast.AST, name: str) -> bool:
    if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
        args = scope.args
        every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
        return any(a is not None and a.arg == name for a in every)
    return False


def _bound_params(function: ast.FunctionDef) -> list[Param]:
    params = _params(function)
    return params if _is_static(function) else params[1:]


def _is_self_attr(target: ast.expr, attr: str) -> bool:
    return (
        isinstance(target, ast.Attribute)
        and target.attr == attr
        and isinstance(target.value, ast.Name)
        and target.value.id == "self"
    )


def _is_partial(func: ast.expr) -> bool:
    return (isinstance(func, ast.Name) and func.id == "partial") or (
        isinstance(func, ast.Attribute) and func.attr == "partial"
    )


def _target_path(target: ast.expr, name: str) -> tuple[int, ...] | None:
    """Where `name` sits in a for-loop target: () for the whole, (1,) for `a, name`."""
    if isinstance(target, ast.Name):
        return () if target.id == name else None
    if isinstance(target, ast.Tuple | ast.List):
        for index, element in enumerate(target.elts):
            inner = _target_path(element, name)
            if inner is not None:
                return (index, *inner)
    return None


def _pick(element: ast.expr, path: tuple[int, ...]) -> ast.expr | None:
    for index in path:
        if not isinstance(element, ast.Tuple | ast.List) or index >= len(element.elts):
            return None
        element = element.elts[index]
    return element


def meant_for(param: Param, qt_type: str) -> bool:
    """Is this parameter written to receive a signal argument of this type?"""
    if param.name.startswith("_"):
        return True
    if param.annotation is not None:
        return compatible(param.annotation, qt_type)
    if param.in_lambda:
        # A lambda's parameter without a default takes the argument; one with a default is
        # the binding trick (`lambda k=kind: ...`) that the signal overwrites.
        return not param.has_default or (param.name == "checked" and qt_type == "bool")
    return False


def compatible(annotation: str, qt_type: str) -> bool:
    base = qt_type.replace("const ", "").rstrip("*& ").strip()
    base_last = re.split(r"::|\.", base)[-1]
    if base in ANY_TYPE:
        return True
    for member in annotation.replace("Optional[", "").rstrip("]").split("|"):
        name = member.strip().split("[")[0].split(".")[-1]
        if name in ANY_TYPE or member.strip() in ANY_TYPE:
            return True
        if name == "None":
            continue
        if base in PYTHON_FOR_QT.get(name, ()) or name == base_last:
            return True
    return False


def _fits(params: tuple[Param, ...], form: tuple[str, ...]) -> Param | None:
    """The first parameter that this form of the signal fills by accident, if any."""
    for param, qt_type in zip(params, form, strict=False):
        if not meant_for(param, qt_type):
            return param
    return None


def judge(slot: Slot, signals: Signals) -> str | None:
    forms = [f for f in signals.forms if f]
    shown = " or ".join(f"({', '.join(f)})" for f in forms)
    if slot.kind == "unresolved":
        return (
            "cannot tell what this slot takes; connect a method, a function or a lambda "
            "whose parameters say what they receive"
        )
    if slot.kind in ("qt", "signal"):
        return None
    if slot.kind == "emit":
        if signals.zero_form and slot.declared:
            return f"the signal has a no-argument form, so emit{slot.declared} gets nothing"
        return None
    if slot.kind == "partial" and signals.zero_form:
        required = [p for p in slot.params if not p.has_default]
        if required:
            return (
                f"PySide6 gives a partial nothing from a signal with a no-argument form, so "
                f"its parameter '{required[0].name}' is never filled"
            )
        if signals.resolved:
            return None  # and so nothing is filled by accident either
    misfits = [_fits(slot.params, form) for form in forms]
    if any(m is None for m in misfits):
        return None
    param = misfits[0]
    assert param is not None
    kind = f": {param.annotation}" if param.annotation else ""
    return (
        f"the signal sends {shown} and fills parameter '{param.name}{kind}', which is not "
        f"meant for it; connect through `lambda: ...` or a slot that takes no such parameter"
    )
