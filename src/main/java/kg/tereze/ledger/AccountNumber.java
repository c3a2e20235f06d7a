package kg.tereze.ledger;

import kg.tereze.shared.InvalidInputException;

/**
 * A payer's account number as people type it at a desk or a terminal: seven digits and a Luhn check
 * digit. The check digit turns a mistyped digit or two swapped digits into "wrong number" instead
 * of a payment to somebody else's account.
 */
public record AccountNumber(String value) {

	public AccountNumber {
		if (!wellFormed(value)) {
			throw new InvalidInputException("account", "ledger.error.accountFormat");
		}
	}

	/** The number for the n-th account of the country (n from the database sequence). */
	public static AccountNumber of(long sequence) {
		if (sequence < 1_000_000 || sequence > 9_999_999) {
			throw new IllegalArgumentException("account sequence out of range: " + sequence);
		}
		String body = Long.toString(sequence);
		return new AccountNumber(body + checkDigit(body));
	}

	/** Spaces and dashes that people put in are ignored. */
	public static AccountNumber parse(String text) {
		return new AccountNumber(text == null ? null : text.replaceAll("[\\s-]", ""));
	}

	public static boolean wellFormed(String text) {
		if (text == null || !text.matches("[0-9]{8}")) {
			return false;
		}
		return checkDigit(text.substring(0, 7)) == text.charAt(7) - '0';
	}

	static int checkDigit(String body) {
		int sum = 0;
		boolean twice = true;
		for (int i = body.length() - 1; i >= 0; i--) {
			int d = body.charAt(i) - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return (10 - sum % 10) % 10;
	}

	@Override
	public String toString() {
		return value;
	}
}
