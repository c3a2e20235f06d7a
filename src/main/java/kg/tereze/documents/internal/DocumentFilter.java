package kg.tereze.documents.internal;

/** What the journal's list shows: words of the number, correspondent or summary, a journal, a year. */
public record DocumentFilter(String text, String journal, Integer year, boolean overdueOnly, int page, int size) {

	public static final int MAX_SIZE = 200;
}
