"""The deployment files (docker-compose.yml, deploy/k8s, deploy/Dockerfile) cannot run in this
sandbox, so these tests read them: they parse, every STEUNWIJZER_* variable they use is documented,
no secret has a value, the action server and Rasa's HTTP API stay private, every Deployment has
probes and the autoscaler scales Rasa, and every service logs in to PostgreSQL with its own role
(what each role may do is tested on a real server in test_database_roles.py).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.settings import PROJECT_ROOT, WEBHOOK_SECRET_PREFIX, load_settings, rasa_environment

COMPOSE_FILE = PROJECT_ROOT / "docker-compose.yml"
K8S_DIR = PROJECT_ROOT / "deploy" / "k8s"
DOCKERFILE = PROJECT_ROOT / "deploy" / "Dockerfile"
ENV_EXAMPLE = PROJECT_ROOT / ".env.example"

VARIABLE_NAME = re.compile(r"\bSTEUNWIJZER_[A-Z0-9_]+\b")
# ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?message}, ${NAME?message}
COMPOSE_REFERENCE = re.compile(
    r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P<op>:?[-?])?(?P<arg>[^}]*)\}"
)
SECRET_WORDS = re.compile(r"PASSWORD|SECRET|TOKEN|_KEY")
ACTIONS_LABEL = {"app.kubernetes.io/name": "steunwijzer-actions"}
RASA_LABEL = {"app.kubernetes.io/name": "steunwijzer-rasa"}
ROLES_SQL = PROJECT_ROOT / "deploy" / "postgres" / "roles.sql"
DATABASE_URL_NAMES = ("STEUNWIJZER_DATABASE_URL", "STEUNWIJZER_TRACKER_STORE_URL")
# postgresql://ROLE:${PASSWORD_VARIABLE...}@host:port/DATABASE
COMPOSE_DATABASE_URL = re.compile(
    r"^postgresql://(?P<role>[^:@/]+):\$\{(?P<password>[A-Za-z0-9_]+)[^}]*\}@[^/]+/(?P<database>[^?]+)"
)
# Compose service -> (its role, the databases it may reach: app "steunwijzer", tracker "rasa").
DATABASE_LOGINS = {
    "migrate": ("steunwijzer_app", {"STEUNWIJZER_DATABASE_URL": "steunwijzer"}),
    "actions": ("steunwijzer_actions", {"STEUNWIJZER_DATABASE_URL": "steunwijzer"}),
    "rasa": (
        "steunwijzer_rasa",
        {"STEUNWIJZER_DATABASE_URL": "steunwijzer", "STEUNWIJZER_TRACKER_STORE_URL": "rasa"},
    ),
    "web": (
        "steunwijzer_web",
        {"STEUNWIJZER_DATABASE_URL": "steunwijzer", "STEUNWIJZER_TRACKER_STORE_URL": "rasa"},
    ),
    "worker": (
        "steunwijzer_worker",
        {"STEUNWIJZER_DATABASE_URL": "steunwijzer", "STEUNWIJZER_TRACKER_STORE_URL": "rasa"},
    ),
}


# --- the checks, as plain functions so they can be tried on bad input -------------------------


def documented_names(env_example: str) -> frozenset[str]:
    """Variables .env.example assigns (commented-out examples do not count)."""
    return frozenset(re.findall(r"^(STEUNWIJZER_[A-Z0-9_]+)=", env_example, flags=re.MULTILINE))


def derived_names() -> frozenset[str]:
    """Variables that endpoints.yml and credentials.yml read and bot/settings.py derives for
    `make run` (so .env.example does not list them); a container sets them itself."""
    return frozenset(rasa_environment(load_settings({})))


def strings_in(node: Any) -> Iterator[str]:
    """Every key and every scalar in a parsed YAML document (comments are gone by then)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from strings_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from strings_in(item)
    elif node is not None:
        yield str(node)


def undocumented_names(documents: list[Any], documented: frozenset[str]) -> set[str]:
    used = {
        name
        for doc in documents
        for text in strings_in(doc)
        for name in VARIABLE_NAME.findall(text)
    }
    return {
        name
        for name in used
        if name not in documented and not name.startswith(WEBHOOK_SECRET_PREFIX)
    }


def secrets_with_values(documents: list[Any]) -> list[str]:
    """'<secret>/<key>' for every Secret entry that is not empty."""
    filled = []
    for doc in documents:
        if not isinstance(doc, dict) or doc.get("kind") != "Secret":
            continue
        for section in ("data", "stringData"):
            for key, value in (doc.get(section) or {}).items():
                if value not in (None, ""):
                    filled.append(f"{doc['metadata']['name']}/{key}")
    return filled


def compose_default_secrets(text: str) -> list[str]:
    """${SECRET:-value} or ${SECRET-value} with a non-empty value: a secret that ships a default."""
    return [
        match["name"]
        for match in COMPOSE_REFERENCE.finditer(text)
        if SECRET_WORDS.search(match["name"])
        and match["op"] in (":-", "-")
        and match["arg"].strip() != ""
    ]


def publicly_exposed_services(documents: list[Any]) -> list[str]:
    return [
        doc["metadata"]["name"]
        for doc in documents
        if isinstance(doc, dict)
        and doc.get("kind") == "Service"
        and doc.get("spec", {}).get("type", "ClusterIP") in ("LoadBalancer", "NodePort")
    ]


def containers_without_probes(documents: list[Any]) -> list[str]:
    missing = []
    for doc in of_kind(documents, "Deployment"):
        for container in doc["spec"]["template"]["spec"]["containers"]:
            for probe in ("readinessProbe", "livenessProbe"):
                if not container.get(probe):
                    missing.append(f"{doc['metadata']['name']}/{container['name']}: {probe}")
    return missing


def of_kind(documents: list[Any], kind: str) -> list[dict[str, Any]]:
    return [doc for doc in documents if isinstance(doc, dict) and doc.get("kind") == kind]


def labels_match(selector: dict[str, Any], labels: dict[str, str]) -> bool:
    wanted = selector.get("matchLabels") or {}
    return bool(wanted) and all(labels.get(key) == value for key, value in wanted.items())


def command_modules(documents: list[Any]) -> set[str]:
    """X of every `python -m X` in a container or service command."""
    modules = set()
    for doc in documents:
        for command in _commands(doc):
            for index, part in enumerate(command[:-1]):
                if part == "-m" and command[0] == "python":
                    modules.add(command[index + 1])
    return modules


def _commands(node: Any) -> Iterator[list[str]]:
    if isinstance(node, dict):
        command = node.get("command")
        if isinstance(command, list) and all(isinstance(part, str) for part in command):
            yield command
        for value in node.values():
            yield from _commands(value)
    elif isinstance(node, list):
        for item in node:
            yield from _commands(item)


def database_logins(environment: dict[str, Any]) -> dict[str, tuple[str, str, str]]:
    """URL variable -> (role, password variable, database) for each PostgreSQL URL of a Compose
    service; a URL that does not take its password from a variable is (url, "", "")."""
    logins = {}
    for name in DATABASE_URL_NAMES:
        if name in environment:
            match = COMPOSE_DATABASE_URL.match(str(environment[name]))
            logins[name] = (
                (match["role"], match["password"], match["database"])
                if match
                else (str(environment[name]), "", "")
            )
    return logins


def login_problems(service: str, environment: dict[str, Any]) -> list[str]:
    """What is wrong with a service's database logins against DATABASE_LOGINS."""
    role, databases = DATABASE_LOGINS[service]
    password = f"STEUNWIJZER_DB_{role.removeprefix('steunwijzer_').upper()}_PASSWORD"
    logins = database_logins(environment)
    problems = [f"{service}: {name} missing" for name in databases if name not in logins]
    for name, login in logins.items():
        if name not in databases:
            problems.append(f"{service}: {name} not needed")
        elif login != (role, password, databases[name]):
            problems.append(f"{service}: {name} logs in as {login}")
    return problems


def roles_made_by(sql: str) -> set[str]:
    return set(re.findall(r"^CREATE ROLE (\w+) LOGIN", sql, flags=re.MULTILINE))


# --- the files ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))


def k8s_files() -> list[Path]:
    return sorted(path for path in K8S_DIR.iterdir() if path.suffix in (".yaml", ".yml"))


@lru_cache(maxsize=1)
def k8s_documents() -> list[Any]:
    return [
        doc
        for path in k8s_files()
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8"))
        if doc is not None
    ]


def all_documents() -> list[Any]:
    return [compose(), *k8s_documents()]


def rasa_deployment() -> dict[str, Any]:
    (deployment,) = [
        doc
        for doc in of_kind(k8s_documents(), "Deployment")
        if doc["spec"]["template"]["metadata"]["labels"].get("app.kubernetes.io/component")
        == "rasa"
    ]
    return deployment


# --- the checks on bad input: each can fail ----------------------------------------------------


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"environment": {"STEUNWIJZER_NOT_DOCUMENTED": "x"}}, {"STEUNWIJZER_NOT_DOCUMENTED"}),
        ({"url": "postgresql://u:${STEUNWIJZER_DB_PASS:?set it}@db/x"}, {"STEUNWIJZER_DB_PASS"}),
        ({"env": [{"name": "STEUNWIJZER_TYPO_PORT", "value": "1"}]}, {"STEUNWIJZER_TYPO_PORT"}),
        ({"data": {"STEUNWIJZER_RASA_PORT": "5005"}}, set()),
        ({"env": {"STEUNWIJZER_WEBHOOK_SECRET_GM0193_STEUNPUNT": ""}}, set()),
    ],
)
def test_undocumented_names_are_found(document: dict[str, Any], expected: set[str]) -> None:
    documented = documented_names(ENV_EXAMPLE.read_text(encoding="utf-8"))
    assert undocumented_names([document], documented) == expected


def test_commented_example_in_env_example_does_not_count_as_documented() -> None:
    assert documented_names("# STEUNWIJZER_A=\nSTEUNWIJZER_B=1\n") == {"STEUNWIJZER_B"}


@pytest.mark.parametrize(
    ("section", "value", "flagged"),
    [("stringData", "hunter2", True), ("data", "aHVudGVyMg==", True), ("stringData", "", False)],
)
def test_filled_secret_is_found(section: str, value: str, flagged: bool) -> None:
    secret = {"kind": "Secret", "metadata": {"name": "s"}, section: {"STEUNWIJZER_X": value}}
    assert bool(secrets_with_values([secret])) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("${STEUNWIJZER_PORTAL_SECRET:-changeme}", ["STEUNWIJZER_PORTAL_SECRET"]),
        ("${POSTGRES_PASSWORD-postgres}", ["POSTGRES_PASSWORD"]),
        ("${STEUNWIJZER_PORTAL_SECRET:?set it}", []),
        ("${STEUNWIJZER_SMTP_PASSWORD:-}", []),
        ("${STEUNWIJZER_SMTP_PORT:-25}", []),
    ],
)
def test_compose_default_secret_is_found(text: str, flagged: list[str]) -> None:
    assert compose_default_secrets(text) == flagged


@pytest.mark.parametrize(
    ("service_type", "exposed"), [("NodePort", True), ("LoadBalancer", True), ("ClusterIP", False)]
)
def test_public_service_is_found(service_type: str, exposed: bool) -> None:
    service = {"kind": "Service", "metadata": {"name": "a"}, "spec": {"type": service_type}}
    assert bool(publicly_exposed_services([service])) is exposed


@pytest.mark.parametrize(
    ("environment", "problem"),
    [
        (
            {
                "STEUNWIJZER_DATABASE_URL": "postgresql://steunwijzer:${POSTGRES_PASSWORD:?x}@db/steunwijzer",
                "STEUNWIJZER_TRACKER_STORE_URL": "postgresql://steunwijzer_web:${STEUNWIJZER_DB_WEB_PASSWORD:?x}@db/rasa",
            },
            "web: STEUNWIJZER_DATABASE_URL logs in as ('steunwijzer', 'POSTGRES_PASSWORD', 'steunwijzer')",
        ),
        (
            {
                "STEUNWIJZER_DATABASE_URL": "postgresql://steunwijzer_web:${STEUNWIJZER_DB_WEB_PASSWORD:?x}@db/steunwijzer",
                "STEUNWIJZER_TRACKER_STORE_URL": "postgresql://steunwijzer_rasa:${STEUNWIJZER_DB_RASA_PASSWORD:?x}@db/rasa",
            },
            "web: STEUNWIJZER_TRACKER_STORE_URL logs in as ('steunwijzer_rasa', 'STEUNWIJZER_DB_RASA_PASSWORD', 'rasa')",
        ),
        (
            {"STEUNWIJZER_DATABASE_URL": "postgresql://steunwijzer_web:geheim@db/steunwijzer"},
            "web: STEUNWIJZER_TRACKER_STORE_URL missing",
        ),
    ],
)
def test_a_service_logging_in_with_another_role_is_found(
    environment: dict[str, str], problem: str
) -> None:
    assert problem in login_problems("web", environment)


def test_a_tracker_url_where_none_is_needed_is_found() -> None:
    environment = {
        "STEUNWIJZER_DATABASE_URL": "postgresql://steunwijzer_actions:${STEUNWIJZER_DB_ACTIONS_PASSWORD:?x}@db/steunwijzer",
        "STEUNWIJZER_TRACKER_STORE_URL": "postgresql://steunwijzer_actions:${STEUNWIJZER_DB_ACTIONS_PASSWORD:?x}@db/rasa",
    }
    assert login_problems("actions", environment) == [
        "actions: STEUNWIJZER_TRACKER_STORE_URL not needed"
    ]


def test_deployment_without_probe_is_found() -> None:
    deployment = {
        "kind": "Deployment",
        "metadata": {"name": "d"},
        "spec": {"template": {"spec": {"containers": [{"name": "c", "readinessProbe": {}}]}}},
    }
    assert containers_without_probes([deployment]) == ["d/c: readinessProbe", "d/c: livenessProbe"]


# --- the real files ----------------------------------------------------------------------------


def test_every_manifest_parses() -> None:
    assert set(compose()["services"]) >= {
        "postgres",
        "redis",
        "migrate",
        "rasa",
        "actions",
        "web",
        "worker",
    }
    kinds = {doc["kind"] for doc in k8s_documents()}
    assert kinds >= {
        "Deployment",
        "Service",
        "NetworkPolicy",
        "HorizontalPodAutoscaler",
        "Ingress",
        "Secret",
        "ConfigMap",
    }


def test_every_steunwijzer_variable_is_documented() -> None:
    documented = documented_names(ENV_EXAMPLE.read_text(encoding="utf-8")) | derived_names()
    assert undocumented_names(all_documents(), documented) == set(), (
        "document these in .env.example (or derive them in bot.settings.rasa_environment)"
    )


def test_no_secret_has_a_value() -> None:
    assert secrets_with_values(k8s_documents()) == []
    assert compose_default_secrets(COMPOSE_FILE.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "name",
    [
        "STEUNWIJZER_PORTAL_SECRET",
        "STEUNWIJZER_CONVERSATION_KEY_SECRET",
        "POSTGRES_PASSWORD",
        "STEUNWIJZER_REDIS_PASSWORD",
        "STEUNWIJZER_DB_APP_PASSWORD",
        "STEUNWIJZER_DB_RASA_PASSWORD",
        "STEUNWIJZER_DB_ACTIONS_PASSWORD",
        "STEUNWIJZER_DB_WEB_PASSWORD",
        "STEUNWIJZER_DB_WORKER_PASSWORD",
    ],
)
def test_compose_requires_the_essential_secrets(name: str) -> None:
    references = [
        match
        for match in COMPOSE_REFERENCE.finditer(COMPOSE_FILE.read_text(encoding="utf-8"))
        if match["name"] == name
    ]
    assert references and all(match["op"] in (":?", "?") for match in references)


def test_action_server_is_not_published() -> None:
    services = compose()["services"]
    assert "ports" not in services["actions"]
    assert "ports" not in services["postgres"] and "ports" not in services["redis"]
    for name in ("rasa", "web"):
        assert all(str(port).startswith("127.0.0.1:") for port in services[name]["ports"])
    assert publicly_exposed_services(k8s_documents()) == []
    for ingress in of_kind(k8s_documents(), "Ingress"):
        backends = {
            path["backend"]["service"]["name"]
            for rule in ingress["spec"]["rules"]
            for path in rule["http"]["paths"]
        }
        assert "steunwijzer-actions" not in backends


def test_rasa_http_api_stays_off() -> None:
    commands = [c for doc in all_documents() for c in _commands(doc) if "bot.rasa_server" in c]
    assert len(commands) == 2  # compose and Kubernetes
    for command in commands:
        assert "--enable-api" not in command
    # Only the channel paths are routed to Rasa from outside.
    rasa_paths = {
        path["path"]
        for ingress in of_kind(k8s_documents(), "Ingress")
        for rule in ingress["spec"]["rules"]
        for path in rule["http"]["paths"]
        if path["backend"]["service"]["name"] == "steunwijzer-rasa"
    }
    assert rasa_paths == {
        "/socket.io/",
        "/webhooks/",
        "/webhooks/whatsapp/",
        "/webhooks/twilio_whatsapp/",
    }


def test_action_server_accepts_rasa_pods_only() -> None:
    policies = [
        policy
        for policy in of_kind(k8s_documents(), "NetworkPolicy")
        if labels_match(policy["spec"]["podSelector"], ACTIONS_LABEL)
        or policy["spec"]["podSelector"] == {}
    ]
    assert any(p["spec"]["podSelector"] == {} and "ingress" not in p["spec"] for p in policies), (
        "a default-deny policy"
    )
    sources = [
        source
        for policy in policies
        for rule in policy["spec"].get("ingress", [])
        for source in rule["from"]
    ]
    assert sources and all(set(source) == {"podSelector"} for source in sources)
    assert all(labels_match(source["podSelector"], RASA_LABEL) for source in sources)


def test_every_deployment_has_readiness_and_liveness_probes() -> None:
    assert len(of_kind(k8s_documents(), "Deployment")) == 4
    assert containers_without_probes(k8s_documents()) == []


@pytest.mark.parametrize(
    ("component", "path"), [("rasa", "/"), ("web", "/health"), ("actions", "/health")]
)
def test_http_probes_use_the_health_paths(component: str, path: str) -> None:
    (deployment,) = [
        d
        for d in of_kind(k8s_documents(), "Deployment")
        if d["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/component"] == component
    ]
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    for probe in ("readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"]["path"] == path


def test_autoscaler_targets_the_rasa_deployment() -> None:
    (hpa,) = of_kind(k8s_documents(), "HorizontalPodAutoscaler")
    target = hpa["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", rasa_deployment()["metadata"]["name"])
    assert hpa["spec"]["minReplicas"] >= 2
    assert rasa_deployment()["spec"]["replicas"] >= 2


def test_services_select_existing_pods() -> None:
    pod_labels = [
        d["spec"]["template"]["metadata"]["labels"] for d in of_kind(k8s_documents(), "Deployment")
    ]
    for service in of_kind(k8s_documents(), "Service"):
        selector = {"matchLabels": service["spec"]["selector"]}
        assert any(labels_match(selector, labels) for labels in pod_labels), service["metadata"][
            "name"
        ]


def test_socketio_gets_sticky_sessions() -> None:
    chat = [
        ingress
        for ingress in of_kind(k8s_documents(), "Ingress")
        if any(
            path["path"] == "/socket.io/"
            for rule in ingress["spec"]["rules"]
            for path in rule["http"]["paths"]
        )
    ]
    assert len(chat) == 1
    assert chat[0]["metadata"]["annotations"]["nginx.ingress.kubernetes.io/affinity"] == "cookie"


RATE_LIMITS = ("limit-rps", "limit-connections", "limit-burst-multiplier")


def chat_ingresses() -> dict[str, dict[str, Any]]:
    """Ingress name -> Ingress, for those that route to the Rasa Service."""
    return {
        ingress["metadata"]["name"]: ingress
        for ingress in of_kind(k8s_documents(), "Ingress")
        if any(
            path["backend"]["service"]["name"] == "steunwijzer-rasa"
            for rule in ingress["spec"]["rules"]
            for path in rule["http"]["paths"]
        )
    }


def test_the_chat_ingress_limits_each_client_address() -> None:
    annotations = chat_ingresses()["steunwijzer-chat"]["metadata"]["annotations"]

    for name in RATE_LIMITS:
        value = annotations[f"nginx.ingress.kubernetes.io/{name}"]
        assert isinstance(value, str) and int(value) > 0, (name, value)


def test_only_the_whatsapp_webhooks_are_routed_without_address_limits() -> None:
    # Meta and Twilio send every caregiver's messages from a few addresses.
    unlimited = [
        path["path"]
        for ingress in chat_ingresses().values()
        if "nginx.ingress.kubernetes.io/limit-rps" not in ingress["metadata"]["annotations"]
        for rule in ingress["spec"]["rules"]
        for path in rule["http"]["paths"]
    ]
    assert sorted(unlimited) == ["/webhooks/twilio_whatsapp/", "/webhooks/whatsapp/"]


def test_every_python_module_in_a_command_exists() -> None:
    modules = command_modules(all_documents())
    servers = {"bot.rasa_server", "bot.action_server", "uvicorn", "bot.worker", "bot.prepare"}
    assert servers <= modules
    # rasa_sdk directly would skip the production secrets check of bot.action_server.
    assert "rasa_sdk" not in modules
    for module in modules:
        assert importlib.util.find_spec(module) is not None, module


def test_dockerfile_copies_existing_paths_and_drops_root() -> None:
    lines = DOCKERFILE.read_text(encoding="utf-8").splitlines()
    copies = [line.split() for line in lines if line.startswith("COPY ") and "--from=" not in line]
    sources = [part for words in copies for part in words[1:-1] if not part.startswith("--")]
    assert sources
    for source in sources:
        assert (PROJECT_ROOT / source).exists(), source
    users = [line.split()[1] for line in lines if line.startswith("USER ")]
    assert users and users[-1] not in ("root", "0")
    assert any("uv sync --locked" in line for line in lines)
    assert any("python -m bot.training" in line for line in lines)


def test_configmap_and_env_values_are_strings() -> None:
    """Kubernetes refuses a number or boolean there; YAML makes 5005 or true one unless quoted."""
    values = [
        value
        for config_map in of_kind(k8s_documents(), "ConfigMap")
        for value in config_map["data"].values()
    ]
    values += [
        variable["value"]
        for deployment in of_kind(k8s_documents(), "Deployment")
        for container in deployment["spec"]["template"]["spec"]["containers"]
        for variable in container.get("env", [])
    ]
    assert values and all(isinstance(value, str) for value in values)


def test_every_compose_service_logs_in_to_postgresql_with_its_own_role() -> None:
    services = compose()["services"]
    problems = [
        problem
        for service in DATABASE_LOGINS
        for problem in login_problems(service, services[service]["environment"])
    ]
    assert problems == []


def test_no_compose_service_uses_the_postgresql_superuser() -> None:
    services = compose()["services"]
    superuser = services["postgres"]["environment"]["POSTGRES_USER"]
    for name, service in services.items():
        if name == "postgres":
            continue
        for role, password, _database in database_logins(service.get("environment") or {}).values():
            assert (role, password) != (superuser, "POSTGRES_PASSWORD"), name
            assert password != "POSTGRES_PASSWORD", name
    # Every service that reaches PostgreSQL is one of those checked above.
    with_urls = {
        name
        for name, service in services.items()
        if database_logins(service.get("environment") or {})
    }
    assert with_urls == set(DATABASE_LOGINS)


def test_compose_makes_the_roles_with_roles_sql() -> None:
    postgres = compose()["services"]["postgres"]
    (init,) = postgres["configs"]
    assert init["target"].startswith("/docker-entrypoint-initdb.d/")
    assert init["target"].endswith(".sql")
    source = compose()["configs"][init["source"]]
    assert (PROJECT_ROOT / source["file"]).resolve() == ROLES_SQL
    made = roles_made_by(ROLES_SQL.read_text(encoding="utf-8"))
    assert made == {role for role, _databases in DATABASE_LOGINS.values()}
    # roles.sql reads each role's password from the postgres container's environment.
    for role in made:
        variable = f"STEUNWIJZER_DB_{role.removeprefix('steunwijzer_').upper()}_PASSWORD"
        assert variable in postgres["environment"], variable


def _workload_secrets() -> dict[str, set[str]]:
    """Kubernetes component -> the Secrets its container reads."""
    workloads = of_kind(k8s_documents(), "Deployment") + of_kind(k8s_documents(), "Job")
    return {
        doc["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/component"]: {
            source["secretRef"]["name"]
            for container in doc["spec"]["template"]["spec"]["containers"]
            for source in container.get("envFrom", [])
            if "secretRef" in source
        }
        for doc in workloads
    }


def test_every_kubernetes_workload_has_its_own_database_secret() -> None:
    secrets = {doc["metadata"]["name"]: doc for doc in of_kind(k8s_documents(), "Secret")}
    for component, names in _workload_secrets().items():
        with_urls = {
            name
            for name in names
            if set(secrets[name].get("stringData") or {}) & set(DATABASE_URL_NAMES)
        }
        assert with_urls == {f"steunwijzer-database-{component}"}, component
    wanted = {
        "prepare": {"STEUNWIJZER_DATABASE_URL"},
        "actions": {"STEUNWIJZER_DATABASE_URL"},
        "rasa": set(DATABASE_URL_NAMES),
        "web": set(DATABASE_URL_NAMES),
        "worker": set(DATABASE_URL_NAMES),
    }
    for component, names in wanted.items():
        assert set(secrets[f"steunwijzer-database-{component}"]["stringData"]) == names
