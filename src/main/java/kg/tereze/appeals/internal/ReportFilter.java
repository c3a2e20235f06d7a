package kg.tereze.appeals.internal;

import kg.tereze.appeals.ReportStatus;

/** What the report list shows: by status (or all open), category, village, overdue only, and a page of it. */
public record ReportFilter(ReportStatus status, boolean openOnly, Long categoryId, Long villageId, boolean overdueOnly,
		String sort, int page, int size) {

	public static final int MAX_SIZE = 200;
}
