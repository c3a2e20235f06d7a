package kg.tereze.documents.internal;

import java.util.List;
import java.util.Set;

import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.MunicipalityActivated;
import kg.tereze.municipality.MunicipalityDefaults;
import kg.tereze.shared.LocalizedName;

import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every municipality starts with the four journals of an aiyl okmotu's office: incoming, outgoing,
 * the head's orders and citizens' appeals, the last answered within 14 working days (Law No. 67 of
 * 4 May 2007, Art. 8). The prefixes are examples the municipality replaces with its case indexes.
 */
@Component
@Order(160)
class DefaultJournals extends MunicipalityDefaults {

	/** Working days to answer a citizen's appeal; a bill of 2026 would make it 10, so it is the journal's setting. */
	static final int APPEAL_TERM = 14;

	private final JournalStore store;

	DefaultJournals(JournalStore store, Municipalities municipalities) {
		super(municipalities);
		this.store = store;
	}

	@Override
	protected Set<Long> alreadyInstalled() {
		return store.municipalitiesWithJournals();
	}

	@ApplicationModuleListener
	void on(MunicipalityActivated event) {
		activated(event);
	}

	@Override
	protected void install(List<Long> municipalityIds) {
		for (long m : municipalityIds) {
			store.insert(m, JournalKind.INCOMING, "IN", new LocalizedName("Кирүүчү каттар", "Входящие", "Incoming"), "01-12", null);
			store.insert(m, JournalKind.OUTGOING, "OUT", new LocalizedName("Чыгуучу каттар", "Исходящие", "Outgoing"), "01-13", null);
			store.insert(m, JournalKind.ORDER, "ORDER", new LocalizedName("Башчынын буйруктары", "Распоряжения главы", "Head's orders"),
					"01-04", null);
			store.insert(m, JournalKind.APPEAL, "APPEAL",
					new LocalizedName("Жарандардын кайрылуулары", "Обращения граждан", "Citizens' appeals"), "01-15", APPEAL_TERM);
		}
	}
}
