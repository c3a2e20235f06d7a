package kg.tereze.certificates.internal;

import java.sql.Timestamp;
import java.time.Clock;

import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.MunicipalityActivated;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every municipality can issue the built-in certificates from its first day: they are added when it is
 * activated, and at start-up to municipalities activated before a new built-in type existed.
 */
@Component
@Order(150)
class BuiltInTypesInstaller implements ApplicationRunner {

	private final CertificateTypeStore store;

	private final Municipalities municipalities;

	private final Clock clock;

	BuiltInTypesInstaller(CertificateTypeStore store, Municipalities municipalities, Clock clock) {
		this.store = store;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(MunicipalityActivated activated) {
		store.addBuiltIns(java.util.List.of(activated.municipalityId()), Timestamp.from(clock.instant()));
	}

	@Override
	public void run(ApplicationArguments args) {
		store.addBuiltIns(municipalities.all().stream().map(m -> m.id()).toList(), Timestamp.from(clock.instant()));
	}
}
