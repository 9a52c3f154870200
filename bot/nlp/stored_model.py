"""Rasa graph components that train one model of our own and store it as plain JSON in the model
archive (no pickle): the intent model and the crisis model share the way they are created, stored
and loaded."""

from __future__ import annotations

import json
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage


class JsonModel(Protocol):
    def to_json(self) -> dict[str, Any]: ...


ModelT = TypeVar("ModelT", bound=JsonModel)


class StoredModelComponent(GraphComponent, Generic[ModelT]):
    """Subclasses name their file, say how to read the model back, and call `_store` from train."""

    MODEL_FILE: ClassVar[str]

    def __init__(
        self, model_storage: ModelStorage, resource: Resource, model: ModelT | None
    ) -> None:
        self._storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def model_from_json(cls, data: dict[str, Any]) -> ModelT:
        raise NotImplementedError

    # Alike in shape only: Rasa asks every GraphComponent for this `create` signature.
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> GraphComponent:
        return cls(model_storage, resource, None)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> GraphComponent:
        with model_storage.read_from(resource) as directory:
            data = json.loads((directory / cls.MODEL_FILE).read_text())
        return cls(model_storage, resource, cls.model_from_json(data))

    def _store(self, model: ModelT) -> Resource:
        self._model = model
        with self._storage.write_to(self._resource) as directory:
            (directory / self.MODEL_FILE).write_text(json.dumps(model.to_json()))
        return self._resource
