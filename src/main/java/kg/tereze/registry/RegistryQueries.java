package kg.tereze.registry;

import kg.tereze.registry.internal.RegistryContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kg.tereze.audit.AuditRecord;
import kg.tereze.municipality.Village;
import kg.tereze.registry.internal.PersonStore;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the book: household cards as of a date, person cards, search from one box. */
@Service
public class RegistryQueries {

	public static final int SEARCH_LIMIT = 50;

	/** A page, another order or an export looks at this many matches at most. */
	public static final int MAX_MATCHES = 1000;

	private final RegistryContext ctx;

	RegistryQueries(RegistryContext ctx) {
		this.ctx = ctx;
	}

	/** The household as it was on {@code asOf} (today when null). Viewing it is audited: it holds personal data. */
	@Transactional
	public HouseholdCard card(Tenant t, long householdId, LocalDate asOf) {
		long m = t.requireMunicipality();
		HouseholdInfo household = ctx.household(t, householdId);
		LocalDate date = asOf == null ? ctx.today() : asOf;
		Village village = ctx.village(t, household.villageId());
		List<LivestockCount> years = ctx.households.livestockYears(m, householdId, date);
		HouseholdCard card = new HouseholdCard(household, village, date, ctx.households.membersAsOf(m, householdId, date),
				ctx.households.landAsOf(m, householdId, date), years.isEmpty() ? null : years.get(0), years,
				ctx.households.historyUntil(m, householdId, date));
		ctx.audit.record(AuditRecord.viewed("household", householdId, m));
		return card;
	}

	@Transactional
	public PersonCard person(Tenant t, long personId) {
		long m = t.requireMunicipality();
		PersonStore.PersonRow row = ctx.person(t, personId);
		var membership = ctx.households.membershipOf(m, personId, ctx.today());
		ctx.audit.record(AuditRecord.viewed("person", personId, m));
		return new PersonCard(row.id(), row.data(), row.deathDate(), membership.map(ms -> ms.householdId()).orElse(null),
				membership.map(ms -> ms.relation()).orElse(null), ctx.households.historyOfPerson(m, personId));
	}

	/**
	 * The one living resident of the municipality with this phone number, compared by its last nine
	 * digits; empty when nobody or more than one person has it (a shared family phone links no one).
	 * Only the id leaves the register, for a module that links a conversation to its resident.
	 */
	public Optional<Long> livingByPhone(long municipalityId, String phone) {
		String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
		if (digits.length() < 9) {
			return Optional.empty();
		}
		List<Long> ids = ctx.persons.livingByPhoneTail(municipalityId, digits.substring(digits.length() - 9), 2);
		return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
	}

	/** A living person by PIN, for the modules that issue documents or bills from the book. */
	public Optional<PersonCard> findByPin(Tenant t, String pin) {
		long m = t.requireMunicipality();
		return ctx.persons.findByPin(m, pin == null ? "" : pin.trim()).map(row -> {
			var membership = ctx.households.membershipOf(m, row.id(), ctx.today());
			return new PersonCard(row.id(), row.data(), row.deathDate(), membership.map(ms -> ms.householdId()).orElse(null),
					membership.map(ms -> ms.relation()).orElse(null), List.of());
		});
	}

	/** A person by id with their household today, without history: for the modules that issue documents from the book. */
	public PersonCard resident(Tenant t, long personId) {
		long m = t.requireMunicipality();
		PersonStore.PersonRow row = ctx.person(t, personId);
		var membership = ctx.households.membershipOf(m, row.id(), ctx.today());
		return new PersonCard(row.id(), row.data(), row.deathDate(), membership.map(ms -> ms.householdId()).orElse(null),
				membership.map(ms -> ms.relation()).orElse(null), List.of());
	}

	/**
	 * One box: digits are a PIN (or its beginning); anything else is a part of a name in Cyrillic or
	 * Latin, tolerant of one typo, and also an address (village, street, house, book number).
	 */
	public List<SearchHit> search(Tenant t, String query, Locale locale) {
		return search(t, query, locale, SEARCH_LIMIT);
	}

	/** A page of the matches in the order asked for; also what an export of the search writes (page 0, size MAX_MATCHES). */
	public SearchResult search(Tenant t, String query, Locale locale, SearchResult.Sort sort, int page, int size) {
		SearchResult.Sort order = sort == null ? SearchResult.Sort.RELEVANCE : sort;
		List<SearchHit> all = new ArrayList<>(search(t, query, locale, MAX_MATCHES));
		Comparator<SearchHit> byName = Comparator.comparing(SearchHit::fullName, Comparator.nullsLast(Comparator.naturalOrder()));
		switch (order) {
			case NAME -> all.sort(byName);
			case BIRTH_DATE -> all.sort(Comparator.comparing(SearchHit::birthDate).thenComparing(byName));
			case VILLAGE -> all.sort(Comparator.comparing(SearchHit::village, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byName));
			default -> {
			}
		}
		int from = Math.min(page * size, all.size());
		return new SearchResult(all.subList(from, Math.min(from + size, all.size())), all.size(), all.size() >= MAX_MATCHES,
				page, size, order);
	}

	private List<SearchHit> search(Tenant t, String query, Locale locale, int limit) {
		long m = t.requireMunicipality();
		String q = query == null ? "" : query.trim();
		if (q.length() < 2 || q.length() > 100) {
			return List.of();
		}
		LocalDate today = ctx.today();
		List<PersonStore.Hit> hits = new ArrayList<>();
		String digits = q.replaceAll("\\s", "");
		String key = SearchKey.of(q);
		if (digits.matches("\\d+")) {
			// digits are a PIN, or its beginning; a short number may also be a house or book number
			if (digits.length() >= 4 && digits.length() <= 14) {
				hits.addAll(ctx.persons.searchByPin(m, digits, today, limit));
			}
			if (digits.length() < 14 && hits.size() < limit) {
				hits.addAll(ctx.persons.searchByAddress(m, key, today, limit - hits.size()));
			}
		}
		else if (key.length() >= 2) {
			hits.addAll(ctx.persons.searchByName(m, key, today, limit));
			if (hits.size() < limit) {
				hits.addAll(ctx.persons.searchByAddress(m, key, today, limit - hits.size()));
			}
		}
		Map<Long, String> villages = new LinkedHashMap<>();
		ctx.municipalities.villages(m).forEach(v -> villages.put(v.id(), v.name().in(locale)));
		Map<Long, SearchHit> unique = new LinkedHashMap<>();
		for (PersonStore.Hit h : hits) {
			unique.putIfAbsent(h.personId(), new SearchHit(h.personId(), h.pin(), h.fullName(), h.birthDate(), h.deathDate(),
					h.householdId(), h.bookNumber(), h.villageId() == null ? null : villages.get(h.villageId()), h.address(),
					h.relation() == null ? null : Relation.valueOf(h.relation())));
		}
		return unique.values().stream().limit(limit).toList();
	}
}
