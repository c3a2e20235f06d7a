package kg.tereze.municipality.internal.demo;

import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.NewEnterprise;
import kg.tereze.municipality.Signatories;
import kg.tereze.shared.DemoData;
import kg.tereze.shared.LocalizedName;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Demo: Karool aiyl okmotu (Uzgen district) with its five villages and a water enterprise, and
 * Razzakov town (Leilek district) with Leilek Tazalyk. Runs on every start; adds only what is missing.
 */
@DemoData
@Order(100)
class DemoMunicipalities implements ApplicationRunner {

	static final String KAROOL = "41706255832000";

	static final String RAZZAKOV = "41705236610010";

	private final Municipalities municipalities;


	private final Signatories signatories;

	DemoMunicipalities(Municipalities municipalities, Signatories signatories) {
		this.municipalities = municipalities;
		this.signatories = signatories;
	}

	@Override
	public void run(ApplicationArguments args) {
		long karool = ensure(KAROOL, "KAR");
		long razzakov = ensure(RAZZAKOV, "RAZ");
		ensureEnterprise(karool, new NewEnterprise("KAROOLSUU",
				new LocalizedName("Кароол суу", "МП «Кароол Суу»", "Karool Suu"), Enterprise.Kind.WATER, false));
		ensureEnterprise(razzakov, new NewEnterprise("TAZALYK",
				new LocalizedName("Лейлек Тазалык", "МП «Лейлек Тазалык»", "Leilek Tazalyk"), Enterprise.Kind.WASTE, true));
		// invented people: the demo names no real official
		ensureSignatory(karool, "Токтосунов Марат Жолдошбекович", "Айыл өкмөтүнүн башчысы", "Глава айыл окмоту");
		ensureSignatory(razzakov, "Абдыкадыров Бакыт Сапарович", "Шаардын мэри", "Мэр города");
	}

	private void ensureSignatory(long municipalityId, String name, String positionKy, String positionRu) {
		if (signatories.current(municipalityId).isEmpty()) {
			signatories.appoint(municipalityId, name, positionKy, positionRu);
		}
	}

	private long ensure(String soate, String code) {
		return municipalities.findBySoate(soate).orElseGet(() -> municipalities.activate(soate, code)).id();
	}

	private void ensureEnterprise(long municipalityId, NewEnterprise enterprise) {
		if (municipalities.enterpriseByCode(enterprise.code()).isEmpty()) {
			municipalities.registerEnterprise(municipalityId, enterprise);
		}
	}
}
