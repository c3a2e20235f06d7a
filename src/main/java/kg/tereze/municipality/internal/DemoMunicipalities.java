package kg.tereze.municipality.internal;

import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.NewEnterprise;
import kg.tereze.shared.DemoMode;
import kg.tereze.shared.LocalizedName;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo: Karool aiyl okmotu (Uzgen district) with its five villages and a water enterprise, and
 * Razzakov town (Leilek district) with Leilek Tazalyk. Runs on every start; adds only what is missing.
 */
@Component
@Order(100)
class DemoMunicipalities implements ApplicationRunner {

	static final String KAROOL = "41706255832000";

	static final String RAZZAKOV = "41705236610010";

	private final Municipalities municipalities;

	private final DemoMode demo;

	DemoMunicipalities(Municipalities municipalities, DemoMode demo) {
		this.municipalities = municipalities;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled()) {
			return;
		}
		long karool = ensure(KAROOL, "KAR");
		long razzakov = ensure(RAZZAKOV, "RAZ");
		ensureEnterprise(karool, new NewEnterprise("KAROOLSUU",
				new LocalizedName("Кароол суу", "МП «Кароол Суу»", "Karool Suu"), Enterprise.Kind.WATER, false));
		ensureEnterprise(razzakov, new NewEnterprise("TAZALYK",
				new LocalizedName("Лейлек Тазалык", "МП «Лейлек Тазалык»", "Leilek Tazalyk"), Enterprise.Kind.WASTE, true));
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
