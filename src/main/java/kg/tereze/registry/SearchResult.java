package kg.tereze.registry;

import java.util.List;

/**
 * One page of a search. {@code total} counts the matches found, at most {@link RegistryQueries#MAX_MATCHES};
 * {@code capped} says there may be more: the user should type more of the name.
 */
public record SearchResult(List<SearchHit> hits, int total, boolean capped, int page, int size, Sort sort) {

	public enum Sort { RELEVANCE, NAME, BIRTH_DATE, VILLAGE }

	public int pages() {
		return Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
