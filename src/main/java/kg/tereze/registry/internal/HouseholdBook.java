package kg.tereze.registry.internal;

import kg.tereze.registry.EventKind;
import kg.tereze.registry.HouseholdInfo;
import kg.tereze.registry.LandPlot;
import kg.tereze.registry.LivestockCount;
import kg.tereze.registry.PersonData;
import kg.tereze.registry.Relation;
import kg.tereze.registry.SearchKey;
import kg.tereze.registry.Tenure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import kg.tereze.audit.AuditRecord;
import kg.tereze.municipality.Village;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Households: entering them in the book, their land, livestock and head. */
@Service
public class HouseholdBook {

	private final RegistryContext ctx;

	HouseholdBook(RegistryContext ctx) {
		this.ctx = ctx;
	}

	@Transactional
	public HouseholdInfo register(Tenant t, NewHousehold h) {
		long m = t.requireMunicipality();
		if (h == null) {
			throw new InvalidInputException("household", "registry.error.household");
		}
		Village village = ctx.village(t, h.villageId());
		LocalDate date = ctx.effectiveDate("registeredOn", h.registeredOn());
		String book = trim(h.bookNumber(), "bookNumber", 20);
		if (book == null) {
			book = ctx.households.nextBookNumber(m);
		}
		else if (ctx.households.bookNumberTaken(m, book)) {
			throw new InvalidInputException("bookNumber", "registry.error.bookNumberTaken");
		}
		PersonData head = PersonRules.check(h.head(), ctx.today());
		if (date.isBefore(head.birthDate())) {
			throw new InvalidInputException("registeredOn", "registry.error.beforeBirth");
		}
		ctx.checkPinFree(m, head.pin(), null);
		long id = ctx.households.insert(m, book, village.id(), trim(h.street(), "street", 100), trim(h.house(), "house", 20),
				trim(h.apartment(), "apartment", 20), trim(h.dwelling(), "dwelling", 200), trim(h.buildings(), "buildings", 200),
				date, village.name().ru(), ctx.clock.instant());
		long personId = ctx.persons.insert(m, head, ctx.clock.instant());
		ctx.households.openMembership(m, id, personId, Relation.HEAD, date);
		ctx.event(t, id, personId, EventKind.REGISTERED, date, null);
		HouseholdInfo created = ctx.household(t, id);
		ctx.audit.record(AuditRecord.created("household", id, m, Map.of("household", created, "head", head)));
		return created;
	}

	/** A new address or dwelling from {@code date}; the old one stays in the history. */
	@Transactional
	public HouseholdInfo changeAddress(Tenant t, long householdId, NewHousehold address) {
		long m = t.requireMunicipality();
		HouseholdInfo before = ctx.household(t, householdId);
		if (address == null) {
			throw new InvalidInputException("household", "registry.error.household");
		}
		Village village = ctx.village(t, address.villageId());
		LocalDate date = ctx.effectiveDate("registeredOn", address.registeredOn());
		String street = trim(address.street(), "street", 100);
		String house = trim(address.house(), "house", 20);
		String apartment = trim(address.apartment(), "apartment", 20);
		ctx.households.updateAddress(m, householdId, village.id(), street, house, apartment,
				trim(address.dwelling(), "dwelling", 200), trim(address.buildings(), "buildings", 200),
				SearchKey.of(village.name().ru(), street, house, apartment, before.bookNumber()));
		HouseholdInfo after = ctx.household(t, householdId);
		ctx.event(t, householdId, null, EventKind.ADDRESS_CHANGED, date, before.address() + " → " + after.address());
		ctx.audit.record(AuditRecord.updated("household", householdId, m, before, after));
		return after;
	}

	@Transactional
	public LandPlot addLand(Tenant t, long householdId, NewLandPlot plot) {
		long m = t.requireMunicipality();
		ctx.household(t, householdId);
		if (plot == null || plot.kind() == null) {
			throw new InvalidInputException("kind", "registry.error.landKind");
		}
		if (plot.areaHa() == null || plot.areaHa().signum() <= 0 || plot.areaHa().compareTo(BigDecimal.valueOf(100_000)) >= 0
				|| plot.areaHa().scale() > 4) {
			throw new InvalidInputException("areaHa", "registry.error.area");
		}
		LocalDate from = ctx.effectiveDate("since", plot.since());
		long id = ctx.households.insertLand(m, householdId, trim(plot.cadastralNumber(), "cadastralNumber", 40),
				plot.areaHa(), plot.kind(), plot.tenure() == null ? Tenure.OWNED : plot.tenure(), from);
		ctx.event(t, householdId, null, EventKind.LAND_ADDED, from, plot.areaHa().toPlainString() + " ha " + plot.kind());
		ctx.audit.record(AuditRecord.created("land_plot", id, m, plot));
		return ctx.households.landAsOf(m, householdId, from).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
	}

	@Transactional
	public void removeLand(Tenant t, long householdId, long plotId, LocalDate date) {
		long m = t.requireMunicipality();
		ctx.household(t, householdId);
		LocalDate to = ctx.effectiveDate("date", date);
		if (ctx.households.closeLand(m, householdId, plotId, to) == 0) {
			throw new InvalidInputException("plotId", "registry.error.plot");
		}
		ctx.event(t, householdId, null, EventKind.LAND_REMOVED, to, "#" + plotId);
		ctx.audit.record(AuditRecord.updated("land_plot", plotId, m, null, Map.of("until", to.toString())));
	}

	@Transactional
	public void countLivestock(Tenant t, long householdId, LivestockCount count) {
		long m = t.requireMunicipality();
		ctx.household(t, householdId);
		if (count == null) {
			throw new InvalidInputException("year", "registry.error.year");
		}
		LocalDate on = ctx.effectiveDate("countedOn", count.countedOn());
		if (count.year() != on.getYear()) {
			throw new InvalidInputException("year", "registry.error.year");
		}
		for (var entry : Map.of("cattle", count.cattle(), "horses", count.horses(), "sheepGoats", count.sheepGoats(),
				"yaks", count.yaks(), "poultry", count.poultry()).entrySet()) {
			if (entry.getValue() < 0 || entry.getValue() > 100_000) {
				throw new InvalidInputException(entry.getKey(), "registry.error.count");
			}
		}
		ctx.households.insertLivestock(m, householdId, count, ctx.clock.instant());
		ctx.event(t, householdId, null, EventKind.LIVESTOCK_COUNTED, on, count.year() + ": " + count.total());
		ctx.audit.record(AuditRecord.created("livestock_count", householdId, m, count));
	}

	/** The new head takes over on {@code date}; the former head stays as {@code formerHeadRelation}. */
	@Transactional
	public void changeHead(Tenant t, long householdId, long newHeadPersonId, Relation formerHeadRelation, LocalDate date) {
		long m = t.requireMunicipality();
		ctx.household(t, householdId);
		LocalDate on = ctx.effectiveDate("date", date);
		var newHead = ctx.households.membershipOf(m, newHeadPersonId, on)
			.filter(ms -> ms.householdId() == householdId && ms.relation() != Relation.HEAD)
			.orElseThrow(() -> new InvalidInputException("personId", "registry.error.notMember"));
		var oldHead = ctx.households.membersAsOf(m, householdId, on).stream().filter(x -> x.relation() == Relation.HEAD).findFirst();
		if (oldHead.isPresent()) {
			if (formerHeadRelation == null || formerHeadRelation == Relation.HEAD) {
				throw new InvalidInputException("formerHeadRelation", "registry.error.relation");
			}
			reopen(m, householdId, oldHead.get().membershipId(), oldHead.get().personId(), formerHeadRelation, on);
		}
		reopen(m, householdId, newHead.id(), newHeadPersonId, Relation.HEAD, on);
		ctx.event(t, householdId, newHeadPersonId, EventKind.HEAD_CHANGED, on, null);
		ctx.audit.record(AuditRecord.updated("household.head", householdId, m,
				oldHead.map(h -> Map.of("head", h.personId())).orElse(null), Map.of("head", newHeadPersonId)));
	}

	private void reopen(long m, long householdId, long membershipId, long personId, Relation relation, LocalDate on) {
		ctx.households.closeMembership(membershipId, on);
		ctx.households.openMembership(m, householdId, personId, relation, on);
	}

	static String trim(String value, String field, int max) {
		String v = value == null ? "" : value.trim().replaceAll("\\s+", " ");
		if (v.length() > max) {
			throw new InvalidInputException(field, "registry.error.tooLong", max);
		}
		return v.isEmpty() ? null : v;
	}
}
