package kg.tereze.appeals.internal;

import java.util.List;

/**
 * A report as filed, from any source. {@code submissionKey} (a web form's or an Open311 client's)
 * makes a second submission of the same form answer the first report.
 */
public record NewReport(String categoryCode, String description, Double latitude, Double longitude, Long villageId,
		String address, String reporterName, String reporterPhone, String reporterEmail, List<String> photos,
		Source source, Long threadId, String submissionKey) {
}
