package kg.tereze.appeals.internal;

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
 * Every municipality starts with the categories Karool's WhatsApp number heard most, each with a
 * deadline it can change: a flood in a day, no water in two, waste in three.
 */
@Component
@Order(150)
class DefaultCategories extends MunicipalityDefaults {

	private final CategoryStore store;

	DefaultCategories(CategoryStore store, Municipalities municipalities) {
		super(municipalities);
		this.store = store;
	}

	@Override
	protected Set<Long> alreadyInstalled() {
		return store.municipalitiesWithCategories();
	}

	@ApplicationModuleListener
	void on(MunicipalityActivated event) {
		activated(event);
	}

	@Override
	protected void install(List<Long> municipalityIds) {
		municipalityIds.forEach(this::install);
	}

	private void install(long municipalityId) {
		if (store.any(municipalityId)) {
			return;
		}
		store.insert(municipalityId, "flood", new LocalizedName("Суу ташкыны, сел", "Затопление, сель", "Flood, mudflow"), 24, null);
		store.insert(municipalityId, "no_water", new LocalizedName("Суу жок", "Нет воды", "No water"), 48, "ACCOUNTANT");
		store.insert(municipalityId, "waste", new LocalizedName("Таштанды чыгарылган жок", "Не вывезен мусор", "Waste not collected"), 72, null);
		store.insert(municipalityId, "road", new LocalizedName("Жол", "Дорога", "Road"), 240, null);
		store.insert(municipalityId, "street_light", new LocalizedName("Көчө жарыгы", "Уличное освещение", "Street light"), 120, null);
		store.insert(municipalityId, "other", new LocalizedName("Башка", "Другое", "Other"), 168, null);
	}
}
