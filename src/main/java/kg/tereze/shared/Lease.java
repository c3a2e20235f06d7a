package kg.tereze.shared;

import java.util.List;

/**
 * Rows of a {@link LeasedTable} held by one worker until the lease runs out. The holder is drawn
 * anew for every claim, so a worker whose lease was taken over can never act on the new holder's.
 */
public record Lease<K>(LeasedTable table, String holder, List<K> keys) {

	/** The one row of a lease taken on one row. */
	public K key() {
		if (keys.size() != 1) {
			throw new IllegalStateException("a lease of " + keys.size() + " rows has no single key");
		}
		return keys.get(0);
	}

	/** The same holder's lease on one of its rows. */
	public Lease<K> of(K key) {
		if (!keys.contains(key)) {
			throw new IllegalArgumentException("not a row of this lease");
		}
		return new Lease<>(table, holder, List.of(key));
	}

	public boolean isEmpty() {
		return keys.isEmpty();
	}
}
