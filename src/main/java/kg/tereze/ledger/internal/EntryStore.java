package kg.tereze.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kg.tereze.ledger.Entry;
import kg.tereze.ledger.EntryKind;
import kg.tereze.ledger.Posting;
import kg.tereze.shared.Som;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ledger entries: inserted, never changed (a trigger refuses it). */
@Repository
public class EntryStore {

	private static final String SELECT = """
			select e.*, r.id as reversed_by_id from ledger_entry e left join ledger_entry r on r.reverses_id = e.id
			""";

	private final JdbcClient jdbc;

	EntryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new entry, or empty when the idempotency key was used before in this book. */
	public Optional<Entry> insert(long bookId, long accountId, Posting p, Long reversesId, Instant at, Long userId,
			String userName) {
		return jdbc.sql("""
				insert into ledger_entry (book_id, account_id, kind, amount, booked_on, due_on, service_code, memo, source,
				  reference, reverses_id, idempotency_key, created_at, created_by, created_by_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (book_id, idempotency_key) where idempotency_key is not null do nothing
				returning *, null::bigint as reversed_by_id""")
			.params(bookId, accountId, p.kind().name(), p.amount().tyiyn(), p.bookedOn(), p.due(), p.serviceCode(),
					p.memo(), p.source(), p.reference(), reversesId, p.idempotencyKey(), at.atOffset(ZoneOffset.UTC),
					userId, userName)
			.query(EntryStore::row).optional();
	}

	public Optional<Entry> find(long accountId, long id) {
		return jdbc.sql(SELECT + " where e.id = ? and e.account_id = ?").params(id, accountId).query(EntryStore::row).optional();
	}

	public Optional<Entry> byKey(long bookId, String key) {
		return jdbc.sql(SELECT + " where e.book_id = ? and e.idempotency_key = ?").params(bookId, key)
			.query(EntryStore::row).optional();
	}

	public List<Entry> ofAccount(long accountId) {
		return jdbc.sql(SELECT + " where e.account_id = ? order by e.booked_on, e.id").param(accountId)
			.query(EntryStore::row).list();
	}

	public long balance(long accountId) {
		return jdbc.sql("select coalesce(sum(amount), 0) from ledger_entry where account_id = ?").param(accountId)
			.query(Long.class).single();
	}

	/** The balance right after an entry: what a receipt printed then showed, whenever it is reprinted. */
	public long balanceThrough(long accountId, long entryId) {
		return jdbc.sql("select coalesce(sum(amount), 0) from ledger_entry where account_id = ? and id <= ?")
			.params(accountId, entryId).query(Long.class).single();
	}

	private static Entry row(ResultSet rs, int n) throws SQLException {
		return new Entry(rs.getLong("id"), rs.getLong("account_id"), EntryKind.valueOf(rs.getString("kind")),
				Som.ofTyiyn(rs.getLong("amount")), rs.getObject("booked_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), rs.getString("service_code"), rs.getString("memo"),
				rs.getString("source"), rs.getString("reference"), rs.getObject("reverses_id", Long.class),
				rs.getObject("reversed_by_id", Long.class), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getString("created_by_name"));
	}
}
