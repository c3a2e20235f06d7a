package kg.tereze.certificates.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.MunicipalityActivated;
import kg.tereze.municipality.MunicipalityDefaults;

import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every municipality can issue the built-in certificates from its first day: they are added when it is
 * activated, and at start-up to municipalities activated before a new built-in type existed.
 */
@Component
@Order(150)
class BuiltInTypesInstaller extends MunicipalityDefaults {

	private final CertificateTypeStore store;

	private final Clock clock;

	BuiltInTypesInstaller(CertificateTypeStore store, Municipalities municipalities, Clock clock) {
		super(municipalities);
		this.store = store;
		this.clock = clock;
	}

	/** None: a new built-in type must reach municipalities that have the older ones, and adding skips what is there. */
	@Override
	protected Set<Long> alreadyInstalled() {
		return Set.of();
	}

	@ApplicationModuleListener
	void on(MunicipalityActivated event) {
		activated(event);
	}

	@Override
	protected void install(List<Long> municipalityIds) {
		store.addBuiltIns(municipalityIds, Timestamp.from(clock.instant()));
	}
}
