package kg.tereze.frontdesk.internal;

import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.Som;

/** A catalog entry as typed by the head. */
public record NewDeskService(String code, LocalizedName name, ServiceKind kind, String certificateType,
		String documentsKy, String documentsRu, Som fee, Integer deadlineDays, String responsibleRole, boolean active) {
}
