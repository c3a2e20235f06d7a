package kg.tereze.registry.internal;

import java.util.List;

/**
 * What an import found (dry run) or did. {@code problems} lists at most {@link #MAX_LISTED} of
 * {@code problemCount}; a household with one bad row is not imported at all.
 */
public record ImportReport(String fileName, int rows, int households, int persons, int householdsAlreadyInBook,
		int invalidHouseholds, int problemCount, List<Problem> problems, boolean dryRun, boolean imported,
		boolean fileAlreadyImported) {

	public static final int MAX_LISTED = 1000;

	/** A bad row: its number in the spreadsheet, the column and the reason in the user's language. */
	public record Problem(int row, String column, String reason) {
	}

	public boolean clean() {
		return problemCount == 0;
	}
}
