package kg.tereze.frontdesk.internal;

/** What the application list shows: {@code inWork} for those still being worked on, or one status. */
public record ApplicationFilter(ApplicationStatus status, boolean inWork, Long serviceId, Long assigneeId,
		boolean overdueOnly, String text, String sort, int page, int size) {

	public static final int MAX_SIZE = 200;
}
