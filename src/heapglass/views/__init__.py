"""Views of a run on the model: JSONL/Perfetto traces, the terminal story, the object graph, the
step-through HTML page, plots, the guided tour, and the memory report (where each object lives and
why freed memory was or was not given back: `memory_report.py`, built on the ledger `memledger.py`).

Every view is built on the heap's `EventBus` (`heap/events.py`) through one `Recorder`
(`record.py`) and on deterministic `Snapshot`s of the heap (`snapshot.py`); nothing here touches the
heap's hot paths, and with no view attached the bus delivers nothing.
"""
