package kg.tereze.municipality;

import kg.tereze.shared.LocalizedName;

/** A unit of the state classifier. Only aiyl aimaks and towns can become municipalities. */
public record SoateUnit(String code, String level, String parentCode, LocalizedName name, String shortRu,
		String districtCode, String formerNameRu) {

	public boolean canBeMunicipality() {
		return switch (level) {
			case "aiyl_aimak", "city_district_significance", "city_oblast_significance", "city_republican",
					"urban_settlement" -> true;
			default -> false;
		};
	}

	public boolean isTown() {
		return level.startsWith("city_") || "urban_settlement".equals(level);
	}
}
