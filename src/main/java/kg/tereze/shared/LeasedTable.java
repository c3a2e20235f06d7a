package kg.tereze.shared;

import java.util.regex.Pattern;

/**
 * A table whose rows are work that one worker at a time may hold, declared by the module that owns
 * it. The table carries {@code lease_holder text} and {@code lease_until timestamptz}; {@link Leases}
 * is the only code that reads or writes them.
 *
 * @param table   the table
 * @param key     its key column
 * @param ready   SQL condition of a row that is work to do (may use {@code :now}), leases aside
 * @param order   SQL order in which ready rows are taken
 * @param onClaim SQL assignments made when a row is taken (may use {@code :now}), or empty
 */
public record LeasedTable(String table, String key, String ready, String order, String onClaim) {

	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

	public LeasedTable {
		if (!NAME.matcher(table).matches() || !NAME.matcher(key).matches()) {
			throw new IllegalArgumentException("a leased table is named by plain identifiers");
		}
		onClaim = onClaim == null ? "" : onClaim;
	}
}
