package kg.tereze.billing.internal.demo;

import kg.tereze.billing.internal.BillingRun;
import kg.tereze.billing.internal.BillingRuns;
import kg.tereze.billing.internal.Catalog;
import kg.tereze.billing.internal.NewService;
import kg.tereze.billing.internal.NewTariff;
import kg.tereze.billing.internal.RunMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

import kg.tereze.billing.Basis;
import kg.tereze.identity.StaffUsers;
import kg.tereze.ledger.Book;
import kg.tereze.ledger.CustomerCategory;
import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.DemoData;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo: Karool's water enterprise bills water per person (yard tap or standpipe; the tap's price rose
 * in the middle of a month, so that month is pro-rated), organisations a flat fee, and connections once;
 * Razzakov's waste enterprise bills per person. Every household account is subscribed from the day it
 * was opened, and the months before this one are billed; this month is left for the accountant.
 */
@DemoData
@Order(450)
class DemoBilling implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoBilling.class);

	private final Municipalities municipalities;

	private final Catalog catalog;

	private final BillingRuns runs;

	private final JdbcClient jdbc;


	private final Clock clock;

	private final StaffUsers staff;

	DemoBilling(Municipalities municipalities, Catalog catalog, BillingRuns runs, JdbcClient jdbc,
			Clock clock, StaffUsers staff) {
		this.staff = staff;
		this.municipalities = municipalities;
		this.catalog = catalog;
		this.runs = runs;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(clock.withZone(Formats.BISHKEK));
		water(today);
		waste(today);
	}

	private void water(LocalDate today) {
		Tenant t = tenantOf("KAROOLSUU", "karool.accountant");
		Book book = t == null ? null : catalog.book(t, null);
		if (book == null || !catalog.services(t, book.id()).isEmpty()) {
			return;
		}
		LocalDate opened = opened(today);
		service(t, book, "WATER_TAP", "Таза суу (короодогу кран)", "Питьевая вода (кран во дворе)",
				"Drinking water (yard tap)", Basis.PER_PERSON);
		tariff(t, book, "WATER_TAP", CustomerCategory.HOUSEHOLD, "25", opened);
		tariff(t, book, "WATER_TAP", CustomerCategory.HOUSEHOLD, "30", today.withDayOfMonth(15).minusMonths(2));
		service(t, book, "WATER_STANDPIPE", "Таза суу (сырткы колонка)", "Питьевая вода (уличная колонка)",
				"Drinking water (standpipe)", Basis.PER_PERSON);
		tariff(t, book, "WATER_STANDPIPE", CustomerCategory.HOUSEHOLD, "12", opened);
		service(t, book, "WATER_M3", "Таза суу (эсептегич боюнча)", "Питьевая вода (по счётчику)",
				"Drinking water (metered)", Basis.PER_M3);
		tariff(t, book, "WATER_M3", CustomerCategory.HOUSEHOLD, "10.45", opened);
		tariff(t, book, "WATER_M3", CustomerCategory.BUDGET, "12.95", opened);
		tariff(t, book, "WATER_M3", CustomerCategory.BUSINESS, "18.50", opened);
		service(t, book, "WATER_FLAT", "Абоненттик төлөм", "Абонентская плата", "Monthly fee", Basis.FLAT);
		tariff(t, book, "WATER_FLAT", CustomerCategory.BUDGET, "500", opened);
		tariff(t, book, "WATER_FLAT", CustomerCategory.BUSINESS, "800", opened);
		service(t, book, "CONNECTION", "Суу түтүгүнө туташтыруу", "Подключение к водопроводу", "Connection",
				Basis.ONE_OFF);
		tariff(t, book, "CONNECTION", CustomerCategory.HOUSEHOLD, "1500", opened);
		// one household in twenty has a meter, most of the others a tap in the yard, the rest a standpipe
		subscribeHouseholds(book, """
				case when a.id % 20 = 0 then 'WATER_M3' when a.id % 10 < 7 then 'WATER_TAP' else 'WATER_STANDPIPE' end""",
				opened);
		meters(book, opened, today);
		bill(t, book, opened, today);
	}

	private void waste(LocalDate today) {
		Tenant t = tenantOf("TAZALYK", "tazalyk.accountant");
		Book book = t == null ? null : catalog.book(t, null);
		if (book == null || !catalog.services(t, book.id()).isEmpty()) {
			return;
		}
		LocalDate opened = opened(today);
		service(t, book, "WASTE", "Таштанды чыгаруу (жеке сектор)", "Вывоз мусора (частный сектор)",
				"Waste collection (private houses)", Basis.PER_PERSON);
		tariff(t, book, "WASTE", CustomerCategory.HOUSEHOLD, "25", opened);
		service(t, book, "WASTE_BUSINESS", "Таштанды чыгаруу (ишканалар)", "Вывоз мусора (предприятия)",
				"Waste collection (businesses)", Basis.FLAT);
		tariff(t, book, "WASTE_BUSINESS", CustomerCategory.BUSINESS, "350", opened);
		tariff(t, book, "WASTE_BUSINESS", CustomerCategory.BUDGET, "250", opened);
		subscribeHouseholds(book, "'WASTE'", opened);
		bill(t, book, opened, today);
	}

	/** The demo accounts were opened on the first of the month six months ago. */
	private static LocalDate opened(LocalDate today) {
		return today.withDayOfMonth(1).minusMonths(6);
	}

	/** The demo accountant who keeps the book, so that the runs and audit name a person. */
	private Tenant tenantOf(String enterpriseCode, String accountant) {
		Enterprise e = municipalities.enterpriseByCode(enterpriseCode).orElse(null);
		if (e == null) {
			return null;
		}
		return staff.findByUsername(accountant)
			.map(u -> new Tenant(u.id(), u.username(), e.municipalityId(), e.id(), Set.of("ACCOUNTANT")))
			.orElse(new Tenant(0, "demo", e.municipalityId(), e.id(), Set.of("ACCOUNTANT")));
	}

	private void service(Tenant t, Book book, String code, String ky, String ru, String en, Basis basis) {
		catalog.addService(t, book.id(), new NewService(code, ky, ru, en, basis));
	}

	private void tariff(Tenant t, Book book, String code, CustomerCategory category, String price, LocalDate from) {
		catalog.addTariff(t, book.id(), code, new NewTariff(category, Som.parse(price), from, null));
	}

	private void subscribeHouseholds(Book book, String serviceCodeSql, LocalDate from) {
		int n = jdbc.sql("""
				insert into billing_subscription (book_id, account_id, service_id, starts_on, created_at)
				select a.book_id, a.id, s.id, :from, :at
				  from ledger_account_v a join billing_service s on s.book_id = a.book_id and s.code = %s
				 where a.book_id = :book and a.household_id is not null""".formatted(serviceCodeSql))
			.param("book", book.id()).param("from", from).param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		log.info("Demo subscriptions in book {}: {}", book.id(), n);
	}

	/**
	 * A meter for every metered account, read by the controller on the 25th of each past month, except
	 * now and then (that month is billed on an estimate and settled by the next reading). A few meters
	 * are overdue for verification.
	 */
	private void meters(Book book, LocalDate opened, LocalDate today) {
		jdbc.sql("""
				insert into billing_meter (book_id, account_id, service_id, number, installed_on, initial_value, verified_until,
				                           created_at)
				select s.book_id, s.account_id, s.service_id, 'KS-' || lpad(s.account_id::text, 6, '0'), :opened,
				       s.account_id % 500, case when s.account_id % 60 = 0 then :lapsed else :opened + interval '6 years' end, :at
				  from billing_subscription s join billing_service v on v.id = s.service_id
				 where s.book_id = :book and v.code = 'WATER_M3'""")
			.param("book", book.id()).param("opened", opened).param("lapsed", today.minusDays(10))
			.param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
		int n = jdbc.sql("""
				insert into billing_reading (book_id, meter_id, read_on, value, consumption, days, source, flagged, created_at,
				                             created_by_name)
				select :book, meter_id, read_on, initial_value + used, used - lag(used, 1, 0::numeric) over w,
				       read_on - lag(read_on, 1, installed_on) over w, (array['TABLET', 'DESK', 'RESIDENT'])[1 + (meter_id + k) % 3],
				       false, :at, :reader
				  from (select m.id as meter_id, m.initial_value, m.installed_on, k, (m.installed_on + (k || ' months')::interval)::date + 24 as read_on,
				               sum(4 + (m.id * 7 + k * 3) % 9) over (partition by m.id order by k) as used
				          from billing_meter m cross join generate_series(0, :months - 1) k
				         where m.book_id = :book) x
				 where (meter_id + k) % 7 <> 3
				window w as (partition by meter_id order by k)""")
			.param("book", book.id()).param("months", (int) java.time.temporal.ChronoUnit.MONTHS.between(opened, today.withDayOfMonth(1)))
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.param("reader", staff.findByUsername("karool.controller").map(u -> u.fullName()).orElse("-")).update();
		log.info("Demo meter readings in book {}: {}", book.id(), n);
	}

	/** Bills the months from the opening to the last one, each run waited for. */
	private void bill(Tenant t, Book book, LocalDate opened, LocalDate today) {
		for (YearMonth m = YearMonth.from(opened); m.isBefore(YearMonth.from(today)); m = m.plusMonths(1)) {
			BillingRun run = runs.start(t, book.id(), m, RunMode.COMMIT, Locale.forLanguageTag("ky"));
			while (!run.status().finished()) {
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
				run = runs.status(t, run.id());
			}
		}
	}
}
