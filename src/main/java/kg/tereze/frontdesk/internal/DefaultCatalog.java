package kg.tereze.frontdesk.internal;

import java.util.List;
import java.util.Set;

import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.MunicipalityActivated;
import kg.tereze.municipality.MunicipalityDefaults;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.Som;

import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every municipality's window opens with the built-in certificates and the applications a rural
 * municipality takes most often, each with its documents and deadline; the head edits them.
 */
@Component
@Order(160)
class DefaultCatalog extends MunicipalityDefaults {

	private static final String ID_DOCUMENT_KY = "Паспорт (ID-карта)";

	private static final String ID_DOCUMENT_RU = "Паспорт (ID-карта)";

	static final List<NewDeskService> SERVICES = List.of(
			certificate("residence", "RESIDENCE", "Жашаган жери жөнүндө маалымкат", "Справка с места жительства",
					"Certificate of residence"),
			certificate("family_composition", "FAMILY_COMPOSITION", "Үй-бүлө курамы жөнүндө маалымкат",
					"Справка о составе семьи", "Certificate of family composition"),
			certificate("land_plot", "LAND_PLOT", "Жер тилкеси жөнүндө маалымкат", "Справка о земельном участке",
					"Certificate of land plot holding"),
			certificate("livestock", "LIVESTOCK", "Мал жөнүндө маалымкат", "Справка о наличии скота",
					"Certificate of livestock holding"),
			certificate("social_assistance", "SOCIAL_ASSISTANCE", "Социалдык жардам үчүн үй чарбанын курамы жөнүндө маалымкат",
					"Справка о составе хозяйства для назначения социальной помощи", "Household composition for social assistance"),
			application("household_book_change", "Чарба китебине өзгөртүү киргизүү", "Внесение изменений в похозяйственную книгу",
					"Change to the household book", ID_DOCUMENT_KY + "; өзгөртүүнү тастыктаган документ",
					ID_DOCUMENT_RU + "; документ, подтверждающий изменение", 0, 5, "REGISTRAR"),
			application("address_assignment", "Дарек ыйгаруу", "Присвоение адреса", "Address assignment",
					ID_DOCUMENT_KY + "; жер тилкесине укук берүүчү документ", ID_DOCUMENT_RU + "; правоустанавливающий документ на участок",
					0, 10, "REGISTRAR"),
			application("building_permit", "Курулушка уруксат берүү", "Разрешение на строительство", "Construction permit",
					ID_DOCUMENT_KY + "; жер тилкесине укук берүүчү документ; курулуштун долбоору",
					ID_DOCUMENT_RU + "; правоустанавливающий документ на участок; проект строительства", 50_000, 15, "HEAD"),
			application("land_plot_allotment", "Жер тилкесин бөлүп берүү", "Предоставление земельного участка", "Land plot allotment",
					ID_DOCUMENT_KY + "; үй-бүлө курамы жөнүндө маалымкат; арыз", ID_DOCUMENT_RU + "; справка о составе семьи; заявление",
					0, 30, "HEAD"));

	private final ServiceCatalogStore store;

	DefaultCatalog(ServiceCatalogStore store, Municipalities municipalities) {
		super(municipalities);
		this.store = store;
	}

	@Override
	protected Set<Long> alreadyInstalled() {
		return store.municipalitiesWithCatalog();
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
		SERVICES.forEach(s -> store.insert(municipalityId, s.code(), s));
	}

	private static NewDeskService certificate(String code, String type, String ky, String ru, String en) {
		return new NewDeskService(code, new LocalizedName(ky, ru, en), ServiceKind.CERTIFICATE, type, ID_DOCUMENT_KY,
				ID_DOCUMENT_RU, Som.ZERO, 0, "CLERK", true);
	}

	private static NewDeskService application(String code, String ky, String ru, String en, String docsKy, String docsRu,
			long feeTyiyn, int days, String role) {
		return new NewDeskService(code, new LocalizedName(ky, ru, en), ServiceKind.APPLICATION, null, docsKy, docsRu,
				Som.ofTyiyn(feeTyiyn), days, role, true);
	}
}
