"""Views of a run on the model: JSONL/Perfetto traces, the terminal story, the object graph, the
step-through HTML page, plots and the guided tour.

Every view is built on the heap's `EventBus` (`heap/events.py`) through one `Recorder`
(`record.py`) and on deterministic `Snapshot`s of the heap (`snapshot.py`); nothing here touches the
heap's hot paths, and with no view attached the bus delivers nothing.
"""
