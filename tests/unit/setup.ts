// IndexedDB for Node: Dexie runs its real code against fake-indexeddb in unit tests.
import 'fake-indexeddb/auto';
