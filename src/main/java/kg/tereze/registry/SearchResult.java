package kg.tereze.registry;

import java.util.List;

import kg.tereze.shared.ResultPage;

/**
 * One page of a search. {@code total} counts the matches found, at most {@link RegistryQueries#MAX_MATCHES};
 * {@code capped} says there may be more: the user should type more of the name.
 */
public record SearchResult(List<SearchHit> hits, int total, boolean capped, int page, int size, Sort sort) {

	public enum Sort { RELEVANCE, NAME, BIRTH_DATE, VILLAGE }

	/** The paging of this result, as every list of the application pages. */
	public ResultPage<SearchHit> paging() {
		return new ResultPage<>(hits, total, page, size);
	}

	public int pages() {
		return paging().pages();
	}

	public boolean hasNext() {
		return paging().hasNext();
	}

	public boolean hasPrevious() {
		return paging().hasPrevious();
	}
}
