package kg.tereze.billing.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.billing.Basis;
import kg.tereze.billing.internal.BillingRun;
import kg.tereze.billing.internal.BillingRuns;
import kg.tereze.billing.internal.Catalog;
import kg.tereze.billing.internal.NewService;
import kg.tereze.billing.internal.NewTariff;
import kg.tereze.billing.internal.RunMode;
import kg.tereze.billing.internal.RunTotals;
import kg.tereze.billing.internal.Subscription;
import kg.tereze.billing.internal.Subscriptions;
import kg.tereze.billing.internal.Tariff;
import kg.tereze.billing.UtilityService;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.CustomerCategory;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Services, tariffs, subscriptions and billing runs. Prices and amounts are in som as text ("10.45"). */
@RestController
@RequestMapping("/api/v1/billing")
@Tag(name = "Billing", description = "Services, tariffs with effective dates, subscriptions, monthly billing runs")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'HEAD', 'AUDITOR')")
class BillingApi {

	record ServiceView(String code, String nameKy, String nameRu, String nameEn, Basis basis, List<TariffView> tariffs) {
	}

	/** {@code validUntil} is the last day the price holds; null while it holds. */
	record TariffView(CustomerCategory category, String price, LocalDate validFrom, LocalDate validUntil) {

		static TariffView of(Tariff t) {
			return new TariffView(t.category(), som(t.price()), t.validFrom(),
					t.validTo() == null ? null : t.validTo().minusDays(1));
		}
	}

	record NewServiceRequest(String code, String nameKy, String nameRu, String nameEn, Basis basis) {
	}

	record NewTariffRequest(CustomerCategory category, String price, LocalDate validFrom, LocalDate validUntil) {
	}

	record SubscriptionView(long id, String service, LocalDate startsOn, LocalDate lastDay, Integer personsOverride,
			String overrideReason) {

		static SubscriptionView of(Subscription s) {
			return new SubscriptionView(s.id(), s.service().code(), s.startsOn(),
					s.endsOn() == null ? null : s.endsOn().minusDays(1), s.personsOverride(), s.overrideReason());
		}
	}

	record SubscribeRequest(String service, LocalDate startsOn, Integer persons, String reason) {
	}

	record EndRequest(LocalDate lastDay) {
	}

	record PersonsRequest(Integer persons, String reason) {
	}

	record RunRequest(String month, RunMode mode) {
	}

	record ServiceTotal(String service, long accounts, java.math.BigDecimal quantity, String amount) {
	}

	record VillageTotal(Long villageId, long accounts, String amount) {
	}

	record TotalsView(List<ServiceTotal> services, List<VillageTotal> villages) {

		static TotalsView of(RunTotals t) {
			return new TotalsView(
					t.services().stream().map(s -> new ServiceTotal(s.code(), s.accounts(), s.quantity(), som(s.amount()))).toList(),
					t.villages().stream().map(v -> new VillageTotal(v.villageId(), v.accounts(), som(v.amount()))).toList());
		}
	}

	record RunView(UUID id, long bookId, String month, RunMode mode, BillingRun.Status status, LocalDate billingDate,
			int percent, long lines, String amount, TotalsView totals, String error) {

		static RunView of(BillingRun r) {
			return new RunView(r.id(), r.bookId(), r.month().toString(), r.mode(), r.status(), r.billingDate(), r.percent(),
					r.lineCount(), som(r.total()), TotalsView.of(r.totals()), r.errorKey());
		}
	}

	private final Catalog catalog;

	private final Subscriptions subscriptions;

	private final BillingRuns runs;

	private final Accounts accounts;

	BillingApi(Catalog catalog, Subscriptions subscriptions, BillingRuns runs, Accounts accounts) {
		this.catalog = catalog;
		this.subscriptions = subscriptions;
		this.runs = runs;
		this.accounts = accounts;
	}

	@GetMapping("/books/{bookId}/services")
	@Operation(summary = "The services of a book, each with its tariffs (history included)")
	List<ServiceView> services(@PathVariable long bookId) {
		Tenant t = CurrentTenant.require();
		List<Tariff> tariffs = catalog.tariffs(t, bookId);
		return catalog.services(t, bookId).stream().map(s -> view(s, tariffs)).toList();
	}

	@PostMapping("/books/{bookId}/services")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	@Operation(summary = "Adds a service (basis PER_PERSON, PER_M3, PER_HOUSEHOLD, FLAT or ONE_OFF)")
	ResponseEntity<ServiceView> addService(@PathVariable long bookId, @RequestBody(required = false) NewServiceRequest r) {
		Tenant t = CurrentTenant.require();
		NewServiceRequest req = r == null ? new NewServiceRequest(null, null, null, null, null) : r;
		UtilityService s = catalog.addService(t, bookId,
				new NewService(req.code(), req.nameKy(), req.nameRu(), req.nameEn(), req.basis()));
		return ResponseEntity.created(URI.create("/api/v1/billing/books/" + bookId + "/services"))
			.body(view(s, List.of()));
	}

	@PostMapping("/books/{bookId}/services/{code}/tariffs")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	@Operation(summary = "Adds a price from a date; an open tariff before it ends that day; overlaps are refused")
	ResponseEntity<TariffView> addTariff(@PathVariable long bookId, @PathVariable String code,
			@RequestBody(required = false) NewTariffRequest r) {
		Tenant t = CurrentTenant.require();
		if (r == null) {
			throw new InvalidInputException("price", "billing.error.price");
		}
		Tariff tariff = catalog.addTariff(t, bookId, code, new NewTariff(r.category(),
				Som.parseOrNull(r.price()), r.validFrom(),
				CatalogController.dayAfter(r.validUntil())));
		return ResponseEntity.created(URI.create("/api/v1/billing/books/" + bookId + "/services")).body(TariffView.of(tariff));
	}

	@GetMapping("/accounts/{number}/subscriptions")
	@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'CONTROLLER', 'HEAD', 'AUDITOR')")
	List<SubscriptionView> subscriptions(@PathVariable String number) {
		Tenant t = CurrentTenant.require();
		return subscriptions.of(t, accounts.require(t, number)).stream().map(SubscriptionView::of).toList();
	}

	@PostMapping("/accounts/{number}/subscriptions")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	ResponseEntity<SubscriptionView> subscribe(@PathVariable String number, @RequestBody(required = false) SubscribeRequest r) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		SubscribeRequest req = r == null ? new SubscribeRequest(null, null, null, null) : r;
		Subscription s = subscriptions.subscribe(t, a, req.service(), req.startsOn(), req.persons(), req.reason());
		return ResponseEntity.created(URI.create("/api/v1/billing/accounts/" + a.number() + "/subscriptions"))
			.body(SubscriptionView.of(s));
	}

	@PostMapping("/accounts/{number}/subscriptions/{id}/end")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	SubscriptionView end(@PathVariable String number, @PathVariable long id, @RequestBody(required = false) EndRequest r) {
		Tenant t = CurrentTenant.require();
		LocalDate last = r == null ? null : r.lastDay();
		return SubscriptionView.of(subscriptions.end(t, accounts.require(t, number), id, last == null ? null : last.plusDays(1)));
	}

	@PutMapping("/accounts/{number}/subscriptions/{id}/persons")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	@Operation(summary = "Overrides the register's count of persons with a reason; persons null goes back to the register")
	SubscriptionView persons(@PathVariable String number, @PathVariable long id, @RequestBody(required = false) PersonsRequest r) {
		Tenant t = CurrentTenant.require();
		PersonsRequest req = r == null ? new PersonsRequest(null, null) : r;
		return SubscriptionView.of(subscriptions.override(t, accounts.require(t, number), id, req.persons(), req.reason()));
	}

	@PostMapping("/books/{bookId}/runs")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	@Operation(summary = "Starts a billing run (PREVIEW or COMMIT) of a month (YYYY-MM); follow it at its Location")
	ResponseEntity<RunView> start(@PathVariable long bookId, @RequestBody(required = false) RunRequest r, Locale locale) {
		Tenant t = CurrentTenant.require();
		BillingRun run = runs.start(t, bookId, month(r == null ? null : r.month()), r == null ? null : r.mode(), locale);
		return ResponseEntity.accepted().location(URI.create("/api/v1/billing/runs/" + run.id())).body(RunView.of(run));
	}

	@GetMapping("/books/{bookId}/runs")
	List<RunView> recent(@PathVariable long bookId) {
		return runs.recent(CurrentTenant.require(), bookId).stream().map(RunView::of).toList();
	}

	@GetMapping("/runs/{id}")
	RunView run(@PathVariable UUID id) {
		return RunView.of(runs.status(CurrentTenant.require(), id));
	}

	/**
	 * A month typed as YYYY-MM; one that does not parse is null, which the service refuses naming the
	 * field, after it has found the book or account (so another municipality's gets 404 whatever is typed).
	 */
	static YearMonth month(String text) {
		return FormFields.month(text);
	}

	private static ServiceView view(UtilityService s, List<Tariff> tariffs) {
		return new ServiceView(s.code(), s.name().ky(), s.name().ru(), s.name().en(), s.basis(),
				tariffs.stream().filter(x -> x.serviceId() == s.id()).map(TariffView::of).toList());
	}

	private static String som(Som s) {
		return s.toBigDecimal().toPlainString();
	}
}
