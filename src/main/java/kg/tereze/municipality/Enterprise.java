package kg.tereze.municipality;

import kg.tereze.shared.LocalizedName;

/** A municipal enterprise (water, waste, ...). Its staff see only its own accounts. */
public record Enterprise(long id, long municipalityId, String code, LocalizedName name, Kind kind,
		boolean servesWholeDistrict) {

	public enum Kind { WATER, WASTE, HEATING, OTHER }
}
