package kg.tereze.ledger;

/** The entry a posting wrote, or found already written under the same idempotency key. */
public record Posted(Entry entry, boolean replayed) {
}
