package kg.tereze.appeals.web;

import java.util.Map;

import kg.tereze.appeals.internal.ReportFilter;
import kg.tereze.appeals.ReportStatus;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.ResultPage;

/** The report list's filter as typed in the query string; a bad value is named, not ignored. */
record ReportQuery(String status, String category, String village, String overdue, String sort) {

	static ReportQuery of(Map<String, String> q) {
		return new ReportQuery(q.get("status"), q.get("category"), q.get("village"), q.get("overdue"), q.get("sort"));
	}

	ReportFilter filter(Integer page, Integer size) {
		String s = FormFields.blankToNull(status);
		ReportStatus st = null;
		boolean open = s == null || "OPEN".equals(s);
		if (s != null && !"OPEN".equals(s) && !"ALL".equals(s)) {
			try {
				st = ReportStatus.valueOf(s);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("status", "appeals.error.status");
			}
			open = false;
		}
		if ("ALL".equals(s)) {
			open = false;
		}
		String sortKey = FormFields.blankToNull(sort);
		if (sortKey != null && !sortKey.matches("due|number|new")) {
			throw new InvalidInputException("sort", "appeals.error.sort");
		}
		return new ReportFilter(st, open, FormFields.number(Map.of("category", nz(category)), "category"),
				FormFields.number(Map.of("village", nz(village)), "village"), "true".equals(overdue), sortKey,
				ResultPage.safePage(page), ResultPage.safeSize(size));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
