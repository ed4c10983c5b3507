// Dexie runs on fake-indexeddb in unit tests; each test opens a database of its own name.
import 'fake-indexeddb/auto';
