package kg.tereze.shared;

import java.util.List;

/** One page of a list, with what a pager needs. {@code page} counts from 0. */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

	public static final int MAX_SIZE = 200;

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	/**
	 * Every item of a list, page after page, for an export: at most {@code maxPages} pages, so that an
	 * export stays a file a spreadsheet opens.
	 */
	public static <T> List<T> gather(java.util.function.IntFunction<ResultPage<T>> pageAt, int maxPages) {
		List<T> all = new java.util.ArrayList<>();
		for (int p = 0; p < maxPages; p++) {
			ResultPage<T> r = pageAt.apply(p);
			all.addAll(r.items());
			if (!r.hasNext()) {
				break;
			}
		}
		return all;
	}

	/** A requested page and size made safe: no negative page, no size over {@link #MAX_SIZE}. */
	public static int safeSize(Integer size) {
		return size == null || size < 1 ? 25 : Math.min(size, MAX_SIZE);
	}

	public static int safePage(Integer page) {
		return page == null || page < 0 ? 0 : Math.min(page, 1_000_000);
	}
}
