package kg.tereze.ledger.internal;

import java.util.List;

import kg.tereze.ledger.Book;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Component;

/**
 * Which books a user works in. Enterprise staff see their enterprise's book only; municipality staff
 * see the municipality's own book and those of its enterprises (in a small aiyl okmotu one
 * accountant keeps them all).
 */
@Component
public class TenantBooks {

	private final BookStore books;

	private final Municipalities municipalities;

	TenantBooks(BookStore books, Municipalities municipalities) {
		this.books = books;
		this.municipalities = municipalities;
	}

	public List<Book> visible(Tenant t) {
		long m = t.requireMunicipality();
		if (t.enterpriseId() != null) {
			return List.of(books.ensure(m, t.enterpriseId()));
		}
		return books.ofMunicipality(m);
	}

	public List<Long> visibleIds(Tenant t) {
		return visible(t).stream().map(Book::id).toList();
	}

	public boolean sees(Tenant t, PayerAccount a) {
		return t.municipalityId() != null && a.municipalityId() == t.municipalityId()
				&& (t.enterpriseId() == null || t.enterpriseId().equals(a.enterpriseId()));
	}

	public Book require(Tenant t, long bookId) {
		if (t.municipalityId() == null) {
			throw new NotFoundException("book");
		}
		return books.find(t.municipalityId(), t.enterpriseId(), bookId).orElseThrow(() -> new NotFoundException("book"));
	}

	/** The book a new account goes into: the user's enterprise, or the one they name, or the municipality's own. */
	public Book forNewAccount(Tenant t, Long enterpriseId) {
		long m = t.requireMunicipality();
		if (t.enterpriseId() != null) {
			if (enterpriseId != null && !enterpriseId.equals(t.enterpriseId())) {
				throw new InvalidInputException("enterpriseId", "ledger.error.enterprise");
			}
			return books.ensure(m, t.enterpriseId());
		}
		if (enterpriseId != null && municipalities.enterprises(m).stream().map(Enterprise::id)
			.noneMatch(enterpriseId::equals)) {
			throw new InvalidInputException("enterpriseId", "ledger.error.enterprise");
		}
		return books.ensure(m, enterpriseId);
	}
}
