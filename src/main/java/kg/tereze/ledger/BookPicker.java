package kg.tereze.ledger;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.tereze.ledger.internal.TenantBooks;
import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The book picker of every page that works in one book (billing, runs, notices, readings, routes,
 * reports, closing months): the books the user may switch between, each by the name people know it
 * by (its enterprise, or the municipality's own), and which one is shown.
 */
@Component
public class BookPicker {

	private final TenantBooks books;

	private final Municipalities municipalities;

	private final MessageSource messages;

	BookPicker(TenantBooks books, Municipalities municipalities, MessageSource messages) {
		this.books = books;
		this.municipalities = municipalities;
		this.messages = messages;
	}

	/**
	 * The book asked for, or else the first enterprise's (the municipality's own last), with the choice
	 * offered beside it: model attributes {@code book}, {@code bookName}, {@code books} and {@code bookNames}.
	 */
	public Book pick(Tenant t, Long bookId, Model model, Locale locale) {
		List<Book> visible = offer(t, model, locale);
		Book book = bookId != null
				? visible.stream().filter(b -> b.id() == bookId).findFirst().orElseThrow(() -> new NotFoundException("book"))
				: visible.stream().min(Comparator.comparing((Book b) -> b.enterpriseId() == null).thenComparing(Book::id))
					.orElseThrow(() -> new NotFoundException("book"));
		model.addAttribute("book", book);
		model.addAttribute("bookName", ((Map<?, ?>) model.getAttribute("bookNames")).get(book.id()));
		return book;
	}

	/** Only the choice: model attributes {@code books} and {@code bookNames}; answers the books. */
	public List<Book> offer(Tenant t, Model model, Locale locale) {
		List<Book> visible = books.visible(t);
		Map<Long, Enterprise> enterprises = municipalities.enterprises(t.requireMunicipality()).stream()
			.collect(Collectors.toMap(Enterprise::id, Function.identity()));
		Map<Long, String> names = new LinkedHashMap<>();
		for (Book b : visible) {
			names.put(b.id(), b.enterpriseId() == null ? messages.getMessage("ledger.account.book.own", null, locale)
					: enterprises.get(b.enterpriseId()).name().in(locale));
		}
		model.addAttribute("books", visible);
		model.addAttribute("bookNames", names);
		return visible;
	}
}
