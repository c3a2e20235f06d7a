package kg.tereze.ledger.web;

import java.util.Map;

import kg.tereze.ledger.internal.Reports;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Som;

/** The debtors list as typed in its filter (kept as text, so that a wrong figure is shown back as it was). */
record DebtorQuery(Long book, String village, String minDebt, String minDays, String sort, int page) {

	static DebtorQuery of(Map<String, String> q) {
		Long book;
		int page;
		try {
			book = FormFields.number(q, "book");
			Long p = FormFields.number(q, "page");
			page = p == null || p < 0 ? 0 : (int) Math.min(p, 100_000);
		}
		catch (InvalidInputException e) {
			book = null;
			page = 0;
		}
		return new DebtorQuery(book, q.get("village"), q.get("minDebt"), q.get("minDays"), q.get("sort"), page);
	}

	Reports.DebtorFilter filter() {
		Map<String, String> m = new java.util.HashMap<>();
		m.put("village", village);
		m.put("minDays", minDays);
		m.put("sort", sort);
		Long days = FormFields.number(m, "minDays");
		String debt = FormFields.blankToNull(minDebt);
		return new Reports.DebtorFilter(FormFields.number(m, "village"),
				debt == null ? null : Som.parseInput("minDebt", debt, "ledger.error.minDebt").tyiyn(),
				days == null ? null : (int) Math.max(-1, Math.min(days, 100_000)),
				FormFields.choice(m, "sort", Reports.DebtorFilter.Sort.class));
	}
}
