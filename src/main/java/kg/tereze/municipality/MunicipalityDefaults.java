package kg.tereze.municipality;

import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * What a module gives every municipality to start with (certificate types, report categories, the
 * service catalog): installed when a municipality is activated, and at start-up for those activated
 * before the module or its defaults existed. A module extends this with its own store, and listens
 * for {@link MunicipalityActivated} in its own class, calling {@link #activated}: the event registry
 * names a listener by the class that declares it, so one inherited listener would be three with one name.
 */
public abstract class MunicipalityDefaults implements ApplicationRunner {

	private final Municipalities municipalities;

	protected MunicipalityDefaults(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	/** The municipalities that have the defaults already; at start-up only the others are given them. */
	protected abstract Set<Long> alreadyInstalled();

	/** Gives the defaults to these municipalities; must leave alone one that has them. */
	protected abstract void install(List<Long> municipalityIds);

	@Override
	public void run(ApplicationArguments args) {
		Set<Long> installed = alreadyInstalled();
		List<Long> missing = municipalities.all().stream().map(Municipality::id).filter(id -> !installed.contains(id)).toList();
		if (!missing.isEmpty()) {
			install(missing);
		}
	}

	protected void activated(MunicipalityActivated event) {
		install(List.of(event.municipalityId()));
	}
}
