package kg.tereze.billing.internal;

import kg.tereze.billing.UtilityService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.tereze.ledger.Entry;
import kg.tereze.ledger.EntryKind;
import kg.tereze.ledger.Ledger;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.ledger.Statement;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Village;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;

/** Monthly notices of accounts, from the ledger's entries of the month and the quantities billed. */
@Service
public class Notices {

	private final Ledger ledger;

	private final CatalogStore catalog;

	private final NoticeStore store;

	private final Municipalities municipalities;

	private final Clock clock;

	Notices(Ledger ledger, CatalogStore catalog, NoticeStore store, Municipalities municipalities, Clock clock) {
		this.ledger = ledger;
		this.catalog = catalog;
		this.store = store;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	/** The notice of one account for a month that has begun. */
	public Notice of(Tenant t, PayerAccount account, YearMonth month) {
		return of(t, List.of(account), month).get(0);
	}

	/** Notices of several accounts of one municipality, names looked up once. */
	public List<Notice> of(Tenant t, List<PayerAccount> accounts, YearMonth month) {
		checkMonth(month);
		List<Notice> notices = new ArrayList<>(accounts.size());
		if (accounts.isEmpty()) {
			return notices;
		}
		PayerAccount first = accounts.get(0);
		LocalizedName payee = payee(first);
		Map<Long, LocalizedName> villages = municipalities.villages(first.municipalityId()).stream()
			.collect(Collectors.toMap(Village::id, Village::name));
		Map<String, UtilityService> services = catalog.services(first.bookId()).stream()
			.collect(Collectors.toMap(UtilityService::code, Function.identity()));
		for (PayerAccount a : accounts) {
			notices.add(notice(t, a, month, payee, villages.get(a.villageId()), services));
		}
		return notices;
	}

	/** A month that has begun: the current one shows what is charged so far. */
	public YearMonth checkMonth(YearMonth month) {
		if (month == null) {
			throw new InvalidInputException("month", "billing.error.month");
		}
		if (month.isAfter(YearMonth.now(clock.withZone(Formats.BISHKEK)))) {
			throw new InvalidInputException("month", "billing.error.futureMonth");
		}
		return month;
	}

	private Notice notice(Tenant t, PayerAccount a, YearMonth month, LocalizedName payee, LocalizedName village,
			Map<String, UtilityService> services) {
		Statement s = ledger.statement(t, a, month.atDay(1), month.atEndOfMonth());
		Map<String, BigDecimal> quantities = store.quantities(a.id(), a.bookId(), month.atDay(1));
		Map<String, Long> charged = new java.util.TreeMap<>();
		long paid = 0;
		long corrected = 0;
		for (Entry e : s.entries()) {
			if (e.kind() == EntryKind.CHARGE) {
				charged.merge(e.serviceCode() == null ? "" : e.serviceCode(), e.amount().tyiyn(), Long::sum);
			}
			else if (e.kind() == EntryKind.PAYMENT) {
				paid -= e.amount().tyiyn();
			}
			else {
				corrected += e.amount().tyiyn();
			}
		}
		List<Notice.Line> lines = new ArrayList<>();
		charged.forEach((code, amount) -> {
			UtilityService v = services.get(code);
			lines.add(new Notice.Line(code, v == null ? new LocalizedName(code, code, code) : v.name(),
					v == null ? null : v.basis(), quantities.get(code), Som.ofTyiyn(amount)));
		});
		return new Notice(a, payee, village, month, s.openingBalance(), lines, Som.ofTyiyn(paid), Som.ofTyiyn(corrected),
				s.closingBalance(), month.plusMonths(1).atDay(BillingMonth.DUE_DAY));
	}

	private LocalizedName payee(PayerAccount a) {
		if (a.enterpriseId() != null) {
			return municipalities.enterprise(a.enterpriseId()).map(e -> e.name()).orElseThrow();
		}
		return municipalities.require(a.municipalityId()).name();
	}
}
