package kg.tereze.ledger;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import kg.tereze.audit.AuditAction;
import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.ledger.internal.AccountStore;
import kg.tereze.ledger.internal.TenantBooks;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payer accounts: opened, found by number or holder, listed with balances. */
@Service
public class Accounts {

	public static final int EXPORT_LIMIT = 100_000;

	private final AccountStore store;

	private final TenantBooks books;

	private final AuditTrail audit;

	private final Clock clock;

	Accounts(AccountStore store, TenantBooks books, AuditTrail audit, Clock clock) {
		this.store = store;
		this.books = books;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public PayerAccount open(Tenant t, NewPayerAccount a) {
		a.validate();
		Book book = books.forNewAccount(t, a.enterpriseId());
		if (a.openedOn().isAfter(today())) {
			throw new InvalidInputException("openedOn", "ledger.error.future");
		}
		try {
			long id = store.insert(book.id(), book.municipalityId(), a, clock.instant(), t.userId());
			PayerAccount opened = store.find(book.municipalityId(), book.enterpriseId(), id).orElseThrow();
			audit.record(AuditRecord.created("payer_account", opened.number(), book.municipalityId(), opened));
			return opened;
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException(a.householdId() != null ? "householdId" : "personId",
					"ledger.error.alreadyHasAccount");
		}
	}

	/** The account with this number if the user may see it; a malformed number is an input error. */
	public PayerAccount require(Tenant t, String number) {
		AccountNumber parsed = AccountNumber.parse(number);
		return store.byNumber(parsed.value()).filter(a -> books.sees(t, a))
			.orElseThrow(() -> new NotFoundException("account"));
	}

	/**
	 * Refuses an account the user may not see, as "not found" (another municipality's account does not
	 * exist for them). Checks the account in hand; reads nothing.
	 */
	public void requireVisible(Tenant t, PayerAccount account) {
		if (account == null || !books.sees(t, account)) {
			throw new NotFoundException("account");
		}
	}

	public Optional<PayerAccount> find(Tenant t, long id) {
		return store.find(t.requireMunicipality(), t.enterpriseId(), id);
	}

	/** The ids of the books the user works in: the scope of every finder of what lives in a book. */
	public Long[] bookIds(Tenant t) {
		return books.visibleIds(t).toArray(Long[]::new);
	}

	/** The accounts the user sees among these, with their balances, by id; the others are left out. */
	public Map<Long, AccountRow> withBalances(Tenant t, Collection<Long> ids) {
		Map<Long, AccountRow> out = new HashMap<>();
		for (AccountRow r : store.withBalances(ids.toArray(Long[]::new))) {
			if (books.sees(t, r.account())) {
				out.put(r.account().id(), r);
			}
		}
		return out;
	}

	/** For a machine channel that is not a staff user: the account by number across the country. */
	/**
	 * Any account in the country by its number: for payment agents, whose payers may live anywhere.
	 * Inside a municipality use {@link #byNumber(long, AccountNumber)}.
	 */
	public Optional<PayerAccount> byNumber(AccountNumber number) {
		return store.byNumber(number.value());
	}

	/** The municipality's account by its number (a resident writing from the municipality's own channel). */
	public Optional<PayerAccount> byNumber(long municipalityId, AccountNumber number) {
		return store.byNumber(municipalityId, number.value());
	}

	/** The person's account in the municipality's own book, if they were ever charged there. */
	public Optional<PayerAccount> personAccount(Tenant t, long personId) {
		return books.visible(t).stream().filter(b -> b.enterpriseId() == null).findFirst()
			.flatMap(b -> store.byPerson(b.id(), personId)).filter(a -> books.sees(t, a));
	}

	/** The person's account in the municipality's own book, opened the first time they are charged. */
	@Transactional
	public PayerAccount ofPerson(Tenant t, long personId, String name, Long villageId, String address) {
		Book book = books.forNewAccount(t, null);
		return store.byPerson(book.id(), personId).orElseGet(() -> open(t, new NewPayerAccount(null, HolderKind.PERSON,
				CustomerCategory.HOUSEHOLD, null, personId, name, villageId, address, null, today())));
	}

	public ResultPage<AccountRow> page(Tenant t, AccountFilter f, int page, int size) {
		return store.page(books.visibleIds(t), f, page, size);
	}

	/** Everything the filter matches, for a spreadsheet; exporting payers' data is audited. */
	@Transactional
	public List<AccountRow> export(Tenant t, AccountFilter f) {
		List<AccountRow> rows = store.all(books.visibleIds(t), f, EXPORT_LIMIT);
		audit.record(new AuditRecord(AuditAction.EXPORT, "payer_account", "xlsx", t.requireMunicipality(), null, f));
		return rows;
	}

	public List<Book> books(Tenant t) {
		return books.visible(t);
	}

	/** Dates in the book are Bishkek dates, whatever zone the server runs in. */
	private java.time.LocalDate today() {
		return java.time.LocalDate.now(clock.withZone(Formats.BISHKEK));
	}
}
