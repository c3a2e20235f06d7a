package kg.tereze.billing.internal;

import kg.tereze.billing.UtilityService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Book;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an enterprise bills for and at what price. A tariff is never rewritten: a new price is a new
 * tariff from its date, and the open one before it ends that day. Months already billed keep their
 * prices; a tariff cannot start inside one.
 */
@Service
public class Catalog {

	private final CatalogStore store;

	private final Accounts accounts;

	private final AuditTrail audit;

	private final Clock clock;

	Catalog(CatalogStore store, Accounts accounts, AuditTrail audit, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The book asked for, or the first enterprise book the user sees (the municipality's own last). */
	public Book book(Tenant t, Long bookId) {
		List<Book> books = accounts.books(t);
		if (bookId != null) {
			return books.stream().filter(b -> b.id() == bookId).findFirst().orElseThrow(() -> new NotFoundException("book"));
		}
		return books.stream().min(Comparator.comparing((Book b) -> b.enterpriseId() == null).thenComparing(Book::id))
			.orElseThrow(() -> new NotFoundException("book"));
	}

	public List<Book> books(Tenant t) {
		return accounts.books(t);
	}

	public List<UtilityService> services(Tenant t, long bookId) {
		return store.services(book(t, bookId).id());
	}

	public UtilityService service(Tenant t, long bookId, String code) {
		return store.service(book(t, bookId).id(), code).orElseThrow(() -> new NotFoundException("service"));
	}

	public List<Tariff> tariffs(Tenant t, long bookId) {
		return store.tariffsOfBook(book(t, bookId).id());
	}

	@Transactional
	public UtilityService addService(Tenant t, long bookId, NewService s) {
		Book book = book(t, bookId);
		if (s == null) {
			throw new InvalidInputException("code", "billing.error.code");
		}
		s.validate();
		long id = store.insert(book.id(), book.municipalityId(), s, clock.instant())
			.orElseThrow(() -> new InvalidInputException("code", "billing.error.codeTaken", s.code()));
		audit.record(AuditRecord.created("billing_service", id, book.municipalityId(),
				Map.of("code", s.code(), "basis", s.basis().name(), "nameRu", s.nameRu())));
		return store.service(book.id(), s.code()).orElseThrow();
	}

	@Transactional
	public Tariff addTariff(Tenant t, long bookId, String serviceCode, NewTariff n) {
		UtilityService service = service(t, bookId, serviceCode);
		if (n == null) {
			throw new InvalidInputException("price", "billing.error.price");
		}
		n.validate();
		store.lock(service.id());
		LocalDate unbilled = store.firstUnbilledDay(service.id()).orElse(null);
		if (unbilled != null && n.validFrom().isBefore(unbilled)) {
			throw new InvalidInputException("validFrom", "billing.error.billedMonth", Formats.date(unbilled));
		}
		List<Tariff> same = store.tariffs(service.id()).stream().filter(x -> x.category() == n.category()).toList();
		Tariff superseded = same.stream()
			.filter(x -> x.validTo() == null && x.validFrom().isBefore(n.validFrom()))
			.findFirst().orElse(null);
		for (Tariff x : same) {
			if (x != superseded && x.overlaps(n.validFrom(), n.validTo())) {
				throw new InvalidInputException("validFrom", "billing.error.overlap", Formats.date(x.validFrom()));
			}
		}
		if (superseded != null) {
			store.end(superseded.id(), n.validFrom());
		}
		long id = store.insertTariff(service.id(), n, clock.instant(), t.userId());
		audit.record(AuditRecord.created("billing_tariff", id, t.requireMunicipality(),
				Map.of("service", service.code(), "category", n.category().name(), "price", n.price().tyiyn(),
						"validFrom", n.validFrom().toString(), "validTo", String.valueOf(n.validTo()),
						"ends", superseded == null ? "" : String.valueOf(superseded.id()))));
		return store.tariffs(service.id()).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
	}
}
