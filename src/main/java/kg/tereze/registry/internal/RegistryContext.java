package kg.tereze.registry.internal;

import kg.tereze.registry.EventKind;
import kg.tereze.registry.HouseholdInfo;
import java.time.Clock;
import java.time.LocalDate;

import kg.tereze.audit.AuditTrail;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Village;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Component;

/** What the registry services share: the stores, the clock, the audit trail and the checks every command makes. */
@Component
public class RegistryContext {

	public final HouseholdStore households;

	public final PersonStore persons;

	public final Municipalities municipalities;

	public final AuditTrail audit;

	public final Clock clock;

	RegistryContext(HouseholdStore households, PersonStore persons, Municipalities municipalities, AuditTrail audit,
			Clock clock) {
		this.households = households;
		this.persons = persons;
		this.municipalities = municipalities;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(kg.tereze.shared.Formats.BISHKEK));
	}

	/** An effective date: given, not in the future, not before 1900. */
	public LocalDate effectiveDate(String field, LocalDate date) {
		if (date == null || date.isAfter(today()) || date.getYear() < 1900) {
			throw new InvalidInputException(field, date == null ? "registry.error.date" : "registry.error.dateFuture");
		}
		return date;
	}

	public HouseholdInfo household(Tenant tenant, long id) {
		return households.find(tenant.requireMunicipality(), id).orElseThrow(() -> new NotFoundException("household"));
	}

	public PersonStore.PersonRow person(Tenant tenant, long id) {
		return persons.find(tenant.requireMunicipality(), id).orElseThrow(() -> new NotFoundException("person"));
	}

	public Village village(Tenant tenant, Long villageId) {
		long m = tenant.requireMunicipality();
		return municipalities.villages(m).stream()
			.filter(v -> villageId != null && v.id() == villageId)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("villageId", "registry.error.village"));
	}

	/** A PIN may belong to one person of the municipality; the one already registered is named in the error. */
	public void checkPinFree(long m, String pin, Long exceptPersonId) {
		if (pin == null) {
			return;
		}
		persons.findByPin(m, pin).filter(p -> exceptPersonId == null || p.id() != exceptPersonId).ifPresent(p -> {
			throw new InvalidInputException("pin", "registry.error.pinTaken", p.data().fullName());
		});
	}

	public void event(Tenant t, Long householdId, Long personId, EventKind kind, LocalDate date, String details) {
		households.insertEvent(t.requireMunicipality(), householdId, personId, kind, date, details, t.username(),
				clock.instant());
	}
}
