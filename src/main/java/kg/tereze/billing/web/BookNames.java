package kg.tereze.billing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.tereze.ledger.Book;
import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The name a person knows a book by: its enterprise, or the municipality's own. */
@Component
class BookNames {

	private final Municipalities municipalities;

	private final MessageSource messages;

	BookNames(Municipalities municipalities, MessageSource messages) {
		this.municipalities = municipalities;
		this.messages = messages;
	}

	Map<Long, String> of(List<Book> books, long municipalityId, Locale locale) {
		Map<Long, Enterprise> enterprises = municipalities.enterprises(municipalityId).stream()
			.collect(Collectors.toMap(Enterprise::id, Function.identity()));
		Map<Long, String> names = new LinkedHashMap<>();
		for (Book b : books) {
			names.put(b.id(), b.enterpriseId() == null ? messages.getMessage("account.book.own", null, locale)
					: enterprises.get(b.enterpriseId()).name().in(locale));
		}
		return names;
	}

	/** Village names of the municipality by id, for totals by village. */
	Map<Long, String> villages(long municipalityId, Locale locale) {
		Map<Long, String> names = new LinkedHashMap<>();
		municipalities.villages(municipalityId).forEach(v -> names.put(v.id(), v.name().in(locale)));
		return names;
	}
}
