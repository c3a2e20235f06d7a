package kg.tereze.frontdesk.internal;

/**
 * An application as the clerk types it. The applicant is found in the register by PIN when they
 * live here; otherwise their name is enough. {@code visitId} ends the visit it was registered in.
 */
public record NewApplication(String serviceCode, String personPin, String applicantName, String phone, String details,
		Long visitId, String submissionKey) {
}
