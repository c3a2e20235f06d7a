package kg.tereze.payments.internal.demo;

import kg.tereze.payments.internal.AgentPayments;
import kg.tereze.payments.internal.AgentStore;
import kg.tereze.payments.internal.PaymentAgent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Book;
import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.DemoData;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo: some of Karool Suu's customers paid through the terminal network in each past month (one in
 * six, paying between 100 and 350 som around the 10th), so that reports have collections to compare
 * with the billing. Runs after the demo billing.
 */
@DemoData
@Order(470)
class DemoPayments implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPayments.class);

	private final AgentStore agents;

	private final AgentPayments payments;

	private final Municipalities municipalities;

	private final Accounts accounts;

	private final JdbcClient jdbc;


	private final Clock clock;

	DemoPayments(AgentStore agents, AgentPayments payments, Municipalities municipalities, Accounts accounts,
			JdbcClient jdbc, Clock clock) {
		this.agents = agents;
		this.payments = payments;
		this.municipalities = municipalities;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Enterprise water = municipalities.enterpriseByCode("KAROOLSUU").orElse(null);
		PaymentAgent agent = agents.byCode("demo-terminal").map(AgentStore.Credentials::agent).orElse(null);
		if (water == null || agent == null
				|| jdbc.sql("select count(*) from agent_txn where agent_id = ?").param(agent.id()).query(Long.class).single() > 0) {
			return;
		}
		Tenant t = new Tenant(0, "demo", water.municipalityId(), water.id(), Set.of("ACCOUNTANT"));
		Book book = accounts.books(t).get(0);
		List<String> numbers = jdbc.sql("select number from ledger_account_v where book_id = ? and household_id is not null order by id")
			.param(book.id()).query(String.class).list();
		LocalDate today = LocalDate.now(clock.withZone(Formats.BISHKEK));
		int paid = 0;
		for (int k = 5; k >= 0; k--) {
			LocalDate day = today.withDayOfMonth(1).minusMonths(k).withDayOfMonth(10);
			if (day.isAfter(today)) {
				continue;
			}
			for (int i = k % 6; i < numbers.size(); i += 6) {
				String amount = String.valueOf(100 + (i * 37 + k * 11) % 251);
				LocalDateTime at = LocalDateTime.of(day.plusDays(i % 5), java.time.LocalTime.of(9 + i % 8, i % 60));
				Clock then = Clock.fixed(at.atZone(Formats.BISHKEK).toInstant(), Formats.BISHKEK);
				var p = payments.asOf(at.toLocalDate().isAfter(today) ? clock : then).payByApi(agent, "demo-" + day + "-" + numbers.get(i), numbers.get(i), amount,
						at.toLocalDate().isAfter(today) ? today.atTime(8, 0) : at);
				paid += p.paymentId() == null ? 0 : 1;
			}
		}
		log.info("Demo agent payments: {}", paid);
	}
}
