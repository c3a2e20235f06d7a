package kg.tereze.billing.internal;

import kg.tereze.billing.Basis;
import kg.tereze.shared.InvalidInputException;

/** A service as the accountant types it. */
public record NewService(String code, String nameKy, String nameRu, String nameEn, Basis basis) {

	public NewService {
		code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
		nameKy = strip(nameKy);
		nameRu = strip(nameRu);
		nameEn = strip(nameEn);
	}

	void validate() {
		if (code == null || !code.matches("[A-Z0-9_]{1,32}")) {
			throw new InvalidInputException("code", "billing.error.code");
		}
		name("nameKy", nameKy);
		name("nameRu", nameRu);
		if (nameEn != null && nameEn.length() > 120) {
			throw new InvalidInputException("nameEn", "billing.error.name");
		}
		if (basis == null) {
			throw new InvalidInputException("basis", "billing.error.basis");
		}
	}

	private static void name(String field, String value) {
		if (value == null || value.isEmpty() || value.length() > 120) {
			throw new InvalidInputException(field, "billing.error.name");
		}
	}

	private static String strip(String s) {
		return s == null ? null : s.strip();
	}
}
