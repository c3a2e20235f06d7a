package kg.tereze.frontdesk.web;

import java.util.Map;

import kg.tereze.frontdesk.internal.ApplicationFilter;
import kg.tereze.frontdesk.internal.ApplicationStatus;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.ResultPage;

/** The application list's filter as typed in the query string; a bad value is named, not ignored. */
record ApplicationQuery(String status, String service, String assignee, String overdue, String text, String sort) {

	static ApplicationQuery of(Map<String, String> q) {
		return new ApplicationQuery(q.get("status"), q.get("service"), q.get("assignee"), q.get("overdue"), q.get("q"),
				q.get("sort"));
	}

	ApplicationFilter filter(Integer page, Integer size) {
		String s = FormFields.blankToNull(status);
		ApplicationStatus st = null;
		boolean inWork = s == null || "IN_WORK".equals(s);
		if (s != null && !"IN_WORK".equals(s) && !"ALL".equals(s)) {
			try {
				st = ApplicationStatus.valueOf(s);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("status", "frontdesk.error.status");
			}
		}
		String sortKey = FormFields.blankToNull(sort);
		if (sortKey != null && !sortKey.matches("due|number|new")) {
			throw new InvalidInputException("sort", "frontdesk.error.sort");
		}
		String typed = FormFields.blankToNull(text);
		if (typed != null && typed.length() > 100) {
			throw new InvalidInputException("q", "frontdesk.error.tooLong", 100);
		}
		return new ApplicationFilter(st, inWork, FormFields.number(Map.of("service", nz(service)), "service"),
				FormFields.number(Map.of("assignee", nz(assignee)), "assignee"), "true".equals(overdue), typed, sortKey,
				ResultPage.safePage(page), ResultPage.safeSize(size));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
