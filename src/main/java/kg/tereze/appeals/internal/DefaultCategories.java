package kg.tereze.appeals.internal;

import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;
import kg.tereze.municipality.MunicipalityActivated;
import kg.tereze.shared.LocalizedName;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every municipality starts with the categories Karool's WhatsApp number heard most, each with a
 * deadline it can change: a flood in a day, no water in two, waste in three.
 */
@Component
@Order(150)
class DefaultCategories implements ApplicationRunner {

	private final CategoryStore store;

	private final Municipalities municipalities;

	DefaultCategories(CategoryStore store, Municipalities municipalities) {
		this.store = store;
		this.municipalities = municipalities;
	}

	@Override
	public void run(ApplicationArguments args) {
		var installed = store.municipalitiesWithCategories();
		municipalities.all().stream().map(Municipality::id).filter(id -> !installed.contains(id)).forEach(this::install);
	}

	@ApplicationModuleListener
	void on(MunicipalityActivated activated) {
		install(activated.municipalityId());
	}

	void install(long municipalityId) {
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
