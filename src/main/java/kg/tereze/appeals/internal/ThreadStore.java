package kg.tereze.appeals.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import kg.tereze.messaging.ChannelKind;
import kg.tereze.messaging.MessageReceived;
import kg.tereze.shared.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static kg.tereze.appeals.internal.ProblemReportStore.utc;

/** Residents' threads and their messages. */
@Repository
public class ThreadStore {

	private static final String SELECT = """
			select t.*, (select m.body from appeals_message m where m.thread_id = t.id and m.body is not null
			              order by m.at desc, m.id desc limit 1) as last_text
			  from appeals_thread t""";

	private final JdbcClient jdbc;

	ThreadStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A thread as a message left it: whether it is linked to a resident yet, and the phone it came from. */
	public record Touched(long id, boolean linked, String phone) {
	}

	/** The resident's thread on the channel, made on the first message; it waits for an answer again. */
	public Touched touch(MessageReceived m, boolean waiting) {
		return jdbc.sql("""
				insert into appeals_thread (municipality_id, channel, channel_id, address, name, phone, last_message_at, waiting)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (channel_id, address) do update
				   set name = coalesce(excluded.name, appeals_thread.name),
				       phone = coalesce(excluded.phone, appeals_thread.phone),
				       last_message_at = greatest(appeals_thread.last_message_at, excluded.last_message_at),
				       waiting = appeals_thread.waiting or excluded.waiting
				returning id, person_id is not null as linked, phone""")
			.params(m.municipalityId(), m.kind().name(), m.channelId(), m.from(), m.senderName(), phone(m),
					utc(m.receivedAt()), waiting)
			.query((rs, n) -> new Touched(rs.getLong("id"), rs.getBoolean("linked"), rs.getString("phone"))).single();
	}

	private static String phone(MessageReceived m) {
		if (m.sharedPhone() != null) {
			return m.sharedPhone();
		}
		return m.kind() == ChannelKind.WHATSAPP ? "+" + m.from() : null;
	}

	/** Stores an incoming message once; false when it was there already. */
	public boolean addIncoming(long threadId, MessageReceived m) {
		return jdbc.sql("""
				insert into appeals_message (thread_id, direction, external_id, body, latitude, longitude, place, media, at)
				values (?, 'IN', ?, ?, ?, ?, ?, ?, ?) on conflict (thread_id, external_id) do nothing""")
			.params(threadId, m.externalId(), m.text(), m.location() == null ? null : m.location().latitude(),
					m.location() == null ? null : m.location().longitude(),
					m.location() == null ? null : m.location().label(), m.mediaCodes().toArray(new String[0]),
					utc(m.receivedAt()))
			.update() == 1;
	}

	public void addOutgoing(long threadId, String body, Long staffUserId, long outboxId, boolean automatic, Instant at) {
		jdbc.sql("""
				insert into appeals_message (thread_id, direction, body, staff_user_id, outbox_id, automatic, at)
				values (?, 'OUT', ?, ?, ?, ?, ?)""")
			.params(threadId, body, staffUserId, outboxId, automatic, utc(at)).update();
		if (!automatic) {
			jdbc.sql("update appeals_thread set waiting = false where id = ?").param(threadId).update();
		}
	}

	public void answered(long threadId) {
		jdbc.sql("update appeals_thread set waiting = false where id = ?").param(threadId).update();
	}

	public Optional<Conversation> find(long municipalityId, long id) {
		return jdbc.sql(SELECT + " where t.municipality_id = ? and t.id = ?").params(municipalityId, id)
			.query(ThreadStore::conversation).optional();
	}

	public ResultPage<Conversation> list(long municipalityId, boolean waitingOnly, int page, int size) {
		String where = " where t.municipality_id = ?" + (waitingOnly ? " and t.waiting" : "");
		long total = jdbc.sql("select count(*) from appeals_thread t" + where).param(municipalityId).query(Long.class).single();
		List<Conversation> items = jdbc.sql(SELECT + where + " order by t.last_message_at desc, t.id desc limit ? offset ?")
			.params(municipalityId, size, (long) page * size).query(ThreadStore::conversation).list();
		return new ResultPage<>(items, total, page, size);
	}

	public List<ConversationMessage> messages(long threadId) {
		return jdbc.sql("select * from appeals_message where thread_id = ? order by at, id").param(threadId)
			.query(ThreadStore::message).list();
	}

	public Optional<ConversationMessage> message(long threadId, long messageId) {
		return jdbc.sql("select * from appeals_message where thread_id = ? and id = ?").params(threadId, messageId)
			.query(ThreadStore::message).optional();
	}

	private static Conversation conversation(ResultSet rs, int n) throws SQLException {
		return new Conversation(rs.getLong("id"), rs.getLong("municipality_id"), ChannelKind.valueOf(rs.getString("channel")),
				rs.getLong("channel_id"), rs.getString("address"), rs.getString("name"), rs.getString("phone"),
				(Long) rs.getObject("person_id"), rs.getTimestamp("last_message_at").toInstant(), rs.getBoolean("waiting"),
				rs.getString("last_text"));
	}

	private static ConversationMessage message(ResultSet rs, int n) throws SQLException {
		Array media = rs.getArray("media");
		return new ConversationMessage(rs.getLong("id"), "IN".equals(rs.getString("direction")), rs.getString("body"),
				(Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"), rs.getString("place"),
				media == null ? List.of() : Arrays.asList((String[]) media.getArray()), (Long) rs.getObject("staff_user_id"),
				(Long) rs.getObject("outbox_id"), rs.getBoolean("automatic"), rs.getTimestamp("at").toInstant());
	}

	/** Links the resident found by phone, unless staff linked someone meanwhile; true when it linked. */
	public boolean linkIfUnlinked(long threadId, long personId) {
		return jdbc.sql("update appeals_thread set person_id = ? where id = ? and person_id is null")
			.params(personId, threadId).update() == 1;
	}

	public void linkPerson(long threadId, Long personId) {
		jdbc.sql("update appeals_thread set person_id = ? where id = ?").params(personId, threadId).update();
	}
}
