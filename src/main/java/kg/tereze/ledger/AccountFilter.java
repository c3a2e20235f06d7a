package kg.tereze.ledger;

/**
 * How a list of accounts is narrowed and ordered. {@code text} is a number (or its start) or part of
 * the holder's name or address, in Cyrillic or Latin; {@code minDebt} keeps accounts that owe at least
 * that much (in tyiyn).
 */
public record AccountFilter(String text, Long enterpriseId, Long villageId, Long minDebt, Sort sort) {

	public enum Sort { NUMBER, NAME, DEBT }

	public Sort sortOrDefault() {
		return sort == null ? Sort.NUMBER : sort;
	}
}
