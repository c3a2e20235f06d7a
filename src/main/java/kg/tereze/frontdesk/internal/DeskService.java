package kg.tereze.frontdesk.internal;

import java.util.Locale;

import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.Som;

/**
 * A service in the municipality's catalog: what to bring, what it costs, how many working days it
 * takes and which role answers for it. A certificate service names its certificate type, whose fee
 * the certificates module keeps.
 */
public record DeskService(long id, long municipalityId, String code, LocalizedName name, ServiceKind kind,
		String certificateType, String documentsKy, String documentsRu, Som fee, int deadlineDays, String responsibleRole,
		boolean active) {

	public String documents(Locale locale) {
		return locale != null && "ru".equals(locale.getLanguage()) && !documentsRu.isBlank() ? documentsRu : documentsKy;
	}

	public boolean instant() {
		return kind == ServiceKind.CERTIFICATE;
	}
}
