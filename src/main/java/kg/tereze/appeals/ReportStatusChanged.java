package kg.tereze.appeals;


/** A report moved on; published in the transaction that moved it. */
public record ReportStatusChanged(long municipalityId, String number, ReportStatus from, ReportStatus to) {
}
