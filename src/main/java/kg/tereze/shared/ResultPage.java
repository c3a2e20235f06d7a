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

	/** A requested page and size made safe: no negative page, no size over {@link #MAX_SIZE}. */
	public static int safeSize(Integer size) {
		return size == null || size < 1 ? 25 : Math.min(size, MAX_SIZE);
	}

	public static int safePage(Integer page) {
		return page == null || page < 0 ? 0 : Math.min(page, 1_000_000);
	}
}
