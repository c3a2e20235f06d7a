package kg.tereze.municipality;

import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.LocalizedName;

/** What is needed to register an enterprise. */
public record NewEnterprise(String code, LocalizedName name, Enterprise.Kind kind, Boolean servesWholeDistrict) {

	public boolean wholeDistrict() {
		return Boolean.TRUE.equals(servesWholeDistrict);
	}

	void validate() {
		if (code == null || !code.matches("[A-Z0-9]{2,16}")) {
			throw new InvalidInputException("code", "municipality.enterprise.error.code");
		}
		if (name == null || blank(name.ky()) || blank(name.ru())) {
			throw new InvalidInputException("name", "municipality.enterprise.error.name");
		}
		if (kind == null) {
			throw new InvalidInputException("kind", "municipality.enterprise.error.kind");
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank() || s.length() > 200;
	}
}
