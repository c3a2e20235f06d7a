package kg.tereze.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code documents_document} and {@code documents_correspondent}. */
@Repository
public class DocumentStore {

	private static final String SELECT = """
			select d.*, c.name as correspondent_name from documents_document d
			  left join documents_correspondent c on c.id = d.correspondent_id""";

	/** A row as it is written. */
	public record NewRow(long municipalityId, long journalId, int year, int seq, String number, LocalDate receivedOn,
			Instant at, Long correspondentId, String theirNumber, LocalDate theirDate, Channel channel, String language,
			String summary, int sheets, boolean restricted, LocalDate dueOn, String searchKey, long userId, String userName) {
	}

	private final JdbcClient jdbc;

	DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The correspondent of that name in the municipality, added to the directory when it is new. */
	public long correspondent(long municipalityId, String name, String kind) {
		// two statements, so that one added at the same moment by another transaction is seen by the second
		return jdbc.sql("""
				insert into documents_correspondent (municipality_id, name, kind) values (?, ?, ?)
				on conflict (municipality_id, lower(name)) do nothing returning id""")
			.params(municipalityId, name, kind).query(Long.class).optional()
			.orElseGet(() -> jdbc.sql("select id from documents_correspondent where municipality_id = ? and lower(name) = lower(?)")
				.params(municipalityId, name).query(Long.class).single());
	}

	/** The document already registered from this correspondent under their number and date, if any. */
	public Optional<String> registeredAs(long municipalityId, long correspondentId, String theirNumber, LocalDate theirDate) {
		return jdbc.sql("""
				select number from documents_document where municipality_id = ? and correspondent_id = ? and their_number = ?
				   and their_date is not distinct from ?""")
			.params(municipalityId, correspondentId, theirNumber, theirDate).query(String.class).optional();
	}

	public long insert(NewRow r) {
		return jdbc.sql("""
				insert into documents_document (municipality_id, journal_id, year, seq, number, received_on, registered_at,
				  correspondent_id, their_number, their_date, channel, language, summary, sheets, restricted, due_on,
				  search_key, registered_by, registered_by_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(r.municipalityId(), r.journalId(), r.year(), r.seq(), r.number(), r.receivedOn(),
					r.at().atOffset(ZoneOffset.UTC), r.correspondentId(), r.theirNumber(), r.theirDate(), r.channel().name(),
					r.language(), r.summary(), r.sheets(), r.restricted(), r.dueOn(), r.searchKey(), r.userId(), r.userName())
			.query(Long.class).single();
	}

	/** The document, locked for a step of its control, so that two steps follow one another. */
	public Optional<Document> lock(long municipalityId, long id) {
		return jdbc.sql(SELECT + " where d.id = ? and d.municipality_id = ? for update of d").params(id, municipalityId)
			.query(DocumentStore::row).optional();
	}

	/** The latest document of these journals with this number. */
	public Optional<Document> byNumber(long municipalityId, List<Long> journalIds, String number) {
		if (journalIds.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " where d.municipality_id = :m and d.journal_id in (:j) and d.number = :n order by d.year desc limit 1")
			.param("m", municipalityId).param("j", journalIds).param("n", number).query(DocumentStore::row).optional();
	}

	public Optional<Document> find(long municipalityId, long id) {
		return jdbc.sql(SELECT + " where d.id = ? and d.municipality_id = ?").params(id, municipalityId)
			.query(DocumentStore::row).optional();
	}

	/** A page of the municipality's documents, newest first; {@code key} is a search key or null. */
	public List<Document> list(long municipalityId, String key, Long journalId, Integer year, LocalDate overdueBefore,
			int offset, int limit) {
		return jdbc.sql(SELECT + " " + WHERE + " order by d.registered_at desc, d.id desc offset :offset limit :limit")
			.param("m", municipalityId).param("key", key).param("like", key == null ? null : "%" + key + "%")
			.param("journal", journalId).param("year", year).param("overdue", overdueBefore)
			.param("offset", offset).param("limit", limit)
			.query(DocumentStore::row).list();
	}

	public List<Document> received(long municipalityId, long journalId, LocalDate from, LocalDate to, int limit) {
		return jdbc.sql(SELECT + " where d.municipality_id = ? and d.journal_id = ? and d.received_on between ? and ? order by d.year, d.seq limit ?")
			.params(municipalityId, journalId, from, to, limit).query(DocumentStore::row).list();
	}

	public long count(long municipalityId, String key, Long journalId, Integer year, LocalDate overdueBefore) {
		return jdbc.sql("select count(*) from documents_document d " + WHERE)
			.param("m", municipalityId).param("key", key).param("like", key == null ? null : "%" + key + "%")
			.param("journal", journalId).param("year", year).param("overdue", overdueBefore)
			.query(Long.class).single();
	}

	private static final String WHERE = """
			 where d.municipality_id = :m
			   and (cast(:key as text) is null or d.search_key like :like or :key <% d.search_key)
			   and (cast(:journal as bigint) is null or d.journal_id = :journal)
			   and (cast(:year as int) is null or d.year = :year)
			   and (cast(:overdue as date) is null or d.due_on < :overdue)""";

	private static Document row(ResultSet rs, int n) throws SQLException {
		return new Document(rs.getLong("id"), rs.getLong("municipality_id"), rs.getLong("journal_id"), rs.getInt("year"),
				rs.getString("number"), rs.getObject("received_on", LocalDate.class),
				rs.getObject("registered_at", OffsetDateTime.class).toInstant(), rs.getString("correspondent_name"),
				rs.getString("their_number"), rs.getObject("their_date", LocalDate.class),
				Channel.valueOf(rs.getString("channel")), rs.getString("language"), rs.getString("summary"), rs.getInt("sheets"),
				rs.getBoolean("restricted"), rs.getObject("due_on", LocalDate.class), rs.getString("registered_by_name"),
				rs.getBoolean("on_control"), instant(rs.getObject("taken_off_at", OffsetDateTime.class)),
				rs.getString("taken_off_by"), rs.getObject("answer_id", Long.class));
	}

	private static Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}
}
