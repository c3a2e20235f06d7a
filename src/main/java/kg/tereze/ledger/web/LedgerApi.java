package kg.tereze.ledger.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.ledger.AccountFilter;
import kg.tereze.ledger.AccountRow;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Arrears;
import kg.tereze.ledger.Book;
import kg.tereze.ledger.CustomerCategory;
import kg.tereze.ledger.Entry;
import kg.tereze.ledger.EntryKind;
import kg.tereze.ledger.HolderKind;
import kg.tereze.ledger.Ledger;
import kg.tereze.ledger.NewPayerAccount;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.ledger.Posted;
import kg.tereze.ledger.Posting;
import kg.tereze.ledger.Statement;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payer accounts, their entries and balances, and the closing of months. Amounts are in som as text ("1234.50"). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Ledger", description = "Payer accounts, entries (never changed: reversed), balances, arrears, closed months")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'CONTROLLER', 'HEAD', 'AUDITOR')")
class LedgerApi {

	record NewAccountRequest(Long enterpriseId, HolderKind holderKind, CustomerCategory category, Long householdId,
			Long personId, String holderName, Long villageId, String address, String phone, LocalDate openedOn) {
	}

	record AccountView(String number, Long enterpriseId, HolderKind holderKind, CustomerCategory category,
			Long householdId, Long personId, String holderName, Long villageId, String address, String phone,
			LocalDate openedOn, String balance) {

		static AccountView of(PayerAccount a, Som balance) {
			return new AccountView(a.number().value(), a.enterpriseId(), a.holderKind(), a.category(), a.householdId(),
					a.personId(), a.holderName(), a.villageId(), a.address(), a.phone(), a.openedOn(), som(balance));
		}
	}

	record ArrearsView(String balance, String upTo30, String from31To90, String from91To180, String over180) {

		static ArrearsView of(Arrears a) {
			return new ArrearsView(som(a.balance()), som(a.upTo30()), som(a.from31To90()), som(a.from91To180()),
					som(a.over180()));
		}
	}

	record AccountCard(AccountView account, ArrearsView arrears) {
	}

	record EntryRequest(EntryKind kind, String amount, LocalDate bookedOn, LocalDate dueOn, String serviceCode,
			String memo) {
	}

	record EntryView(long id, EntryKind kind, String amount, LocalDate bookedOn, LocalDate dueOn, String serviceCode,
			String memo, String source, String reference, Long reverses, Long reversedBy, Instant createdAt,
			String createdBy) {

		static EntryView of(Entry e) {
			return new EntryView(e.id(), e.kind(), som(e.amount()), e.bookedOn(), e.dueOn(), e.serviceCode(), e.memo(),
					e.source(), e.reference(), e.reversesId(), e.reversedById(), e.createdAt(), e.createdByName());
		}
	}

	record StatementView(String account, LocalDate from, LocalDate to, String openingBalance, List<EntryView> entries,
			String closingBalance, ArrearsView arrears) {
	}

	record Reversal(String reason) {
	}

	record Closing(String month) {
	}

	private final Accounts accounts;

	private final Ledger ledger;

	LedgerApi(Accounts accounts, Ledger ledger) {
		this.accounts = accounts;
		this.ledger = ledger;
	}

	@Operation(summary = "Accounts with balances: q (number or name/address), enterpriseId, villageId, minDebt (som), sort NUMBER|NAME|DEBT")
	@GetMapping("/accounts")
	ResultPage<AccountView> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long enterpriseId, @RequestParam(required = false) Long villageId,
			@RequestParam(required = false) String minDebt, @RequestParam(required = false) AccountFilter.Sort sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		AccountFilter f = new AccountFilter(q, enterpriseId, villageId, amountOrNull("minDebt", minDebt), sort);
		ResultPage<AccountRow> rows = accounts.page(CurrentTenant.require(), f, ResultPage.safePage(page),
				ResultPage.safeSize(size));
		return new ResultPage<>(rows.items().stream().map(r -> AccountView.of(r.account(), r.balance())).toList(),
				rows.total(), rows.page(), rows.size());
	}

	@Operation(summary = "Open an account in the municipality's book or an enterprise's (enterpriseId)")
	@PostMapping("/accounts")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	ResponseEntity<AccountView> open(@RequestBody NewAccountRequest r) {
		PayerAccount a = accounts.open(CurrentTenant.require(), new NewPayerAccount(r.enterpriseId(), r.holderKind(),
				r.category(), r.householdId(), r.personId(), r.holderName(), r.villageId(), r.address(), r.phone(),
				r.openedOn()));
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + a.number())).body(AccountView.of(a, Som.ZERO));
	}

	@Operation(summary = "The account, its balance and its arrears by age (0–30, 31–90, 91–180, over 180 days)")
	@GetMapping("/accounts/{number}")
	AccountCard get(@PathVariable String number) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		Arrears arrears = ledger.arrears(t, a);
		return new AccountCard(AccountView.of(a, arrears.balance()), ArrearsView.of(arrears));
	}

	@Operation(summary = "Entries booked from..to (inclusive, both optional) with the balance before and after")
	@GetMapping("/accounts/{number}/statement")
	StatementView statement(@PathVariable String number,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Tenant t = CurrentTenant.require();
		Statement s = ledger.statement(t, accounts.require(t, number), from, to);
		return new StatementView(s.account().number().value(), s.from(), s.to(), som(s.openingBalance()),
				s.entries().stream().map(EntryView::of).toList(), som(s.closingBalance()), ArrearsView.of(s.arrears()));
	}

	@Operation(summary = "Post a charge, an adjustment, an opening balance or a refund; the Idempotency-Key header makes a retry safe")
	@PostMapping("/accounts/{number}/entries")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	ResponseEntity<EntryView> post(@PathVariable String number, @RequestBody EntryRequest r,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Tenant t = CurrentTenant.require();
		PayerAccount a = accounts.require(t, number);
		if (r.kind() == EntryKind.PAYMENT) {
			throw new InvalidInputException("kind", "ledger.error.paymentByPost");
		}
		Posted p = ledger.post(t, a, new Posting(r.kind(), amount("amount", r.amount()), r.bookedOn(), r.dueOn(),
				r.serviceCode(), r.memo(), "MANUAL", null, null), key);
		return ResponseEntity.status(p.replayed() ? 200 : 201)
			.location(URI.create("/api/v1/accounts/" + a.number() + "/entries/" + p.entry().id()))
			.body(EntryView.of(p.entry()));
	}

	@GetMapping("/accounts/{number}/entries/{id}")
	EntryView entry(@PathVariable String number, @PathVariable long id) {
		Tenant t = CurrentTenant.require();
		return EntryView.of(ledger.entry(t, accounts.require(t, number), id));
	}

	@Operation(summary = "Reverse an entry with a reason: a new, opposite entry booked today")
	@PostMapping("/accounts/{number}/entries/{id}/reversal")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	ResponseEntity<EntryView> reverse(@PathVariable String number, @PathVariable long id, @RequestBody Reversal r,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Tenant t = CurrentTenant.require();
		Entry reversal = ledger.reverse(t, accounts.require(t, number), id, r.reason(), key);
		return ResponseEntity.status(201).body(EntryView.of(reversal));
	}

	@Operation(summary = "The books the user works in, and how far each is closed")
	@GetMapping("/ledger/books")
	List<Book> books() {
		return accounts.books(CurrentTenant.require());
	}

	@Operation(summary = "Close a book through the end of a month that is over (\"2026-10\")")
	@PostMapping("/ledger/books/{id}/closings")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	Book close(@PathVariable long id, @RequestBody Closing c) {
		return ledger.closeMonth(CurrentTenant.require(), id, month(c.month()));
	}

	/** A month as YYYY-MM, or null, which the ledger refuses naming the field once it has found the book. */
	static YearMonth month(String text) {
		return FormFields.month(text);
	}

	static Som amount(String field, String text) {
		return Som.parseInput(field, text, "ledger.error.amount");
	}

	static Long amountOrNull(String field, String text) {
		return text == null || text.isBlank() ? null : amount(field, text).tyiyn();
	}

	static String som(Som s) {
		return s.toBigDecimal().toPlainString();
	}
}
