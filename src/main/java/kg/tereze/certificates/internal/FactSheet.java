package kg.tereze.certificates.internal;

import java.util.List;
import java.util.Map;

/**
 * What the register said, in one print language, on the issue date: the placeholder values and the
 * tables. Stored with the certificate as JSON, so that it shows what it was issued from.
 */
public record FactSheet(Map<String, String> values, Map<String, Table> tables) {

	public record Table(List<String> headers, List<List<String>> rows) {
	}
}
