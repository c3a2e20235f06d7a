package kg.tereze.shared;

import java.sql.SQLException;

/**
 * Database errors told apart by their SQLSTATE, never by message text (which changes with the
 * server's language and version). Tereze's own triggers raise codes of class {@code TZ}.
 */
public final class SqlStates {

	/** A ledger entry dated in a closed month (the ledger's trigger). */
	public static final String LEDGER_PERIOD_CLOSED = "TZ001";

	public static final String UNIQUE_VIOLATION = "23505";

	private SqlStates() {
	}

	/** The SQLSTATE of the first SQL exception in the chain of causes, or null. */
	public static String of(Throwable e) {
		for (Throwable c = e; c != null; c = c.getCause()) {
			if (c instanceof SQLException s && s.getSQLState() != null) {
				return s.getSQLState();
			}
		}
		return null;
	}

	public static boolean is(Throwable e, String state) {
		return state.equals(of(e));
	}
}
