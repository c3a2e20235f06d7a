package kg.tereze.appeals.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.messaging.Delivery;
import kg.tereze.messaging.Outbox;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's one inbox: residents' threads, newest first, those waiting for an answer marked.
 * Staff answer in the same channel or turn what the resident sent into a problem report.
 */
@Service
public class Inbox {

	static final Set<String> READERS = Set.of("CLERK", "HEAD", "AUDITOR");

	static final Set<String> WRITERS = Set.of("CLERK", "HEAD");

	/** Photos and a location sent this long before a report is filed from a thread go with it. */
	static final Duration RECENT = Duration.ofDays(3);

	private final ThreadStore threads;

	private final Outbox outbox;

	private final ProblemReports reports;

	private final AuditTrail audit;

	private final kg.tereze.registry.RegistryQueries registry;

	private final Clock clock;

	Inbox(ThreadStore threads, Outbox outbox, ProblemReports reports, AuditTrail audit,
			kg.tereze.registry.RegistryQueries registry, Clock clock) {
		this.registry = registry;
		this.threads = threads;
		this.outbox = outbox;
		this.reports = reports;
		this.audit = audit;
		this.clock = clock;
	}

	public ResultPage<Conversation> conversations(Tenant t, boolean waitingOnly, int page, int size) {
		require(t, READERS);
		return threads.list(t.requireMunicipality(), waitingOnly, page, size);
	}

	/** A thread and its messages; reading a resident's thread is audited. */
	@Transactional
	public Conversation conversation(Tenant t, long id) {
		require(t, READERS);
		Conversation c = threads.find(t.requireMunicipality(), id).orElseThrow(() -> new NotFoundException("thread"));
		audit.record(AuditRecord.viewed("appeals_thread", id, c.municipalityId()));
		return c;
	}

	/** The messages of a thread the caller already holds (from {@link #conversation}, which checked and audited it). */
	public List<ConversationMessage> messages(Conversation c) {
		return threads.messages(c.id());
	}

	/** How each answer of the thread went out (sent, waiting, failed). */
	public Map<Long, Delivery> deliveries(Tenant t, Collection<ConversationMessage> messages) {
		List<Long> ids = messages.stream().filter(m -> m.outboxId() != null).map(ConversationMessage::outboxId).toList();
		return outbox.deliveries(t.requireMunicipality(), ids).stream()
			.collect(Collectors.toMap(Delivery::id, Function.identity()));
	}

	@Transactional
	public void reply(Tenant t, long threadId, String text) {
		require(t, WRITERS);
		Conversation c = threads.find(t.requireMunicipality(), threadId).orElseThrow(() -> new NotFoundException("thread"));
		String body = text == null ? "" : text.strip();
		if (body.isEmpty()) {
			throw new InvalidInputException("text", "appeals.error.reply");
		}
		if (body.length() > 4000) {
			throw new InvalidInputException("text", "appeals.error.tooLong", 4000);
		}
		long id = outbox.send(c.municipalityId(), c.recipient(), body, "ky");
		threads.addOutgoing(c.id(), body, t.userId(), id, false, clock.instant());
	}

	/** Nothing to answer (a thank-you): the thread stops waiting. */
	@Transactional
	public void markAnswered(Tenant t, long threadId) {
		require(t, WRITERS);
		Conversation c = threads.find(t.requireMunicipality(), threadId).orElseThrow(() -> new NotFoundException("thread"));
		threads.answered(c.id());
	}

	/**
	 * A report from the thread: the resident's latest location and photos of the last days go with
	 * it, unless staff give a village and address instead; the resident is told its number.
	 */
	@Transactional
	public ProblemReport fileReport(Tenant t, long threadId, String categoryCode, String description, Long villageId,
			String address) {
		require(t, WRITERS);
		Conversation c = threads.find(t.requireMunicipality(), threadId).orElseThrow(() -> new NotFoundException("thread"));
		Instant since = clock.instant().minus(RECENT);
		Double lat = null;
		Double lon = null;
		List<String> photos = new ArrayList<>();
		for (ConversationMessage m : threads.messages(c.id())) {
			if (!m.incoming() || m.at().isBefore(since)) {
				continue;
			}
			if (m.hasLocation()) {
				lat = m.latitude();
				lon = m.longitude();
			}
			photos.addAll(m.media());
		}
		List<String> kept = photos.size() > ProblemReports.MAX_PHOTOS
				? photos.subList(photos.size() - ProblemReports.MAX_PHOTOS, photos.size()) : photos;
		ProblemReport r = reports.file(c.municipalityId(), new NewReport(categoryCode, description, lat, lon, villageId,
				blank(address), c.displayName(), c.phone(), null, List.copyOf(kept),
				Source.valueOf(c.channel().name()), c.id(), null), t.userId());
		threads.answered(c.id());
		return r;
	}

	/**
	 * Links the thread to the resident in the household book by PIN, so staff see whom they answer;
	 * an empty PIN removes the link. A PIN of nobody living here is refused.
	 */
	@Transactional
	public Conversation linkPerson(Tenant t, long threadId, String pin) {
		require(t, WRITERS);
		Conversation c = threads.find(t.requireMunicipality(), threadId).orElseThrow(() -> new NotFoundException("thread"));
		String typed = blank(pin);
		Long personId = null;
		if (typed != null) {
			if (!kg.tereze.shared.Pin.isWellFormed(typed)) {
				throw new InvalidInputException("pin", "appeals.error.pin");
			}
			personId = registry.findByPin(t, typed).filter(p -> p.deathDate() == null)
				.orElseThrow(() -> new InvalidInputException("pin", "appeals.error.pinUnknown")).id();
		}
		threads.linkPerson(c.id(), personId);
		audit.record(AuditRecord.updated("appeals_thread", c.id(), c.municipalityId(),
				java.util.Map.of("personId", c.personId() == null ? "" : c.personId()),
				java.util.Map.of("personId", personId == null ? "" : personId)));
		return threads.find(c.municipalityId(), c.id()).orElseThrow();
	}

	/** The resident a thread is linked to, with their household today; the view of the person is audited. */
	public java.util.Optional<kg.tereze.registry.PersonCard> person(Tenant t, Conversation c) {
		return c.personId() == null ? java.util.Optional.empty() : java.util.Optional.of(registry.person(t, c.personId()));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static void require(Tenant t, Set<String> roles) {
		if (roles.stream().noneMatch(t::hasRole)) {
			throw new AccessDeniedException("inbox");
		}
	}
}
