package kg.tereze.ledger;

import java.time.LocalDate;

import kg.tereze.shared.InvalidInputException;

/**
 * What opening an account needs. {@code enterpriseId} names the book (null: the municipality's own);
 * a household or person account names the register entry it belongs to.
 */
public record NewPayerAccount(Long enterpriseId, HolderKind holderKind, CustomerCategory category, Long householdId,
		Long personId, String holderName, Long villageId, String address, String phone, LocalDate openedOn) {

	public NewPayerAccount {
		holderName = trim(holderName);
		address = trim(address);
		phone = trim(phone);
	}

	public void validate() {
		if (holderKind == null) {
			throw new InvalidInputException("holderKind", "ledger.error.holderKind");
		}
		if (category == null) {
			throw new InvalidInputException("category", "ledger.error.category");
		}
		if (holderName == null) {
			throw new InvalidInputException("holderName", "ledger.error.holderName");
		}
		if (holderName.length() > 200) {
			throw new InvalidInputException("holderName", "ledger.error.tooLong", 200);
		}
		if (address != null && address.length() > 300) {
			throw new InvalidInputException("address", "ledger.error.tooLong", 300);
		}
		if (phone != null && !phone.matches("\\+?[0-9 ()-]{6,20}")) {
			throw new InvalidInputException("phone", "ledger.error.phone");
		}
		if (openedOn == null) {
			throw new InvalidInputException("openedOn", "ledger.error.date");
		}
		if (holderKind == HolderKind.HOUSEHOLD && householdId == null && personId != null) {
			throw new InvalidInputException("householdId", "ledger.error.household");
		}
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
