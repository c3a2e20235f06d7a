package kg.tereze.billing.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import kg.tereze.municipality.Municipalities;

import org.springframework.stereotype.Component;

/** Village names of a municipality, for totals and notices by village. */
@Component
class VillageNames {

	private final Municipalities municipalities;

	VillageNames(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	/** Village names of the municipality by id, for totals by village. */
	Map<Long, String> villages(long municipalityId, Locale locale) {
		Map<Long, String> names = new LinkedHashMap<>();
		municipalities.villages(municipalityId).forEach(v -> names.put(v.id(), v.name().in(locale)));
		return names;
	}
}
