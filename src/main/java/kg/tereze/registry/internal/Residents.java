package kg.tereze.registry.internal;

import kg.tereze.registry.EventKind;
import kg.tereze.registry.HouseholdInfo;
import kg.tereze.registry.Member;
import kg.tereze.registry.PersonData;
import kg.tereze.registry.Relation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import kg.tereze.audit.AuditRecord;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of the book and their life events: birth, moves, marriage, death, corrections. */
@Service
public class Residents {

	private static final Set<EventKind> WAYS_IN = EnumSet.of(EventKind.BORN, EventKind.MOVED_IN, EventKind.REGISTERED);

	private final RegistryContext ctx;

	Residents(RegistryContext ctx) {
		this.ctx = ctx;
	}

	@Transactional
	public Member addMember(Tenant t, long householdId, NewMember add) {
		long m = t.requireMunicipality();
		HouseholdInfo household = ctx.household(t, householdId);
		if (add == null || add.relation() == null || add.relation() == Relation.HEAD) {
			throw new InvalidInputException("relation", "registry.error.relation");
		}
		EventKind how = add.how() == null ? EventKind.REGISTERED : add.how();
		if (!WAYS_IN.contains(how)) {
			throw new InvalidInputException("how", "registry.error.how");
		}
		LocalDate date = ctx.effectiveDate("date", add.date());
		if (date.isBefore(household.registeredOn())) {
			throw new InvalidInputException("date", "registry.error.beforeHousehold");
		}
		long personId;
		if (add.existingPersonId() != null) {
			PersonStore.PersonRow person = ctx.person(t, add.existingPersonId());
			checkAlive(person, date);
			var current = ctx.households.membershipOf(m, person.id(), date);
			if (current.isPresent()) {
				if (current.get().householdId() == householdId) {
					throw new InvalidInputException("existingPersonId", "registry.error.alreadyMember");
				}
				leave(t, current.get(), date, household.bookNumber());
			}
			if (ctx.households.memberFrom(m, person.id(), date)) {
				throw new InvalidInputException("date", "registry.error.twoHouseholds");
			}
			personId = person.id();
		}
		else {
			PersonData person = PersonRules.check(add.person(), ctx.today());
			if (date.isBefore(person.birthDate())) {
				throw new InvalidInputException("date", "registry.error.beforeBirth");
			}
			if (how == EventKind.BORN && !date.equals(person.birthDate())) {
				throw new InvalidInputException("date", "registry.error.bornOn");
			}
			ctx.checkPinFree(m, person.pin(), null);
			personId = ctx.persons.insert(m, person, ctx.clock.instant());
		}
		ctx.households.openMembership(m, householdId, personId, add.relation(), date);
		ctx.event(t, householdId, personId, how, date, HouseholdBook.trim(add.from(), "from", 200));
		ctx.audit.record(AuditRecord.created("membership", personId, m,
				Map.of("household", householdId, "relation", add.relation(), "how", how, "date", date.toString())));
		return ctx.households.membersAsOf(m, householdId, date).stream().filter(x -> x.personId() == personId)
			.findFirst().orElseThrow();
	}

	@Transactional
	public void moveOut(Tenant t, long personId, LocalDate date, String destination) {
		long m = t.requireMunicipality();
		PersonStore.PersonRow person = ctx.person(t, personId);
		LocalDate on = ctx.effectiveDate("date", date);
		checkAlive(person, on);
		var membership = ctx.households.membershipOf(m, personId, on)
			.orElseThrow(() -> new InvalidInputException("personId", "registry.error.notMember"));
		if (membership.relation() == Relation.HEAD && ctx.households.membersAsOf(m, membership.householdId(), on).size() > 1) {
			throw new InvalidInputException("personId", "registry.error.headLeaving");
		}
		leave(t, membership, on, HouseholdBook.trim(destination, "destination", 200));
	}

	@Transactional
	public void recordDeath(Tenant t, long personId, LocalDate date) {
		long m = t.requireMunicipality();
		PersonStore.PersonRow person = ctx.person(t, personId);
		LocalDate on = ctx.effectiveDate("date", date);
		if (person.deathDate() != null) {
			throw new InvalidInputException("personId", "registry.error.alreadyDead");
		}
		if (on.isBefore(person.data().birthDate())) {
			throw new InvalidInputException("date", "registry.error.deathBeforeBirth");
		}
		var membership = ctx.households.membershipOf(m, personId, on);
		membership.ifPresent(ms -> ctx.households.closeMembership(ms.id(), on));
		ctx.persons.setDeathDate(m, personId, on);
		ctx.event(t, membership.map(HouseholdStore.Membership::householdId).orElse(null), personId, EventKind.DIED, on, null);
		ctx.audit.record(AuditRecord.updated("person", personId, m, Map.of("deathDate", "null"), Map.of("deathDate", on.toString())));
	}

	/** A marriage, with the new surname if the person takes one. */
	@Transactional
	public void recordMarriage(Tenant t, long personId, LocalDate date, String newSurname) {
		long m = t.requireMunicipality();
		PersonStore.PersonRow person = ctx.person(t, personId);
		LocalDate on = ctx.effectiveDate("date", date);
		checkAlive(person, on);
		if (on.isBefore(person.data().birthDate().plusYears(16))) {
			throw new InvalidInputException("date", "registry.error.marriageAge");
		}
		String surname = HouseholdBook.trim(newSurname, "newSurname", 100);
		Long household = ctx.households.membershipOf(m, personId, on).map(HouseholdStore.Membership::householdId).orElse(null);
		if (surname != null && !surname.equals(person.data().surname())) {
			PersonData d = person.data();
			ctx.persons.update(m, personId, new PersonData(d.pin(), surname, d.givenName(), d.patronymic(), d.birthDate(),
					d.sex(), d.citizenship(), d.idDocument(), d.phone()));
		}
		ctx.event(t, household, personId, EventKind.MARRIED, on,
				surname == null ? null : person.data().surname() + " → " + surname);
		ctx.audit.record(AuditRecord.updated("person", personId, m, person.data(), Map.of("married", on.toString(),
				"surname", surname == null ? person.data().surname() : surname)));
	}

	/** A correction of what was recorded (a misspelt name, a wrong document); the old values stay in the history. */
	@Transactional
	public PersonData correct(Tenant t, long personId, PersonData corrected) {
		long m = t.requireMunicipality();
		PersonStore.PersonRow person = ctx.person(t, personId);
		PersonData data = PersonRules.check(corrected, ctx.today());
		ctx.checkPinFree(m, data.pin(), personId);
		Map<String, String> changes = differences(person.data(), data);
		if (changes.isEmpty()) {
			return data;
		}
		ctx.persons.update(m, personId, data);
		Long household = ctx.households.membershipOf(m, personId, ctx.today()).map(HouseholdStore.Membership::householdId).orElse(null);
		ctx.event(t, household, personId, EventKind.PERSON_CORRECTED, ctx.today(), String.join("; ", changes.values()));
		ctx.audit.record(AuditRecord.updated("person", personId, m, person.data(), data));
		return data;
	}

	private void leave(Tenant t, HouseholdStore.Membership membership, LocalDate on, String destination) {
		if (on.isBefore(membership.since())) {
			throw new InvalidInputException("date", "registry.error.beforeMembership");
		}
		ctx.households.closeMembership(membership.id(), on);
		ctx.event(t, membership.householdId(), membership.personId(), EventKind.MOVED_OUT, on, destination);
		ctx.audit.record(AuditRecord.updated("membership", membership.id(), t.requireMunicipality(), null,
				Map.of("until", on.toString())));
	}

	private static void checkAlive(PersonStore.PersonRow person, LocalDate on) {
		if (person.deathDate() != null && !on.isBefore(person.deathDate())) {
			throw new InvalidInputException("personId", "registry.error.dead");
		}
	}

	private static Map<String, String> differences(PersonData a, PersonData b) {
		Map<String, String> out = new LinkedHashMap<>();
		put(out, "pin", a.pin(), b.pin());
		put(out, "surname", a.surname(), b.surname());
		put(out, "givenName", a.givenName(), b.givenName());
		put(out, "patronymic", a.patronymic(), b.patronymic());
		put(out, "birthDate", a.birthDate(), b.birthDate());
		put(out, "sex", a.sex(), b.sex());
		put(out, "citizenship", a.citizenship(), b.citizenship());
		put(out, "idDocument", a.idDocument(), b.idDocument());
		put(out, "phone", a.phone(), b.phone());
		return out;
	}

	private static void put(Map<String, String> out, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			out.put(field, field + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
		}
	}
}
