/** An OutboxStore in memory: for tests, the fault simulation and as a reference implementation. */
import type { OutboxEntry, OutboxStore, ParkedItem, SyncState } from './outbox';

export class MemoryOutboxStore implements OutboxStore {
  private readonly entries = new Map<string, OutboxEntry>();
  readonly parked = new Map<string, { entry: OutboxEntry; reason: ParkedItem }>();
  private state: SyncState = { failures: 0 };

  enqueue(...entries: OutboxEntry[]): void {
    for (const entry of entries) this.entries.set(entry.id, entry);
  }

  get size(): number {
    return this.entries.size;
  }

  pending(limit: number): Promise<OutboxEntry[]> {
    return Promise.resolve([...this.entries.values()].slice(0, limit));
  }

  acknowledge(ids: string[]): Promise<void> {
    for (const id of ids) this.entries.delete(id);
    return Promise.resolve();
  }

  park(items: ParkedItem[]): Promise<void> {
    for (const item of items) {
      const entry = this.entries.get(item.id);
      if (!entry) continue;
      this.entries.delete(item.id);
      this.parked.set(item.id, { entry, reason: item });
    }
    return Promise.resolve();
  }

  loadState(): Promise<SyncState> {
    return Promise.resolve({ ...this.state });
  }

  saveState(state: SyncState): Promise<void> {
    this.state = { ...state };
    return Promise.resolve();
  }
}
