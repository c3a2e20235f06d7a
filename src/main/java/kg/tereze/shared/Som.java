package kg.tereze.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in Kyrgyz som, held as a whole number of tyiyn (100 tyiyn = 1 som). Never a float. */
public record Som(long tyiyn) implements Comparable<Som> {

	public static final Som ZERO = new Som(0);

	public static Som ofTyiyn(long tyiyn) {
		return new Som(tyiyn);
	}

	public static Som of(long som) {
		return new Som(Math.multiplyExact(som, 100L));
	}

	/** Parses "1234.50", "1 234,50" or "1234"; more than two decimals is an error, not a rounding. */
	public static Som parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("empty amount");
		}
		String normal = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace(',', '.');
		BigDecimal value = new BigDecimal(normal);
		if (value.scale() > 2) {
			throw new IllegalArgumentException("more than two decimals");
		}
		return new Som(value.movePointRight(2).longValueExact());
	}

	/** As {@link #parse}, for a field someone typed: anything unreadable is their error on that field. */
	public static Som parseInput(String field, String text, String messageKey) {
		try {
			return parse(text);
		}
		catch (IllegalArgumentException | ArithmeticException e) {
			throw new InvalidInputException(field, messageKey);
		}
	}

	/** As {@link #parse}, or null when unreadable: for a service that refuses it itself, after finding its record. */
	public static Som parseOrNull(String text) {
		try {
			return parse(text);
		}
		catch (IllegalArgumentException | ArithmeticException e) {
			return null;
		}
	}

	public Som plus(Som other) {
		return new Som(Math.addExact(tyiyn, other.tyiyn));
	}

	public Som minus(Som other) {
		return new Som(Math.subtractExact(tyiyn, other.tyiyn));
	}

	public Som negate() {
		return new Som(Math.negateExact(tyiyn));
	}

	public boolean isNegative() {
		return tyiyn < 0;
	}

	public BigDecimal toBigDecimal() {
		return BigDecimal.valueOf(tyiyn, 2).setScale(2, RoundingMode.UNNECESSARY);
	}

	@Override
	public int compareTo(Som other) {
		return Long.compare(tyiyn, other.tyiyn);
	}

	/** As people write it in Kyrgyzstan: {@code 1 234,50 сом}. */
	@Override
	public String toString() {
		return Formats.money(this);
	}
}
