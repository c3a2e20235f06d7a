package kg.tereze.shared;

/**
 * The lease ran out and another worker holds the work now: whatever this worker was about to commit
 * is rolled back, so that the work is done once.
 */
public class LeaseLostException extends RuntimeException {

	public LeaseLostException(LeasedTable table, Object keys) {
		super("lease on " + table.table() + " " + keys + " was taken over", null, false, false);
	}
}
