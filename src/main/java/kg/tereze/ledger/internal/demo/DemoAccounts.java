package kg.tereze.ledger.internal.demo;

import kg.tereze.ledger.internal.AccountStore;
import kg.tereze.ledger.internal.BookStore;
import kg.tereze.ledger.internal.EntryStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import kg.tereze.ledger.CustomerCategory;
import kg.tereze.ledger.EntryKind;
import kg.tereze.ledger.HolderKind;
import kg.tereze.ledger.NewPayerAccount;
import kg.tereze.ledger.Posting;
import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.registry.HouseholdRoll;
import kg.tereze.shared.DemoData;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Som;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: every household of Karool has an account with its water enterprise, and every household of
 * Razzakov one with its waste enterprise. Most bring arrears from the paper notebooks as an opening
 * balance, and some have paid part of it since.
 */
@DemoData
@Order(400)
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final Municipalities municipalities;

	private final HouseholdRoll roll;

	private final BookStore books;

	private final AccountStore accounts;

	private final EntryStore entries;

	private final TransactionTemplate tx;


	private final Clock clock;

	DemoAccounts(Municipalities municipalities, HouseholdRoll roll, BookStore books, AccountStore accounts,
			EntryStore entries, TransactionTemplate tx, Clock clock) {
		this.municipalities = municipalities;
		this.roll = roll;
		this.books = books;
		this.accounts = accounts;
		this.entries = entries;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		fill("KAROOLSUU", 4171L);
		fill("TAZALYK", 4172L);
	}

	private void fill(String enterpriseCode, long seed) {
		Enterprise enterprise = municipalities.enterpriseByCode(enterpriseCode).orElse(null);
		if (enterprise == null) {
			return;
		}
		tx.executeWithoutResult(status -> {
			var book = books.lockForClosing(books.ensure(enterprise.municipalityId(), enterprise.id()).id());
			if (accounts.anyIn(book.id())) {
				return;
			}
			LocalDate today = LocalDate.now(clock.withZone(Formats.BISHKEK));
			LocalDate opened = today.withDayOfMonth(1).minusMonths(6);
			SplittableRandom random = new SplittableRandom(seed);
			List<HouseholdRoll.Line> households = roll.on(enterprise.municipalityId(), today);
			for (HouseholdRoll.Line h : households) {
				long id = accounts.insert(book.id(), enterprise.municipalityId(),
						new NewPayerAccount(enterprise.id(), HolderKind.HOUSEHOLD, CustomerCategory.HOUSEHOLD,
								h.householdId(), null, h.headName(), h.villageId(), h.address(), null, opened),
						clock.instant(), null);
				if (random.nextInt(10) < 6) {
					long arrears = (50 + random.nextInt(2_500)) * 100L;
					LocalDate due = opened.minusMonths(random.nextInt(12));
					entries.insert(book.id(), id, new Posting(EntryKind.OPENING_BALANCE, Som.ofTyiyn(arrears), opened, due,
							enterprise.kind().name(), null, "DEMO", "notebook", null), null, clock.instant(), null, "demo");
					if (random.nextInt(3) == 0) {
						long paid = Math.min(arrears, (20 + random.nextInt(1_500)) * 100L);
						entries.insert(book.id(), id, new Posting(EntryKind.PAYMENT, Som.ofTyiyn(-paid),
								opened.plusDays(random.nextInt(150)), null, null, null, "DEMO", null, null), null,
								clock.instant(), null, "demo");
					}
				}
			}
			log.info("Demo accounts of {}: {}", enterpriseCode, households.size());
		});
	}
}
