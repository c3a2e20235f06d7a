package kg.tereze.registry.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.registry.internal.HouseholdBook;
import kg.tereze.registry.HouseholdCard;
import kg.tereze.registry.HouseholdInfo;
import kg.tereze.registry.LandPlot;
import kg.tereze.registry.LivestockCount;
import kg.tereze.registry.Member;
import kg.tereze.registry.internal.NewHousehold;
import kg.tereze.registry.internal.NewLandPlot;
import kg.tereze.registry.internal.NewMember;
import kg.tereze.registry.PersonCard;
import kg.tereze.registry.PersonData;
import kg.tereze.registry.RegistryQueries;
import kg.tereze.registry.Relation;
import kg.tereze.registry.internal.Residents;
import kg.tereze.registry.SearchHit;
import kg.tereze.registry.SearchResult;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.ResultPage;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "Household book", description = "Households, residents, land and livestock, with their history")
@PreAuthorize("hasAnyRole('REGISTRAR', 'CLERK', 'HEAD', 'AUDITOR')")
class RegistryApi {

	record Dated(LocalDate date, String note) {
	}

	record Marriage(LocalDate date, String newSurname) {
	}

	record HeadChange(Long personId, Relation formerHeadRelation, LocalDate date) {
	}

	private final HouseholdBook book;

	private final Residents residents;

	private final RegistryQueries queries;

	RegistryApi(HouseholdBook book, Residents residents, RegistryQueries queries) {
		this.book = book;
		this.residents = residents;
		this.queries = queries;
	}

	@Operation(summary = "One box: PIN, any part of a name (Cyrillic or Latin, one typo allowed) or an address")
	@GetMapping("/search")
	List<SearchHit> search(@RequestParam(required = false) String q, Locale locale) {
		return queries.search(CurrentTenant.require(), q, locale);
	}

	@Operation(summary = "The same search, paged and sorted (RELEVANCE, NAME, BIRTH_DATE, VILLAGE) over at most 1,000 matches")
	@GetMapping("/search/page")
	SearchResult searchPage(@RequestParam(required = false) String q, @RequestParam(required = false) SearchResult.Sort sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Locale locale) {
		return queries.search(CurrentTenant.require(), q, locale, sort, ResultPage.safePage(page), ResultPage.safeSize(size));
	}

	@Operation(summary = "A household as it was on a date (today by default)")
	@GetMapping("/households/{id}")
	HouseholdCard household(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return queries.card(CurrentTenant.require(), id, asOf);
	}

	@Operation(summary = "Enter a household in the book with its head")
	@PostMapping("/households")
	@PreAuthorize("hasRole('REGISTRAR')")
	ResponseEntity<HouseholdInfo> register(@RequestBody NewHousehold household) {
		HouseholdInfo created = book.register(CurrentTenant.require(), household);
		return ResponseEntity.created(URI.create("/api/v1/registry/households/" + created.id())).body(created);
	}

	@Operation(summary = "A new address or dwelling from registeredOn (the date of the change); the old one stays in the history")
	@PutMapping("/households/{id}/address")
	@PreAuthorize("hasRole('REGISTRAR')")
	HouseholdInfo changeAddress(@PathVariable long id, @RequestBody NewHousehold address) {
		return book.changeAddress(CurrentTenant.require(), id, address);
	}

	@Operation(summary = "A person joins the household: born, moved in (existingPersonId for a move inside the municipality) or registered")
	@PostMapping("/households/{id}/members")
	@PreAuthorize("hasRole('REGISTRAR')")
	ResponseEntity<Member> addMember(@PathVariable long id, @RequestBody NewMember member) {
		Member added = residents.addMember(CurrentTenant.require(), id, member);
		return ResponseEntity.created(URI.create("/api/v1/registry/persons/" + added.personId())).body(added);
	}

	@PostMapping("/households/{id}/head")
	@PreAuthorize("hasRole('REGISTRAR')")
	ResponseEntity<Void> changeHead(@PathVariable long id, @RequestBody HeadChange change) {
		book.changeHead(CurrentTenant.require(), id, change.personId() == null ? -1 : change.personId(),
				change.formerHeadRelation(), change.date());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/households/{id}/land")
	@PreAuthorize("hasRole('REGISTRAR')")
	ResponseEntity<LandPlot> addLand(@PathVariable long id, @RequestBody NewLandPlot plot) {
		return ResponseEntity.status(201).body(book.addLand(CurrentTenant.require(), id, plot));
	}

	@PostMapping("/households/{id}/land/{plotId}/end")
	@PreAuthorize("hasRole('REGISTRAR')")
	ResponseEntity<Void> endLand(@PathVariable long id, @PathVariable long plotId, @RequestBody Dated end) {
		book.removeLand(CurrentTenant.require(), id, plotId, end.date());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/households/{id}/livestock")
	@PreAuthorize("hasRole('REGISTRAR')")
	ResponseEntity<Void> countLivestock(@PathVariable long id, @RequestBody LivestockCount count) {
		book.countLivestock(CurrentTenant.require(), id, count);
		return ResponseEntity.status(201).build();
	}

	@GetMapping("/persons/{id}")
	PersonCard person(@PathVariable long id) {
		return queries.person(CurrentTenant.require(), id);
	}

	@Operation(summary = "Correct what was recorded of a person; the old values stay in the history")
	@PutMapping("/persons/{id}")
	@PreAuthorize("hasRole('REGISTRAR')")
	PersonData correct(@PathVariable long id, @RequestBody PersonData person) {
		return residents.correct(CurrentTenant.require(), id, person);
	}

	@PostMapping("/persons/{id}/move-out")
	@PreAuthorize("hasRole('REGISTRAR')")
	ResponseEntity<Void> moveOut(@PathVariable long id, @RequestBody Dated move) {
		residents.moveOut(CurrentTenant.require(), id, move.date(), move.note());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/persons/{id}/death")
	@PreAuthorize("hasRole('REGISTRAR')")
	ResponseEntity<Void> death(@PathVariable long id, @RequestBody Dated death) {
		residents.recordDeath(CurrentTenant.require(), id, death.date());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/persons/{id}/marriage")
	@PreAuthorize("hasRole('REGISTRAR')")
	ResponseEntity<Void> marriage(@PathVariable long id, @RequestBody Marriage marriage) {
		residents.recordMarriage(CurrentTenant.require(), id, marriage.date(), marriage.newSurname());
		return ResponseEntity.noContent().build();
	}
}
