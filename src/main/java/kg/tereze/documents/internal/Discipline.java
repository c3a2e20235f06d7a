package kg.tereze.documents.internal;

/**
 * How an executor kept their deadlines as the responsible one, over a period: documents given,
 * answered on time, answered late, open past their deadline now, still in time, and the median days
 * from the resolution to the report.
 */
public record Discipline(long executorId, String executorName, long given, long onTime, long late, long overdueNow,
		long inTime, Double medianDays) {

	/** The share answered on time of those answered or due, in percent; null when there is none yet. */
	public Integer onTimePercent() {
		long due = onTime + late + overdueNow;
		return due == 0 ? null : (int) Math.round(100.0 * onTime / due);
	}
}
